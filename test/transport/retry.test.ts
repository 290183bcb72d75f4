/**
 * Retries against a local server that fails N times: 503, Throttling (with and without
 * x-acs-retry-after), connection resets, timeouts. Writes without a ClientToken are never repeated;
 * with one, every attempt carries the same token and a fresh signature.
 */
import { Action, ApiError, createClient, Param, SwasApi, type Client } from '../../index';
import { TOY } from '../support/toy-product';
import { okReply, queryOf, startCaptureServer, type CaptureServer, type Reply } from '../support/capture-server';
import { verifyAcs3 } from './helpers/verify-signature';

const SK = 'retry-sk';
let server: CaptureServer;
let client: Client;
let swas: SwasApi;

beforeAll(async () => {
  server = await startCaptureServer();
  client = createClient({
    endpoint: server.url, regionId: 'cn-hangzhou', accessKeyId: 'retry-ak', accessKeySecret: SK,
    retry: { baseDelayMs: 1, maxDelayMs: 5 }, timeoutMs: 2000,
  });
  swas = new SwasApi(client);
});
afterAll(async () => {
  client.close();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.respondWith(okReply);
});

const unavailable: Reply = { status: 503, body: { RequestId: 'r-503', Code: 'ServiceUnavailable', Message: 'try later' } };
const throttled = (retryAfterMs?: number): Reply => ({
  status: 400,
  body: { RequestId: 'r-thr', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' },
  headers: retryAfterMs === undefined ? {} : { 'x-acs-retry-after': String(retryAfterMs) },
});
/** Fails with `reply` for the first `n` requests, then succeeds. */
const failFirst = (n: number, reply: Reply) => (_req: unknown, i: number): Reply => (i <= n ? reply : { body: { RequestId: `ok-${i}` } });

it('retries a read after 503s and succeeds, recording the attempts', async () => {
  server.respondWith(failFirst(2, unavailable));
  const res = await swas.listInstances();
  expect(res.attempts).toBe(3);
  expect(res.requestId).toBe('ok-3');
  expect(server.requests).toHaveLength(3);
});

it('re-signs every attempt: new nonce and date, each signature valid', async () => {
  server.respondWith(failFirst(2, unavailable));
  await swas.listInstances();
  const nonces = server.requests.map((r) => r.headers['x-acs-signature-nonce']);
  expect(new Set(nonces).size).toBe(3);
  expect(server.requests.every((r) => verifyAcs3(r, SK))).toBe(true);
});

it('retries Throttling without retry-after', async () => {
  server.respondWith(failFirst(1, throttled()));
  const res = await swas.listInstances();
  expect(res.attempts).toBe(2);
});

it('honours x-acs-retry-after (ms) from a throttled answer', async () => {
  server.respondWith(failFirst(1, throttled(150)));
  const started = Date.now();
  const res = await swas.listInstances();
  expect(res.attempts).toBe(2);
  expect(Date.now() - started).toBeGreaterThanOrEqual(145);
});

it('retries a connection reset', async () => {
  server.respondWith((_r, i) => (i === 1 ? 'reset' : { body: { RequestId: `ok-${i}` } }));
  const res = await swas.listInstances();
  expect(res.attempts).toBe(2);
});

it('retries a timeout, and gives a Timeout ApiError when every attempt times out', async () => {
  server.respondWith((_r, i) => (i === 1 ? { delayMs: 400, body: {} } : { body: { RequestId: `ok-${i}` } }));
  expect((await swas.listInstances({}, { timeoutMs: 100 })).attempts).toBe(2);
  server.requests.length = 0;
  server.respondWith(() => ({ delayMs: 300, body: {} }));
  const e = await swas.listInstances({}, { timeoutMs: 50, retry: 2 }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ApiError);
  expect(e).toMatchObject({ code: 'Timeout', status: 0, attempts: 2, action: 'ListInstances', product: 'SWAS' });
});

it('gives up after the limit with attempts recorded on the ApiError', async () => {
  server.respondWith(() => unavailable);
  const e = await swas.listInstances().catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ApiError);
  expect(e).toMatchObject({ code: 'ServiceUnavailable', status: 503, attempts: 3, requestId: 'r-503' });
  expect(server.requests).toHaveLength(3);
});

it('takes the attempts from the call options over the client', async () => {
  server.respondWith(() => unavailable);
  await expect(swas.listInstances({}, { retry: 5 })).rejects.toMatchObject({ attempts: 5 });
  server.requests.length = 0;
  await expect(swas.listInstances({}, { retry: false })).rejects.toMatchObject({ attempts: 1 });
  expect(server.requests).toHaveLength(1);
});

it('never repeats a write that carries no ClientToken and may make something new (SWAS RunCommand), and says so', async () => {
  server.respondWith(() => unavailable);
  const e = await swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls' }).catch((x: unknown) => x);
  expect(e).toMatchObject({ code: 'ServiceUnavailable', attempts: 1, notRepeated: true });
  expect((e as Error).message).toContain('not repeated: RunCommand without a ClientToken may have run; pass retry: { idempotent: true }');
  expect(server.requests).toHaveLength(1);
});

it('says nothing about repeating when the call allowed one attempt only', async () => {
  server.respondWith(() => unavailable);
  const e = await swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls' }, { retry: false }).catch((x: unknown) => x);
  expect(e).toMatchObject({ code: 'ServiceUnavailable', attempts: 1, notRepeated: false });
  expect((e as Error).message).not.toContain('not repeated');
});

it('repeats a write without ClientToken that only sets a state (SWAS UpdateCommandAttribute)', async () => {
  server.respondWith(failFirst(2, unavailable));
  const res = await swas.updateCommandAttribute({ commandId: 'c-1', name: 'renamed' });
  expect(server.requests.map((r) => queryOf(r).ClientToken)).toEqual([undefined, undefined, undefined]);
  expect(res.attempts).toBe(3);
});

it('a call can forbid repeating even a read (retry: { idempotent: false })', async () => {
  server.respondWith(() => unavailable);
  const e = await swas.listInstances({}, { retry: { idempotent: false } }).catch((x: unknown) => x);
  expect(e).toMatchObject({ code: 'ServiceUnavailable', attempts: 1, notRepeated: true });
  expect(server.requests).toHaveLength(1);
});

it('names the earlier attempts when the last one failed differently', async () => {
  let i = 0;
  server.respondWith(() => (++i <= 2 ? unavailable : { status: 400, body: { RequestId: 'r-dup', Code: 'Command.AlreadyExist', Message: 'exists' } }));
  const e = await swas.updateCommandAttribute({ commandId: 'c-1', name: 'renamed' }).catch((x: unknown) => x);
  expect(e).toMatchObject({ code: 'Command.AlreadyExist', attempts: 3, earlierAttempts: ['ServiceUnavailable', 'ServiceUnavailable'], notRepeated: false });
  expect((e as Error).message).toMatch(/\[RequestId r-dup\] \(attempt 3, after ServiceUnavailable ×2\)$/);
});

it('repeats a write with a ClientToken, sending the same token on every attempt', async () => {
  server.respondWith(failFirst(2, unavailable));
  const res = await swas.createFirewallRules({ instanceId: 'i-1', firewallRules: [{ port: '22', ruleProtocol: 'TCP' }] });
  expect(res.attempts).toBe(3);
  const tokens = server.requests.map((r) => queryOf(r).ClientToken);
  expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(new Set(tokens)).toEqual(new Set([tokens[0]]));
});

it('gives every call its own ClientToken', async () => {
  await swas.createFirewallRules({ instanceId: 'i-1' });
  await swas.createFirewallRules({ instanceId: 'i-1' });
  const [a, b] = server.requests.map((r) => queryOf(r).ClientToken);
  expect(a).not.toBe(b);
});

it('repeats a write marked idempotent by the call', async () => {
  server.respondWith(failFirst(1, unavailable));
  const res = await swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls' }, { retry: { idempotent: true } });
  expect(res.attempts).toBe(2);
});

it('does not retry a client error', async () => {
  server.respondWith(() => ({ status: 400, body: { RequestId: 'r', Code: 'InvalidParameter', Message: 'bad' } }));
  await expect(swas.listInstances()).rejects.toMatchObject({ code: 'InvalidParameter', attempts: 1 });
  expect(server.requests).toHaveLength(1);
});

it('retries an HTML 502 from a gateway (status 5xx, body not JSON)', async () => {
  server.respondWith(failFirst(1, { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><title>502 Bad Gateway</title></html>' }));
  expect((await swas.listInstances()).attempts).toBe(2);
});

describe("the model's idempotency fact overrides the protocol's convention", () => {
  @Action({ product: TOY, action: 'CreateWidget', idempotent: true })
  class CreateWidgetModel {
    @Param({ wire: 'Name', type: 'string' }) name?: string;
  }
  @Action({ product: TOY, action: 'StopWidget', idempotent: false })
  class StopWidgetModel {
    @Param({ wire: 'Name', type: 'string' }) name?: string;
  }

  it('repeats a create marked idempotent, and not a state-setting verb marked otherwise', async () => {
    server.respondWith(failFirst(1, unavailable));
    const res = await client.send(CreateWidgetModel, { name: 'w' });
    expect(res.attempts).toBe(2);
    server.requests.length = 0;
    server.respondWith(() => unavailable);
    await expect(client.send(StopWidgetModel, { name: 'w' })).rejects.toMatchObject({ attempts: 1, notRepeated: true });
    expect(server.requests).toHaveLength(1);
  });
});
