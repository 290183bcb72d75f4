/**
 * A client-side sliding-window rate limit per product+action (`swas.RunCommand`): at most `limit`
 * requests in any `windowMs`. A request over the quota waits for a slot instead of being sent and
 * throttled by the API. Every attempt counts, retries included, because the API counts them too.
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

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class RateLimiter {
  /** Per key: the start times of the requests admitted (some may lie in the future: reserved slots), ascending. */
  private readonly admitted = new Map<string, number[]>();

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

  /** Resolves when a request under `key` may start; reserves its slot at once, so concurrent callers queue fairly. */
  acquire(key: string): Promise<void> | undefined {
    const rule = this.ruleFor(key);
    if (!rule) return undefined;
    const now = this.clock.now();
    let times = this.admitted.get(key);
    if (!times) this.admitted.set(key, (times = []));
    let drop = 0;
    while (drop < times.length && times[drop] <= now - rule.windowMs) drop++;
    if (drop) times.splice(0, drop);
    // A slot frees when the request `limit` places back leaves the window.
    const at = times.length < rule.limit ? now : Math.max(now, times[times.length - rule.limit] + rule.windowMs);
    times.push(at);
    return at > now ? this.clock.sleep(at - now) : undefined;
  }
}

function checkRule(key: string, rule: RateLimitRule): void {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new RangeError(`rateLimit ${key}: limit must be an integer ≥ 1, got ${rule.limit}`);
  if (!Number.isFinite(rule.windowMs) || rule.windowMs <= 0) throw new RangeError(`rateLimit ${key}: windowMs must be > 0, got ${rule.windowMs}`);
}
