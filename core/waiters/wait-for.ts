/**
 * waitFor: poll until a condition holds, with a timeout, an interval that backs off, and an
 * error that says what was awaited and the last value seen.
 */

export interface WaitOptions {
  /** What is awaited, for the error message: `instance i-1 to be Running`. */
  description: string;
  /** Give up after this long. Default 60 000 ms. */
  timeoutMs?: number;
  /** First pause between polls. Default 500 ms. */
  intervalMs?: number;
  /** Each pause is the previous one times this. Default 1.5. */
  backoff?: number;
  /** Pauses never exceed this. Default 5 000 ms. */
  maxIntervalMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
  constructor(
    readonly description: string,
    readonly elapsedMs: number,
    readonly polls: number,
    readonly lastValue: unknown,
    readonly lastError?: unknown,
  ) {
    super(
      `Timed out after ${elapsedMs} ms waiting for ${description} (${polls} polls); last ` +
        (lastError !== undefined ? `error: ${errorText(lastError)}` : `value: ${preview(lastValue)}`),
    );
  }
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Calls `probe` until `done(value)` is true and returns that value. A probe that throws counts as
 * "not yet" (the error is kept for the message) unless `done` is never reached.
 */
export async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, options: WaitOptions): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const backoff = options.backoff ?? 1.5;
  const maxInterval = options.maxIntervalMs ?? 5_000;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const start = now();
  let interval = options.intervalMs ?? 500;
  let polls = 0;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    polls++;
    try {
      const value = await probe();
      last = value;
      lastError = undefined;
      if (done(value)) return value;
    } catch (e) {
      lastError = e;
    }
    const elapsed = now() - start;
    if (elapsed >= timeoutMs) throw new WaitTimeoutError(options.description, elapsed, polls, last, lastError);
    await sleep(Math.min(interval, maxInterval, Math.max(0, timeoutMs - elapsed)));
    interval = Math.min(interval * backoff, maxInterval);
  }
}

function preview(v: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
