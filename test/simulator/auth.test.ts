/**
 * Authentication like the cloud: the official SDK is accepted in both signing modes, and every
 * forged, stale, replayed or unknown request is rejected with the cloud's code. Nothing that
 * should be refused gets through, and no secret appears in any answer.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { $Swas, callSdk, sdkFailure, swasClient, type Signing } from './support/sdk';
import { isoNow, send, sign, signAndSend } from './support/signer';

const SWAS = '2020-06-01';
const R = { RegionId: 'cn-hangzhou' };
let sim: SimulatorHandle;

beforeAll(async () => {
  sim = await startSimulator({
    accessKeys: {
      'local-ak': 'local-sk',
      'sts-ak': { secret: 'sts-sk', account: 'local-ak', securityToken: 'sts-token-1' },
    },
  });
});
afterAll(() => sim.close());

describe.each<Signing>(['v3', 'v1'])('%s signature', (signing) => {
  test('the official SDK is accepted', async () => {
    const res = await callSdk(swasClient(sim.endpoint, { signing }), $Swas, 'ListInstances', R);
    expect(res.body.TotalCount).toBe(3);
  });

  test('a wrong secret → SignatureDoesNotMatch with the server string to sign, and no secret', async () => {
    const err = await sdkFailure(callSdk(swasClient(sim.endpoint, { signing, accessKeySecret: 'not-the-secret' }), $Swas, 'ListInstances', R));
    expect(err).toMatchObject({ name: 'ClientError', code: 'SignatureDoesNotMatch', statusCode: 400 });
    expect(err.message).toContain('server string to sign is:');
    expect(err.message).toContain(signing === 'v3' ? 'ACS3-HMAC-SHA256\n' : 'POST&%2F&');
    expect(JSON.stringify(err.data)).not.toContain('local-sk');
  });

  test('an unknown AccessKeyId → 404 InvalidAccessKeyId.NotFound', async () => {
    const err = await sdkFailure(callSdk(swasClient(sim.endpoint, { signing, accessKeyId: 'nobody' }), $Swas, 'ListInstances', R));
    expect(err).toMatchObject({ code: 'InvalidAccessKeyId.NotFound', statusCode: 404 });
  });

  test('a parameter changed after signing → SignatureDoesNotMatch', async () => {
    const call = sign({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: { ...R, PageSize: '10' }, signing });
    const res = await send({ ...call, url: call.url.replace('PageSize=10', 'PageSize=11') });
    expect(res.status).toBe(400);
    expect(res.body.Code).toBe('SignatureDoesNotMatch');
  });

  test('a header changed after signing → SignatureDoesNotMatch (v3 signs x-acs-* headers)', async () => {
    const call = sign({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R, signing });
    const res = await send({ ...call, headers: { ...call.headers, 'x-acs-action': 'ListRegions' } });
    // v1 carries Action in the signed query, so a changed header is simply ignored there.
    if (signing === 'v3') expect(res.body.Code).toBe('SignatureDoesNotMatch');
    else expect(res.status).toBe(200);
  });

  test.each([
    ['20 minutes old', -20],
    ['20 minutes ahead', 20],
  ])('a timestamp %s → InvalidTimeStamp.Expired', async (_label, minutes) => {
    const res = await signAndSend({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R, signing, date: isoNow(Date.now() + minutes * 60_000) });
    expect(res.status).toBe(400);
    expect(res.body.Code).toBe('InvalidTimeStamp.Expired');
  });

  test('a timestamp 10 minutes old is still accepted', async () => {
    const res = await signAndSend({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R, signing, date: isoNow(Date.now() - 10 * 60_000) });
    expect(res.status).toBe(200);
  });

  test('a replayed request (same nonce) → SignatureNonceUsed', async () => {
    const call = sign({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R, signing });
    expect((await send(call)).status).toBe(200);
    const again = await send(call);
    expect(again.status).toBe(400);
    expect(again.body.Code).toBe('SignatureNonceUsed');
  });

  test('a forged request cannot burn a nonce: the genuine one still passes', async () => {
    const nonce = `nonce-${signing}-forged`;
    const forged = await signAndSend({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R, signing, nonce, secret: 'wrong' });
    expect(forged.body.Code).toBe('SignatureDoesNotMatch');
    const genuine = await signAndSend({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R, signing, nonce });
    expect(genuine.status).toBe(200);
  });

  test('an STS key works with its token through the SDK', async () => {
    const res = await callSdk(swasClient(sim.endpoint, { signing, accessKeyId: 'sts-ak', accessKeySecret: 'sts-sk', securityToken: 'sts-token-1' }), $Swas, 'ListInstances', R);
    expect(res.body.TotalCount).toBe(3);
  });

  test('an STS key with a wrong token → InvalidSecurityToken.MismatchWithAccessKey', async () => {
    const err = await sdkFailure(callSdk(swasClient(sim.endpoint, { signing, accessKeyId: 'sts-ak', accessKeySecret: 'sts-sk', securityToken: 'stolen' }), $Swas, 'ListInstances', R));
    expect(err.code).toBe('InvalidSecurityToken.MismatchWithAccessKey');
  });

  test('an STS key without its token → MissingSecurityToken', async () => {
    const err = await sdkFailure(callSdk(swasClient(sim.endpoint, { signing, accessKeyId: 'sts-ak', accessKeySecret: 'sts-sk' }), $Swas, 'ListInstances', R));
    expect(err.code).toBe('MissingSecurityToken');
  });

  test('a token sent with a permanent key → InvalidSecurityToken.MismatchWithAccessKey', async () => {
    const res = await signAndSend({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R, signing, securityToken: 'sts-token-1' });
    expect(res.body.Code).toBe('InvalidSecurityToken.MismatchWithAccessKey');
  });
});

test('an unsigned request → MissingAccessKeyId, with RequestId in body and header', async () => {
  const res = await fetch(`${sim.url}/?RegionId=cn-hangzhou`, { method: 'POST', headers: { 'x-acs-action': 'ListInstances', 'x-acs-version': SWAS } });
  const body = (await res.json()) as Record<string, unknown>;
  expect(res.status).toBe(400);
  expect(body).toMatchObject({ Code: 'MissingAccessKeyId' });
  expect(Object.keys(body).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
  expect(res.headers.get('x-acs-request-id')).toBe(body.RequestId);
  expect(res.headers.get('content-type')).toContain('application/json');
});

test('a malformed Authorization header → IncompleteSignature', async () => {
  const res = await fetch(`${sim.url}/?RegionId=cn-hangzhou`, {
    method: 'POST', headers: { authorization: 'ACS3-HMAC-SHA256 garbage', 'x-acs-action': 'ListInstances', 'x-acs-version': SWAS },
  });
  expect(((await res.json()) as Record<string, unknown>).Code).toBe('IncompleteSignature');
});

test('an ACS3 request that does not sign its date → IncompleteSignature', async () => {
  const call = sign({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, params: R });
  const auth = call.headers.authorization.replace('x-acs-date;', '');
  const res = await send({ ...call, headers: { ...call.headers, authorization: auth } });
  expect(res.body.Code).toBe('IncompleteSignature');
});

test('requests that never reach an action still get the cloud’s JSON error shape', async () => {
  const options = await fetch(`${sim.url}/`, { method: 'OPTIONS' });
  expect(options.status).toBe(405);
  expect(((await options.json()) as Record<string, unknown>).Code).toBe('UnsupportedHTTPMethod');
  const big = await fetch(`${sim.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'A='.padEnd(2 * 1024 * 1024, 'x') });
  const body = (await big.json()) as Record<string, unknown>;
  expect(big.status).toBe(413);
  expect(Object.keys(body).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
});

test('a v1 signature mismatch masks password and token values in the server string to sign', async () => {
  const res = await signAndSend({
    endpoint: sim.endpoint, action: 'UpdateInstanceAttribute', version: SWAS, signing: 'v1', secret: 'wrong',
    params: { ...R, InstanceId: 'x', Password: 'Sup3r-Secret!' },
  });
  expect(res.body.Code).toBe('SignatureDoesNotMatch');
  expect(String(res.body.Message)).not.toContain('Sup3r');
  expect(String(res.body.Message)).toContain('Password%3D%252A%252A%252A%252A%252A%252A');
});

test.each(['v3', 'v1'] as const)('parameters in a signed form body are read and verified (%s)', async (signing) => {
  const ok = await signAndSend({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, signing, params: R, body: { PageSize: '1', Status: 'Stopped' } });
  expect(ok.status).toBe(200);
  expect(ok.body).toMatchObject({ PageSize: 1, TotalCount: 1 });
  const call = sign({ endpoint: sim.endpoint, action: 'ListInstances', version: SWAS, signing, params: R, body: { PageSize: '1' } });
  const tampered = await send({ ...call, body: 'PageSize=2' });
  expect(tampered.body.Code).toBe('SignatureDoesNotMatch');
});
