/**
 * The RFS simulator accepts requests signed by the official Huawei signer (the SDK's own header
 * choices included, e.g. `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`) and rejects stale, tampered,
 * unknown-key and token-less requests with the Huawei envelope.
 */
import http from 'node:http';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials';
import { sdkDate } from '../../core/protocols/huawei-rest';
import { startSimulator, type SimulatorHandle } from '../../simulator';

let sim: SimulatorHandle;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, clockSpeed: 0, accessKeys: { 'local-ak': 'local-sk', 'sts-ak': { secret: 'sts-sk', securityToken: 'sts-token' } } });
});
afterAll(() => sim.close());

interface Req {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  data?: Record<string, unknown>;
  headers?: Record<string, string>;
  ak?: string;
  sk?: string;
  date?: Date;
  /** Changes the body after signing. */
  tamper?: string;
}

interface Res {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Signs with the official SDK signer and sends over plain node:http. */
function officialCall(r: Req): Promise<Res> {
  const host = `127.0.0.1:${sim.port}`;
  const headers: Record<string, string> = {
    'X-Sdk-Date': sdkDate(r.date ?? new Date()),
    host,
    'Client-Request-Id': '0b7e6c5e-3d0a-4bb5-9c6f-2f1b8e6e1a01',
    'X-Project-Id': 'project-x',
    ...(r.data ? { 'content-type': 'application/json' } : { 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' }),
    ...r.headers,
  };
  const credential = new BasicCredentials().withAk(r.ak ?? 'local-ak').withSk(r.sk ?? 'local-sk');
  const request = { endpoint: `http://${host}${r.path}`, method: r.method, headers, queryParams: r.query ?? {}, data: r.data };
  const signed = AKSKSigner.sign(request as unknown as Parameters<typeof AKSKSigner.sign>[0], credential) as Record<string, string>;
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(r.query ?? {})) for (const one of Array.isArray(v) ? v : [v]) search.append(k, one);
  const body = r.tamper ?? (r.data ? JSON.stringify(r.data) : undefined);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: sim.port, method: r.method, path: encodeURI(r.path) + (search.size ? `?${search.toString()}` : ''), headers: { ...headers, ...signed } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('RFS simulator authentication', () => {
  it('accepts the official signer: a GET with UNSIGNED-PAYLOAD and a JSON POST', async () => {
    const created = await officialCall({ method: 'POST', path: '/v1/private-modules', data: { module_name: 'official_模块' } });
    expect(created.status).toBe(201);
    expect(created.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    const listed = await officialCall({ method: 'GET', path: '/v1/private-modules', query: { sort_key: ['create_time'], sort_dir: ['desc'] } });
    expect(listed.status).toBe(200);
    expect((JSON.parse(listed.body) as { modules: { module_name: string }[] }).modules.map((m) => m.module_name)).toEqual(['official_模块']);
  });

  it('rejects a request signed more than 15 minutes ago', async () => {
    const r = await officialCall({ method: 'GET', path: '/v1/private-modules', date: new Date(Date.now() - 16 * 60 * 1000) });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ error_code: 'APIGW.0301', error_msg: expect.stringContaining('expired') });
  });

  it('rejects a body changed after signing, a wrong secret and an unknown key', async () => {
    const tampered = await officialCall({ method: 'POST', path: '/v1/private-modules', data: { module_name: 'a' }, tamper: '{"module_name":"b"}' });
    expect(tampered.status).toBe(401);
    expect((await officialCall({ method: 'GET', path: '/v1/private-modules', sk: 'wrong' })).status).toBe(401);
    const unknown = await officialCall({ method: 'GET', path: '/v1/private-modules', ak: 'nobody' });
    expect(JSON.parse(unknown.body).error_msg).toContain('does not exist');
  });

  it('asks a temporary key for its security token', async () => {
    expect((await officialCall({ method: 'GET', path: '/v1/private-modules', ak: 'sts-ak', sk: 'sts-sk' })).status).toBe(401);
    const ok = await officialCall({ method: 'GET', path: '/v1/private-modules', ak: 'sts-ak', sk: 'sts-sk', headers: { 'X-Security-Token': 'sts-token' } });
    expect(ok.status).toBe(200);
  });

  it('names a path it does not implement instead of faking success', async () => {
    const r = await officialCall({ method: 'GET', path: '/v1/private-modules/m/versions/1.0.0/metadata' });
    expect(r.status).toBe(501);
    expect(JSON.parse(r.body).error_msg).toContain('GET /v1/private-modules/m/versions/1.0.0/metadata');
  });

  it('leaves the Alibaba RPC route at / to the RPC simulator', async () => {
    const r = await officialCall({ method: 'GET', path: '/' });
    expect(JSON.parse(r.body)).toHaveProperty('Code');
  });
});
