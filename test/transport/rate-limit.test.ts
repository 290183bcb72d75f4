/** The client-side rate limit: a sliding window per product+action. */
import { RateLimiter, type Clock, type Release } from '../../core/rate-limit/limiter';
import { createClient, SwasApi } from '../../index';
import { startCaptureServer } from '../support/capture-server';

/** A clock the test moves by hand: `advance` moves time and runs the timers that fall due. */
function fakeClock(): Clock & { t: number; advance(ms: number): Promise<void> } {
  const timers: { at: number; fire: () => void }[] = [];
  const c = {
    t: 1000,
    now: () => c.t,
    sleep: (ms: number) => new Promise<void>((fire) => timers.push({ at: c.t + ms, fire })),
    async advance(ms: number) {
      c.t += ms;
      for (const due of timers.filter((x) => x.at <= c.t)) {
        timers.splice(timers.indexOf(due), 1);
        due.fire();
      }
      await new Promise((r) => setImmediate(r)); // let the woken callers run
    },
  };
  return c;
}

/** Takes a slot and records when it was granted. */
function take(limiter: RateLimiter, key: string, clock: Clock, granted: number[]): Promise<Release> {
  const slot = limiter.acquire(key);
  if (!slot) throw new Error(`${key} is not limited`);
  return Promise.resolve(slot).then((release) => {
    granted.push(clock.now());
    return release;
  });
}

it('admits `limit` requests at once; the next waits until an answer has been in for a whole window', async () => {
  const clock = fakeClock();
  const limiter = new RateLimiter({ default: { limit: 2, windowMs: 1000 } }, clock);
  const granted: number[] = [];
  const [a, b] = await Promise.all([take(limiter, 'swas.RunCommand', clock, granted), take(limiter, 'swas.RunCommand', clock, granted)]);
  const third = take(limiter, 'swas.RunCommand', clock, granted);
  const fourth = take(limiter, 'swas.RunCommand', clock, granted);
  await clock.advance(5000);
  expect(granted).toEqual([1000, 1000]); // both slots are in flight: no time frees them
  a(); // the first answer is in at t=6000: its slot frees at 7000
  await clock.advance(300);
  b(); // the second at 6300: frees at 7300
  await clock.advance(699);
  expect(granted).toHaveLength(2);
  await clock.advance(1);
  expect(granted).toEqual([1000, 1000, 7000]);
  await clock.advance(300);
  expect(granted).toEqual([1000, 1000, 7000, 7300]);
  (await third)();
  (await fourth)();
});

it('releasing twice gives back one slot; waiting callers are served in order', async () => {
  const clock = fakeClock();
  const limiter = new RateLimiter({ default: { limit: 1, windowMs: 100 } }, clock);
  const order: string[] = [];
  const first = await take(limiter, 'k', clock, []);
  const second = Promise.resolve(limiter.acquire('k')!).then((r) => (order.push('second'), r));
  const third = Promise.resolve(limiter.acquire('k')!).then((r) => (order.push('third'), r));
  first();
  first();
  await clock.advance(100);
  expect(order).toEqual(['second']);
  (await second)();
  await clock.advance(100);
  expect(order).toEqual(['second', 'third']);
  (await third)();
});

it('keeps separate windows per product+action and honours per-action rules', async () => {
  const clock = fakeClock();
  const limiter = new RateLimiter({ actions: { 'swas.RunCommand': { limit: 1, windowMs: 500 } } }, clock);
  const release = limiter.acquire('swas.RunCommand');
  expect(typeof release).toBe('function'); // a free slot is granted without waiting
  expect(limiter.acquire('swas.ListInstances')).toBeUndefined(); // not limited at all
  const granted: number[] = [];
  const next = take(limiter, 'swas.RunCommand', clock, granted);
  (release as Release)();
  await clock.advance(499);
  expect(granted).toEqual([]);
  await clock.advance(1);
  expect(granted).toEqual([1500]);
  (await next)();
});

it('rejects a meaningless rule', () => {
  expect(() => new RateLimiter({ default: { limit: 0, windowMs: 1000 } })).toThrow(/limit must be an integer/);
  expect(() => new RateLimiter({ actions: { 'swas.X': { limit: 1, windowMs: 0 } } })).toThrow(/swas.X: windowMs/);
});

it('spaces real calls so that no window holds more than the quota, counted from each answer', async () => {
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
  try {
    await Promise.all(Array.from({ length: 5 }, () => swas.listInstances()));
  } finally {
    client.close();
    await server.close();
  }
  expect(arrivals).toHaveLength(5);
  // slots: 2 at once, 2 more a window after their answers, the 5th a window after those
  const sorted = [...arrivals].sort((a, b) => a - b);
  for (let i = 2; i < sorted.length; i++) expect(sorted[i] - sorted[i - 2]).toBeGreaterThanOrEqual(150);
});
