/** The client-side rate limit: a sliding window per product+action. */
import { RateLimiter, type Clock } from '../../core/rate-limit/limiter';
import { createClient, SwasApi } from '../../index';
import { startCaptureServer } from '../support/capture-server';

/** A clock the test moves by hand; `sleep` records the wait and moves time forward by it. */
function fakeClock(): Clock & { t: number; waits: number[] } {
  const c = {
    t: 1000,
    waits: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.waits.push(ms);
    },
  };
  return c;
}

it('admits `limit` requests per window, then makes the next wait for the oldest to leave it', () => {
  const clock = fakeClock();
  const limiter = new RateLimiter({ default: { limit: 2, windowMs: 1000 } }, clock);
  expect(limiter.acquire('swas.RunCommand')).toBeUndefined();
  clock.t += 100;
  expect(limiter.acquire('swas.RunCommand')).toBeUndefined();
  clock.t += 100;
  void limiter.acquire('swas.RunCommand'); // third in the window: waits until the first (t=1000) leaves at 2000
  void limiter.acquire('swas.RunCommand'); // fourth: until the second (t=1100) leaves at 2100
  expect(clock.waits).toEqual([800, 900]);
});

it('keeps separate windows per product+action and honours per-action rules', () => {
  const clock = fakeClock();
  const limiter = new RateLimiter({ actions: { 'swas.RunCommand': { limit: 1, windowMs: 500 } } }, clock);
  expect(limiter.acquire('swas.RunCommand')).toBeUndefined();
  expect(limiter.acquire('swas.ListInstances')).toBeUndefined(); // not limited at all
  expect(limiter.acquire('swas.ListInstances')).toBeUndefined();
  void limiter.acquire('swas.RunCommand');
  expect(clock.waits).toEqual([500]);
  clock.t += 2000;
  expect(limiter.acquire('swas.RunCommand')).toBeUndefined();
});

it('rejects a meaningless rule', () => {
  expect(() => new RateLimiter({ default: { limit: 0, windowMs: 1000 } })).toThrow(/limit must be an integer/);
  expect(() => new RateLimiter({ actions: { 'swas.X': { limit: 1, windowMs: 0 } } })).toThrow(/swas.X: windowMs/);
});

it('spaces real calls so that no window holds more than the quota', async () => {
  const server = await startCaptureServer();
  const arrivals: number[] = [];
  server.respondWith((_r, i) => {
    arrivals.push(Date.now());
    return { body: { RequestId: `r${i}` } };
  });
  const client = createClient({
    endpoint: server.url, regionId: 'cn-hangzhou', accessKeyId: 'ak', accessKeySecret: 'sk-rate',
    rateLimit: { default: { limit: 2, windowMs: 150 } },
  });
  const swas = new SwasApi(client);
  const started = Date.now();
  try {
    await Promise.all(Array.from({ length: 5 }, () => swas.listInstances()));
  } finally {
    client.close();
    await server.close();
  }
  expect(arrivals).toHaveLength(5);
  // slots: 2 at once, 2 more when the first leave the window (150 ms), the 5th at 300 ms
  const sorted = [...arrivals].sort((a, b) => a - b).map((t) => t - started);
  expect(sorted[2]).toBeGreaterThanOrEqual(150);
  expect(sorted[4]).toBeGreaterThanOrEqual(300);
});
