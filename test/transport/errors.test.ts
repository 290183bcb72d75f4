/** Answers that are errors, and failures with no answer at all, all become a typed ApiError. */
import { ApiError, createClient, SwasApi, type Client } from '../../index';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';

let server: CaptureServer;
let client: Client;
let swas: SwasApi;
beforeAll(async () => {
  server = await startCaptureServer();
  client = createClient({ endpoint: server.url, regionId: 'cn-hangzhou', accessKeyId: 'ak', accessKeySecret: 'sk-errors', retry: false });
  swas = new SwasApi(client);
});
afterAll(async () => {
  client.close();
  await server.close();
});

const failure = (p: Promise<unknown>): Promise<ApiError> =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(ApiError);
      return e as ApiError;
    },
  );

it('returns the body with the API field names, status, request id, headers and duration', async () => {
  server.respondWith(() => ({ body: { RequestId: 'R-1', TotalCount: 1, Instances: [{ InstanceId: 'i-1' }] }, headers: { 'x-acs-request-id': 'R-1' } }));
  const res = await swas.listInstances();
  expect(res).toMatchObject({ status: 200, requestId: 'R-1', attempts: 1, body: { TotalCount: 1, Instances: [{ InstanceId: 'i-1' }] } });
  expect(res.headers['x-acs-request-id']).toBe('R-1');
  expect(res.durationMs).toBeGreaterThan(0);
});

it('maps a JSON error body to every ApiError field, with a one-line message', async () => {
  const detail = { AuthAction: 'swas-open:ListInstances', PolicyType: 'AccountLevelIdentityBasedPolicy', NoPermissionType: 'ImplicitDeny' };
  server.respondWith(() => ({
    status: 403,
    body: { RequestId: 'R-403', Code: 'NoPermission', Message: 'You are not authorized.', Recommend: 'https://diag/R-403', HostId: 'swas.aliyuncs.com', AccessDeniedDetail: detail },
  }));
  const e = await failure(swas.listInstances());
  expect(e).toMatchObject({
    code: 'NoPermission', status: 403, requestId: 'R-403', product: 'SWAS', action: 'ListInstances',
    recommend: 'https://diag/R-403', hostId: 'swas.aliyuncs.com', accessDeniedDetail: detail, attempts: 1, apiMessage: 'You are not authorized.',
  });
  expect(e.message).toBe('SWAS ListInstances failed: NoPermission (HTTP 403) - You are not authorized. [RequestId R-403]');
  expect(e.message).not.toContain('\n');
});

it('turns an HTML 502 from a gateway into an ApiError with the status and a short excerpt', async () => {
  const html = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`;
  server.respondWith(() => ({ status: 502, headers: { 'content-type': 'text/html' }, body: html }));
  const e = await failure(swas.listInstances());
  expect(e).toMatchObject({ code: 'HttpError', status: 502 });
  expect(e.message).toContain('502 Bad Gateway');
  expect(e.message).toContain('text/html');
  expect(e.message.length).toBeLessThan(400);
});

it('rejects a success status whose body is not JSON', async () => {
  server.respondWith(() => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'OK' }));
  await expect(failure(swas.listInstances())).resolves.toMatchObject({ code: 'InvalidResponse', status: 200 });
});

it('reads an XML error body', async () => {
  server.respondWith(() => ({
    status: 400,
    headers: { 'content-type': 'text/xml;charset=utf-8' },
    body: '<?xml version="1.0"?><Error><RequestId>R-X</RequestId><Code>InvalidRegionId.NotFound</Code><Message>no region</Message></Error>',
  }));
  await expect(failure(swas.listInstances())).resolves.toMatchObject({ code: 'InvalidRegionId.NotFound', requestId: 'R-X', apiMessage: 'no region' });
});

it('does not follow redirects', async () => {
  server.respondWith(() => ({ status: 302, headers: { location: 'http://127.0.0.1:1/elsewhere' }, body: { RequestId: 'R-302' } }));
  const before = server.requests.length;
  const res = await swas.listInstances();
  expect(res.status).toBe(302);
  expect(server.requests.length).toBe(before + 1);
});

it('reports a refused connection as a NetworkError', async () => {
  const offline = createClient({ endpoint: 'http://127.0.0.1:1', regionId: 'cn-hangzhou', accessKeyId: 'ak', accessKeySecret: 'sk-errors', retry: false });
  const e = await failure(new SwasApi(offline).listInstances());
  expect(e).toMatchObject({ code: 'NetworkError', status: 0, attempts: 1 });
  expect(e.message).toContain('ECONNREFUSED');
  expect(e.message).toContain('(no HTTP response)');
  offline.close();
});
