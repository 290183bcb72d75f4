/**
 * Fault injection. The decision is made before a request touches any state, so an injected
 * failure never leaves half an effect behind. Randomness comes from a seeded generator: a run
 * with the same seed and the same request order injects the same faults.
 */
import { SimError } from './errors';

export interface QuotaOptions {
  /** Calls allowed per window, per account. */
  limit: number;
  windowMs: number;
}

export interface FaultOptions {
  /** Added to every answer. */
  latencyMs?: number;
  /** Share of requests (0..1) that get `latencySpikeMs` more. */
  latencySpikeRate?: number;
  latencySpikeMs?: number;
  /** Share of requests answered 503 ServiceUnavailable. */
  serviceUnavailableRate?: number;
  /** Share of requests answered 400 Throttling.User. */
  throttlingRate?: number;
  /** Adds `x-acs-retry-after` (ms) to throttling answers. */
  retryAfterMs?: number;
  /** Per action (`RunCommand`, or `swas:RunCommand`) flow control: over the limit → Throttling.Api. */
  quotas?: Record<string, QuotaOptions>;
  /** Seed of the fault randomness (default 1). */
  seed?: number;
}

export interface FaultDecision {
  delayMs: number;
  error?: SimError;
}

export interface Faults {
  /** Current settings; tests may change them between requests with `set`. */
  readonly options: Readonly<FaultOptions>;
  set(options: FaultOptions): void;
  /** Decide the fate of one request (call once per request, before any state change). */
  decide(product: string, action: string, account: string, nowMs: number): FaultDecision;
  /** Counters of what was injected so far. */
  readonly injected: { latencySpikes: number; unavailable: number; throttled: number; quotaExceeded: number };
}

/** mulberry32: small, fast, good enough for fault dice. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createFaults(initial: FaultOptions = {}): Faults {
  let opts: FaultOptions = { ...initial };
  check(opts);
  let dice = rng(opts.seed ?? 1);
  const windows = new Map<string, number[]>();
  const injected = { latencySpikes: 0, unavailable: 0, throttled: 0, quotaExceeded: 0 };

  const retryHeaders = (): Record<string, string> =>
    opts.retryAfterMs !== undefined ? { 'x-acs-retry-after': String(Math.round(opts.retryAfterMs)) } : {};

  return {
    get options() {
      return opts;
    },
    injected,
    set(next) {
      check(next);
      if (next.seed !== undefined && next.seed !== opts.seed) dice = rng(next.seed);
      opts = { ...next };
      windows.clear();
    },
    decide(product, action, account, nowMs) {
      let delayMs = opts.latencyMs ?? 0;
      if (opts.latencySpikeRate && dice() < opts.latencySpikeRate) {
        delayMs += opts.latencySpikeMs ?? 1000;
        injected.latencySpikes++;
      }
      const quota = opts.quotas?.[`${product}:${action}`] ?? opts.quotas?.[action];
      if (quota) {
        const key = `${account}|${product}|${action}`;
        const times = (windows.get(key) ?? []).filter((t) => t > nowMs - quota.windowMs);
        if (times.length >= quota.limit) {
          windows.set(key, times);
          injected.quotaExceeded++;
          return {
            delayMs,
            error: new SimError('Throttling.Api', `Request was denied due to api flow control: ${action} allows ${quota.limit} calls per ${quota.windowMs} ms.`, 400, {
              headers: { 'x-acs-retry-after': String(opts.retryAfterMs ?? Math.max(1, Math.ceil(times[0] + quota.windowMs - nowMs))) },
            }),
          };
        }
        times.push(nowMs);
        windows.set(key, times);
      }
      if (opts.serviceUnavailableRate && dice() < opts.serviceUnavailableRate) {
        injected.unavailable++;
        return { delayMs, error: new SimError('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.', 503) };
      }
      if (opts.throttlingRate && dice() < opts.throttlingRate) {
        injected.throttled++;
        return { delayMs, error: new SimError('Throttling.User', 'Request was denied due to user flow control.', 400, { headers: retryHeaders() }) };
      }
      return { delayMs };
    },
  };
}

function check(o: FaultOptions): void {
  for (const k of ['latencySpikeRate', 'serviceUnavailableRate', 'throttlingRate'] as const) {
    const v = o[k];
    if (v !== undefined && !(v >= 0 && v <= 1)) throw new RangeError(`faults.${k} must be between 0 and 1, got ${v}`);
  }
  for (const k of ['latencyMs', 'latencySpikeMs', 'retryAfterMs'] as const) {
    const v = o[k];
    if (v !== undefined && !(v >= 0 && Number.isFinite(v))) throw new RangeError(`faults.${k} must be a number >= 0, got ${v}`);
  }
  for (const [action, q] of Object.entries(o.quotas ?? {})) {
    if (!(q.limit >= 0) || !(q.windowMs > 0)) throw new RangeError(`faults.quotas.${action} needs limit >= 0 and windowMs > 0`);
  }
}
