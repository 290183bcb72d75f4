/**
 * The rate-limit step: takes a slot of the call's product+action before each attempt is signed, and
 * gives it back when that attempt's answer (or failure) is in — the window runs from then.
 */
import type { Middleware } from '../transport/pipeline';
import { RateLimiter, type RateLimitOptions } from './limiter';

export function rateLimitStep(options: RateLimitOptions): Middleware {
  const limiter = new RateLimiter(options);
  return async function rateLimit(ctx, next) {
    const slot = limiter.acquire(`${ctx.action.product.id}.${ctx.action.action}`);
    if (!slot) return next();
    const release = typeof slot === 'function' ? slot : await slot;
    try {
      await next();
    } finally {
      release();
    }
  };
}
