/** The rate-limit step: waits for a slot of the call's product+action before each attempt is signed. */
import type { Middleware } from '../transport/pipeline';
import { RateLimiter, type RateLimitOptions } from './limiter';

export function rateLimitStep(options: RateLimitOptions): Middleware {
  const limiter = new RateLimiter(options);
  return async function rateLimit(ctx, next) {
    const wait = limiter.acquire(`${ctx.action.product.id}.${ctx.action.action}`);
    if (wait) await wait;
    await next();
  };
}
