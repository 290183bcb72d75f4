/**
 * A client-side rate limit per product+action (`swas.RunCommand`): at most `limit` requests in any
 * `windowMs`, counted the way the API's flow control can see them. A slot is taken when a request
 * starts and is given back `windowMs` after its answer arrived — not after it started: the API
 * counts a request when it arrives, which is some time after the client sent it (queueing, a
 * connection being opened, a busy server), but never after the answer came back. So no window of
 * the API's ever holds more than `limit` of them, however late they arrive; a request over the quota
 * waits for a slot instead of being sent and throttled. Every attempt counts, retries included,
 * because the API counts them too.
 */

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitOptions {
  /** Applied to every product+action on its own. Leave out to limit only the actions listed. */
  default?: RateLimitRule;
  /** Rules for single actions, keyed `product.Action` (`swas.RunCommand`, `ecs.DescribeImages`). */
  actions?: Readonly<Record<string, RateLimitRule>>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Gives the slot back; call it once the answer (or the failure) is in. Calling it again does nothing. */
export type Release = () => void;

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface KeyState {
  readonly rule: RateLimitRule;
  inFlight: number;
  /** When the answers of finished requests arrived, ascending; each holds its slot until `+ windowMs`. */
  finished: number[];
  /** Callers waiting for a slot, first come first served. */
  readonly waiting: ((release: Release) => void)[];
  /** When a timer to admit waiting callers is set, the time it fires. */
  wakeAt?: number;
}

export class RateLimiter {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: Clock = realClock,
  ) {
    for (const [key, rule] of Object.entries({ default: options.default, ...options.actions })) {
      if (rule) checkRule(key, rule);
    }
  }

  /** The rule for a key, if any limits it. */
  ruleFor(key: string): RateLimitRule | undefined {
    return this.options.actions?.[key] ?? this.options.default;
  }

  /**
   * Takes a slot under `key`: at once (a Release) when one is free and nobody waits, else a promise
   * of one, in arrival order. Undefined when no rule limits the key.
   */
  acquire(key: string): Release | Promise<Release> | undefined {
    const rule = this.ruleFor(key);
    if (!rule) return undefined;
    let state = this.keys.get(key);
    if (!state) this.keys.set(key, (state = { rule, inFlight: 0, finished: [], waiting: [] }));
    if (state.waiting.length === 0 && this.used(state) < rule.limit) return this.admit(state);
    const s = state;
    return new Promise<Release>((resolve) => {
      s.waiting.push(resolve);
      this.pump(s);
    });
  }

  /** Slots taken now: requests in flight, and finished ones whose window has not passed. */
  private used(state: KeyState): number {
    const cutoff = this.clock.now() - state.rule.windowMs;
    let drop = 0;
    while (drop < state.finished.length && state.finished[drop] <= cutoff) drop++;
    if (drop) state.finished.splice(0, drop);
    return state.inFlight + state.finished.length;
  }

  private admit(state: KeyState): Release {
    state.inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.inFlight--;
      state.finished.push(this.clock.now());
      this.pump(state);
    };
  }

  /** Admits waiting callers while slots are free; otherwise wakes up when the oldest finished slot frees. */
  private pump(state: KeyState): void {
    while (state.waiting.length && this.used(state) < state.rule.limit) state.waiting.shift()!(this.admit(state));
    if (!state.waiting.length || !state.finished.length) return; // nothing to wait for, or a release will pump
    const at = state.finished[0] + state.rule.windowMs;
    if (state.wakeAt !== undefined && state.wakeAt <= at) return;
    state.wakeAt = at;
    void this.clock.sleep(Math.max(0, at - this.clock.now())).then(() => {
      if (state.wakeAt === at) state.wakeAt = undefined;
      this.pump(state);
    });
  }
}

function checkRule(key: string, rule: RateLimitRule): void {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new RangeError(`rateLimit ${key}: limit must be an integer ≥ 1, got ${rule.limit}`);
  if (!Number.isFinite(rule.windowMs) || rule.windowMs <= 0) throw new RangeError(`rateLimit ${key}: windowMs must be > 0, got ${rule.windowMs}`);
}
