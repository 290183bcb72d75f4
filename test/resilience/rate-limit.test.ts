/**
 * Rate limits (issue 8): the simulator enforces per-action quotas the way the cloud's flow control
 * does (N calls per window per account, over it → Throttling.Api with x-acs-retry-after). A bounded
 * burst through our client with the client-side limiter set to those quotas (as conf/ profiles
 * do) is never throttled; the same burst with the limiter off is throttled — the simulator's own
 * `observe` hook counts the Throttling answers it gave — and the retries absorb it: every call
 * still succeeds.
 */
import 'reflect-metadata';
import { createClient, type Client, type ClientOptions } from '../../core/client';
import { EcsApi } from '../../apis/ecs';
import { SwasApi } from '../../apis/swas';
import { startSimulator, type ObservedAnswer, type SimulatorHandle } from '../../simulator';

/** The simulator's quotas: like the documented per-action flow control, scaled down so a burst stays short. */
const QUOTAS = {
  'swas:ListInstances': { limit: 10, windowMs: 1000 },
  'ecs:DescribeInstances': { limit: 6, windowMs: 1000 },
  'ecs:CreateKeyPair': { limit: 2, windowMs: 1000 },
};
/**
 * The client's own limits equal the quotas: the limiter gives a slot back a window after the answer
 * arrived, and the server counted the request before it answered, so no server window can hold more
 * than the limit however late the requests arrive (a loaded machine, connections being opened, the
 * server busy with the SWAS half of the burst). A limiter counting from the start instead needed
 * windows ≈ 30 % longer than the quota's, and still failed when the server fell behind.
 */
const CLIENT_LIMITS = { actions: { 'swas.ListInstances': { limit: 10, windowMs: 1000 }, 'ecs.DescribeInstances': { limit: 6, windowMs: 1000 } } };
const BURST = { swas: 24, ecs: 12 };

let sim: SimulatorHandle;
const answers: ObservedAnswer[] = [];

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    accessKeys: { 'rl-ak': 'rl-sk' },
    faults: { serviceUnavailableRate: 0, throttlingRate: 0, latencySpikeRate: 0, latencyMs: 0, quotas: QUOTAS },
    observe: (a) => answers.push(a),
  });
});
afterAll(() => sim?.close());

function client(extra: ClientOptions): Client {
  return createClient({ endpoint: sim.url, regionId: 'cn-hangzhou', accessKeyId: 'rl-ak', accessKeySecret: 'rl-sk', timeoutMs: 10_000, ...extra });
}

/** Fires the burst all at once; resolves to the attempts each call needed (a failure rejects). */
async function burst(c: Client): Promise<number[]> {
  const swas = new SwasApi(c);
  const ecs = new EcsApi(c);
  const calls = [
    ...Array.from({ length: BURST.swas }, () => swas.listInstances({ pageSize: 10 })),
    ...Array.from({ length: BURST.ecs }, () => ecs.describeInstances({ pageSize: 10 })),
  ];
  const responses = await Promise.all(calls);
  return responses.map((r) => r.attempts);
}

const throttled = (from: number): ObservedAnswer[] => answers.slice(from).filter((a) => String(a.body.Code ?? '').startsWith('Throttling'));

describe('per-action quotas of the simulator against a burst of calls', () => {
  beforeEach(async () => {
    // start each burst with empty quota windows
    await new Promise((r) => setTimeout(r, 1100));
  });

  it('with the client-side limiter on: never throttled, every call succeeds at its first attempt', async () => {
    const from = answers.length;
    const attempts = await burst(client({ rateLimit: CLIENT_LIMITS, retry: { maxAttempts: 5 } }));
    expect(attempts).toHaveLength(BURST.swas + BURST.ecs);
    expect(throttled(from)).toEqual([]);
    expect(Math.max(...attempts)).toBe(1);
    expect(answers.slice(from).filter((a) => a.status === 200)).toHaveLength(BURST.swas + BURST.ecs);
  }, 60_000);

  it('with the limiter off: the simulator throttles, the retries (x-acs-retry-after) absorb it, every call succeeds', async () => {
    const from = answers.length;
    const injectedBefore = sim.faults.injected.quotaExceeded;
    const attempts = await burst(client({ retry: { maxAttempts: 5 } }));
    const seen = throttled(from);
    // More calls than the quotas allow in one window (how many are refused depends on how fast the burst arrives).
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((a) => a.body.Code))).toEqual(new Set(['Throttling.Api']));
    expect(sim.faults.injected.quotaExceeded - injectedBefore).toBe(seen.length);
    expect(attempts).toHaveLength(BURST.swas + BURST.ecs);
    expect(Math.max(...attempts)).toBeGreaterThan(1);
    // every throttled answer was followed by a successful retry: attempts beyond the first = throttled answers
    expect(attempts.reduce((s, a) => s + a - 1, 0)).toBe(seen.length);
  }, 60_000);

  it('with the limiter off and no retries: the same burst fails with Throttling.Api (the check above can fail)', async () => {
    const from = answers.length;
    const results = await Promise.allSettled(Array.from({ length: BURST.swas }, () => new SwasApi(client({ retry: false })).listInstances({ pageSize: 10 })));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.length).toBeLessThanOrEqual(BURST.swas - QUOTAS['swas:ListInstances'].limit);
    expect(rejected.every((r) => (r.reason as { code?: string }).code === 'Throttling.Api')).toBe(true);
    expect(throttled(from)).toHaveLength(rejected.length);
  }, 60_000);

  it('a throttled write without ClientToken (ECS CreateKeyPair) is retried too — flow control refused it before it ran — and each key pair exists once', async () => {
    const from = answers.length;
    const ecs = new EcsApi(client({ retry: { maxAttempts: 6 } }));
    const names = Array.from({ length: 6 }, (_, i) => `rl-kp-${Date.now().toString(36)}-${i}`);
    const created = await Promise.all(names.map((keyPairName) => ecs.createKeyPair({ keyPairName })));
    expect(throttled(from).length).toBeGreaterThan(0);
    expect(created.some((r) => r.attempts > 1)).toBe(true);
    const listed = (await ecs.describeKeyPairs({ pageSize: 50 })).body.KeyPairs?.KeyPair ?? [];
    expect(listed.map((k) => k.KeyPairName).filter((n) => names.includes(n as string)).sort()).toEqual([...names].sort());
  }, 60_000);
});
