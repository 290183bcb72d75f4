/** The Huawei error envelope (and its variants) → ApiError; answers below 400 → body. */
import { ApiError } from '../../core/errors';
import { parseHuaweiResponse } from '../../core/protocols/huawei-rest';
import type { RawResponse } from '../../core/protocols/types';

const call = { product: 'RFS', action: 'DeleteStack', scrub: (t: string) => t.split('s3cr3t').join('***') };
const answer = (status: number, body: string, headers: Record<string, string> = {}): RawResponse => ({ status, body, headers: { 'x-request-id': 'req-1', ...headers } });

function failure(r: RawResponse): ApiError {
  try {
    parseHuaweiResponse(r, call);
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('parseHuaweiResponse', () => {
  it('returns the JSON body and the X-Request-Id of a success', () => {
    expect(parseHuaweiResponse(answer(200, '{"modules":[]}'), call)).toEqual({ body: { modules: [] }, requestId: 'req-1' });
  });

  it('takes a 204 and a 307 without body as an empty body', () => {
    expect(parseHuaweiResponse(answer(204, ''), call).body).toEqual({});
    expect(parseHuaweiResponse(answer(307, '', { location: 'https://x' }), call).body).toEqual({});
  });

  it('maps error_code, error_msg, status and request id', () => {
    const e = failure(answer(400, '{"error_code":"RF.400","error_msg":"stack_id mismatch"}'));
    expect(e).toMatchObject({ code: 'RF.400', apiMessage: 'stack_id mismatch', status: 400, requestId: 'req-1', product: 'RFS', action: 'DeleteStack' });
    expect(e.message).toBe('RFS DeleteStack failed: RF.400 (HTTP 400) - stack_id mismatch [RequestId req-1]');
  });

  it('keeps encoded_authorization_message and details[] of a denial', () => {
    const body = { error_code: 'RF.403', error_msg: 'denied', encoded_authorization_message: 'ZW5j', details: [{ error_code: 'IAM.1', error_msg: 'no policy' }] };
    const e = failure(answer(403, JSON.stringify(body)));
    expect(e.accessDeniedDetail).toEqual({ encodedAuthorizationMessage: 'ZW5j', details: [{ error_code: 'IAM.1', error_msg: 'no policy' }] });
    expect(e.data).toEqual(body);
  });

  it('reads the gateway variant (request_id in the body) and the nested { error: { code, message } } variant', () => {
    const gw = failure({ status: 401, headers: {}, body: '{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"gw-9"}' });
    expect(gw).toMatchObject({ code: 'APIGW.0301', requestId: 'gw-9', status: 401 });
    const nested = failure(answer(404, '{"error":{"code":"X.404","message":"not here"}}'));
    expect(nested).toMatchObject({ code: 'X.404', apiMessage: 'not here' });
  });

  it('turns a non-JSON error into HttpError with an excerpt, scrubbing secrets', () => {
    const e = failure(answer(502, '<html>bad gateway s3cr3t</html>', { 'retry-after': '2' }));
    expect(e).toMatchObject({ code: 'HttpError', status: 502, retryAfterMs: 2000 });
    expect(e.message).not.toContain('s3cr3t');
  });

  it('scrubs secrets from the API message', () => {
    expect(failure(answer(400, '{"error_code":"E","error_msg":"bad token s3cr3t"}')).apiMessage).toBe('bad token ***');
  });

  it('refuses a success whose body is not JSON', () => {
    expect(failure(answer(200, 'not json')).code).toBe('InvalidResponse');
  });
});
