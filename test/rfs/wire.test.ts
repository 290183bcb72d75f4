/** What RfsApi puts on the wire, seen by a capture server: filled headers, repeated query keys, retries. */
import { RfsApi } from '../../apis/rfs';
import { createClient } from '../../core/client';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let server: CaptureServer;
let failFirst = 0;

beforeAll(async () => {
  server = await startCaptureServer(() => (failFirst-- > 0 ? { status: 503, body: { error_code: 'RFS.Unavailable', error_msg: 'busy' } } : { status: 200, body: { modules: [] } }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  failFirst = 0;
});

function api(retry: false | number = false): RfsApi {
  const client = createClient({ endpoint: server.url, regionId: 'cn-north-4', accessKeyId: 'ak', accessKeySecret: 'sk', retry: retry === false ? false : { maxAttempts: retry, baseDelayMs: 1, maxDelayMs: 2 } });
  return new RfsApi(client, { projectId: 'proj-42' });
}

describe('RfsApi on the wire', () => {
  it('fills Client-Request-Id with a fresh UUID per call and sends the project as X-Project-Id', async () => {
    const a = api();
    await a.listPrivateModules();
    await a.listPrivateModules();
    const [r1, r2] = server.requests;
    expect(r1.headers['client-request-id']).toMatch(UUID);
    expect(r2.headers['client-request-id']).toMatch(UUID);
    expect(r1.headers['client-request-id']).not.toBe(r2.headers['client-request-id']);
    expect(r1.headers['x-project-id']).toBe('proj-42');
    expect(r1.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(r1.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=ak, SignedHeaders=client-request-id;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/);
    a.client.close();
  });

  it('keeps a given request id, and sends lists as repeated query keys', async () => {
    const a = api();
    await a.listPrivateModules({ clientRequestId: '11111111-2222-4333-8444-555555555555', sortKey: ['create_time', 'create_time'], sortDir: ['asc', 'desc'] });
    const [r] = server.requests;
    expect(r.headers['client-request-id']).toBe('11111111-2222-4333-8444-555555555555');
    expect(r.url).toBe('/v1/private-modules?sort_key=create_time&sort_key=create_time&sort_dir=asc&sort_dir=desc');
    a.client.close();
  });

  it('puts the project in the path of stack actions and sends no body with DELETE', async () => {
    const a = api();
    await a.deleteStack({ stackName: 'my-stack', stackId: '00000000-0000-4000-8000-000000000000' });
    const [r] = server.requests;
    expect(r.method).toBe('DELETE');
    expect(r.url).toBe('/v1/proj-42/stacks/my-stack?stack_id=00000000-0000-4000-8000-000000000000');
    expect(r.body).toBe('');
    expect(r.headers['content-type']).toBeUndefined();
    a.client.close();
  });

  it('sends the same Client-Request-Id with every attempt of a retried read', async () => {
    failFirst = 2;
    const a = api(3);
    const res = await a.listPrivateModules();
    expect(res.attempts).toBe(3);
    const ids = server.requests.map((r) => r.headers['client-request-id']);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    a.client.close();
  });
});
