/**
 * When a failed call is tried again, and after how long.
 * - Retryable failures: no answer (NetworkError, Timeout), HTTP 5xx, and any error code containing
 *   `Throttling` or `ServiceUnavailable`.
 * - Safe to repeat: writes that carry a ClientToken (the API deduplicates them); idempotent actions
 *   — reads, and writes that set a state rather than make something new, by the wire protocol's
 *   convention or the model's `idempotent` fact; any call the API throttled (flow control refuses a
 *   request before it runs). A call's `retry: { idempotent }` overrides the action's fact both ways.
 *   Any other write is tried once — it may have run — so a retry can never create a resource twice.
 * - Delay: the server's `x-acs-retry-after` (ms) when it gives one, else exponential backoff with
 *   full jitter, capped.
 */
import { ApiError } from '../errors';

export interface RetryOptions {
  /** Total attempts, the first included. Default 3. */
  maxAttempts?: number;
  /** Backoff base: the n-th retry waits a random time in [0, min(maxDelayMs, baseDelayMs·2^(n-1))). Default 200. */
  baseDelayMs?: number;
  /** Cap of the backoff. Default 5000. */
  maxDelayMs?: number;
  /** Cap of a server-requested pause (x-acs-retry-after). Default 60000. */
  maxRetryAfterMs?: number;
  /**
   * `true`: repeat this call on a retryable failure even without a ClientToken (the caller knows a
   * second run is harmless). `false`: never repeat it unless a ClientToken deduplicates it. Left out,
   * the action decides (reads and state-setting writes are idempotent, see `isSafeToRepeat`).
   */
  idempotent?: boolean;
}

/** `false` = one attempt; a number = that many attempts; options = merged over the client's. */
export type RetrySetting = boolean | number | RetryOptions;

export type RetryPolicy = Readonly<Required<Omit<RetryOptions, 'idempotent'>> & Pick<RetryOptions, 'idempotent'>>;

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  maxRetryAfterMs: 60000,
});

export function resolveRetryPolicy(...settings: (RetrySetting | undefined)[]): RetryPolicy {
  let policy: RetryPolicy = DEFAULT_RETRY;
  for (const s of settings) {
    if (s === undefined || s === true) continue;
    if (s === false) policy = { ...policy, maxAttempts: 1 };
    else if (typeof s === 'number') policy = { ...policy, maxAttempts: s };
    else policy = { ...policy, ...definedOnly(s) };
  }
  checkPolicy(policy);
  return policy;
}

export function isRetryableError(e: unknown): e is ApiError {
  if (!(e instanceof ApiError)) return false;
  return (
    e.code === 'NetworkError' ||
    e.code === 'Timeout' ||
    e.status >= 500 ||
    e.code.includes('Throttling') ||
    e.code.includes('ServiceUnavailable')
  );
}

/** Throttling refuses a request before it runs: repeating it cannot do anything twice, whatever the action. */
export function wasRefusedUnrun(e: ApiError): boolean {
  return e.code.includes('Throttling');
}

/**
 * Whether a call that failed without a clear answer may be sent again: a ClientToken makes the API
 * run it at most once; otherwise the call's own `idempotent` setting, else the action's fact.
 */
export function isSafeToRepeat(actionIsIdempotent: boolean, hasClientToken: boolean, policy: RetryPolicy): boolean {
  return hasClientToken || (policy.idempotent ?? actionIsIdempotent);
}

/** Milliseconds to wait before attempt `failedAttempt + 1`. */
export function retryDelayMs(error: ApiError, failedAttempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.floor(random() * ceiling);
}

function definedOnly(o: RetryOptions): RetryOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as RetryOptions;
}

function checkPolicy(p: RetryPolicy): void {
  const bad = (what: string) => new RangeError(`retry.${what}`);
  if (!Number.isInteger(p.maxAttempts) || p.maxAttempts < 1) throw bad(`maxAttempts must be an integer ≥ 1, got ${p.maxAttempts}`);
  for (const k of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    if (!Number.isFinite(p[k]) || p[k] < 0) throw bad(`${k} must be a number ≥ 0, got ${p[k]}`);
  }
}
