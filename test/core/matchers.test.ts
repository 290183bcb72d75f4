import { ApiError, buildRequest } from '../../core';
import { installMatchers, toMatchApiError } from '../../core/testing/matchers';
import { DoThingModel } from '../support/toy-product';

installMatchers();

const err = new ApiError({ code: 'MissingParam.InstanceId', message: 'InstanceId is mandatory', status: 400, requestId: 'R-1', product: 'SWAS', action: 'RunCommand' });

describe('toMatchApiError', () => {
  it('matches by code, pattern, status and message', async () => {
    await expect(Promise.reject(err)).rejects.toMatchApiError('MissingParam.InstanceId');
    await expect(Promise.reject(err)).rejects.toMatchApiError(/^MissingParam\./);
    await expect(Promise.reject(err)).rejects.toMatchApiError({ code: 'MissingParam.InstanceId', status: 400, message: 'mandatory' });
    await expect(Promise.reject(err)).rejects.not.toMatchApiError('InvalidParameter');
  });

  it('explains a mismatch with the actual code, status, message and request id', () => {
    const r = toMatchApiError(err, { code: 'IncorrectInstanceStatus', status: 403 });
    expect(r.pass).toBe(false);
    expect(r.message()).toBe(
      'expected an ApiError with code IncorrectInstanceStatus, status 403, but got MissingParam.InstanceId (HTTP 400): InstanceId is mandatory [RequestId R-1]',
    );
  });

  it("quotes what the retries added: earlier attempts, and a write that was not repeated", () => {
    const after = new ApiError({ code: 'KeyPair.AlreadyExist', message: 'exists', status: 400, requestId: 'R-9', product: 'ECS', action: 'CreateKeyPair' });
    after.noteEarlierAttempts(['ServiceUnavailable']);
    expect(toMatchApiError(after, 'Success').message()).toBe('expected an ApiError with code Success, but got KeyPair.AlreadyExist (HTTP 400): exists [RequestId R-9] (attempt 2, after ServiceUnavailable)');
    const unrepeated = new ApiError({ code: 'ServiceUnavailable', message: 'later', status: 503, requestId: 'R-8', product: 'SWAS', action: 'RunCommand' });
    unrepeated.noteNotRepeated();
    expect(toMatchApiError(unrepeated, /NotFound/).message()).toMatch(/but got ServiceUnavailable \(HTTP 503\): later \[RequestId R-8\] — not repeated: RunCommand without a ClientToken may have run/);
  });

  describe('the status alone, or a class of statuses (RFS documents statuses, not codes)', () => {
    const conflict = new ApiError({ code: 'RFS.Conflict', message: "the stack 's' is CREATION_IN_PROGRESS", status: 409, requestId: 'R-2', product: 'RFS', action: 'DeleteStack' });
    const unavailable = new ApiError({ code: 'ServiceUnavailable', message: 'The request has failed due to a temporary failure of the server.', status: 503, requestId: 'R-3', product: 'RFS', action: 'DeleteStack' });

    it('passes on the status, or any status of the class, with the message', async () => {
      await expect(Promise.reject(conflict)).rejects.toMatchApiError({ status: 409 });
      await expect(Promise.reject(conflict)).rejects.toMatchApiError({ status: '4xx', message: /IN_PROGRESS/ });
      await expect(Promise.reject(conflict)).rejects.not.toMatchApiError({ status: '5xx' });
      await expect(Promise.reject(conflict)).rejects.not.toMatchApiError({ status: '4xx', message: /DELETE_FAILED/ });
      expect(toMatchApiError(conflict, { status: '4xx' }).message()).toBe(
        `expected the error not to match status 4xx, but it did: ${conflict.message}`,
      );
    });

    it('fails on a 503 naming the fault, in the words the report files under infrastructure', () => {
      const exact = toMatchApiError(unavailable, { status: 404 });
      expect(exact.pass).toBe(false);
      expect(exact.message()).toBe(
        'expected an ApiError with status 404, but got ServiceUnavailable (HTTP 503): The request has failed due to a temporary failure of the server. [RequestId R-3]',
      );
      const byClass = toMatchApiError(unavailable, { status: '4xx', message: /IN_PROGRESS/ });
      expect(byClass.pass).toBe(false);
      expect(byClass.message()).toBe(
        'expected an ApiError with status 4xx, message /IN_PROGRESS/, but got ServiceUnavailable (HTTP 503): The request has failed due to a temporary failure of the server. [RequestId R-3]',
      );
    });

    it('fails on a wrong status of the right class, and on a wrong class', () => {
      expect(toMatchApiError(conflict, { status: 404 }).pass).toBe(false);
      expect(toMatchApiError(conflict, { status: '2xx' }).message()).toBe(
        "expected an ApiError with status 2xx, but got RFS.Conflict (HTTP 409): the stack 's' is CREATION_IN_PROGRESS [RequestId R-2]",
      );
    });

    it('refuses a status that is neither a number nor a class (an untyped caller passing "404")', () => {
      expect(() => toMatchApiError(conflict, { status: '409' as never })).toThrow(/status must be a number or a class '1xx'…'5xx', got '409'/);
    });
  });

  it('does not accept other errors', () => {
    const r = toMatchApiError(new TypeError('x is undefined'), 'Throttling');
    expect(r.pass).toBe(false);
    expect(r.message()).toBe('expected an ApiError with code Throttling, but got TypeError: x is undefined');
  });
});

describe('toMatchParameterError', () => {
  it('matches a ParameterError by code and path', () => {
    expect(() => buildRequest(DoThingModel, { regionId: 'r' } as never)).toThrow();
    let thrown: unknown;
    try {
      buildRequest(DoThingModel, { regionId: 'r' } as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchParameterError('MissingParameter', 'instanceId');
    expect(thrown).not.toMatchParameterError('UnknownParameter');
  });
});
