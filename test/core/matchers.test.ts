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
