import { waitFor, WaitTimeoutError } from '../../core';

/** A fake clock: sleeping advances time instantly, so the test is exact and fast. */
function fakeTime() {
  let t = 0;
  const pauses: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      pauses.push(ms);
      t += ms;
    },
    pauses,
  };
}

describe('waitFor', () => {
  it('returns the first value that satisfies the condition', async () => {
    const clock = fakeTime();
    let n = 0;
    const v = await waitFor(async () => ++n, (x) => x >= 3, { description: 'n to reach 3', ...clock, intervalMs: 100 });
    expect(v).toBe(3);
    expect(clock.pauses).toEqual([100, 150]);
  });

  it('backs off up to the maximum interval', async () => {
    const clock = fakeTime();
    let n = 0;
    await waitFor(async () => ++n, (x) => x >= 6, { description: 'x', ...clock, intervalMs: 100, backoff: 2, maxIntervalMs: 500 });
    expect(clock.pauses).toEqual([100, 200, 400, 500, 500]);
  });

  it('times out with what was awaited and the last value seen', async () => {
    const clock = fakeTime();
    const err = await waitFor(async () => ({ Status: 'Starting' }), (x) => x.Status === 'Running', {
      description: 'instance i-1 to be Running',
      timeoutMs: 1000,
      intervalMs: 300,
      backoff: 1,
      ...clock,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as WaitTimeoutError).message).toBe(
      'Timed out after 1000 ms waiting for instance i-1 to be Running (5 polls); last value: {"Status":"Starting"}',
    );
    expect(clock.pauses).toEqual([300, 300, 300, 100]);
  });

  it('treats a failing probe as not-yet, and reports the last error on timeout', async () => {
    const clock = fakeTime();
    let n = 0;
    const ok = await waitFor(
      async () => {
        if (++n < 3) throw new Error('not found yet');
        return n;
      },
      () => true,
      { description: 'x', ...clock, intervalMs: 10 },
    );
    expect(ok).toBe(3);
    const err = await waitFor(async () => Promise.reject(new Error('boom')), () => true, {
      description: 'the thing',
      timeoutMs: 50,
      intervalMs: 20,
      ...clock,
    }).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/waiting for the thing \(\d+ polls\); last error: Error: boom$/);
  });
});
