/**
 * The retry step: runs the rest of the pipeline (rate limit, sign, send, parse) once per attempt.
 * The built request — and so its ClientToken — is the same on every attempt; the signature is made
 * afresh each time (new date and nonce). Every ApiError leaving it carries `attempts`.
 */
import { ApiError } from '../errors';
import { notify, type CallContext, type Middleware } from '../transport/pipeline';
import { isRetryableError, isSafeToRepeat, resolveRetryPolicy, retryDelayMs, wasRefusedUnrun, type RetryPolicy, type RetrySetting } from './policy';

export interface RetryStepOptions {
  /** The client's setting; a call's `retry` option is merged over it. */
  retry?: RetrySetting;
  /** For tests: where the jitter comes from. */
  random?: () => number;
}

export function retryStep(options: RetryStepOptions): Middleware {
  const clientPolicy = resolveRetryPolicy(options.retry);
  return async function retry(ctx, next) {
    const policy = ctx.options.retry === undefined ? clientPolicy : resolveRetryPolicy(options.retry, ctx.options.retry);
    for (;;) {
      ctx.attempt++;
      try {
        await next();
        return;
      } catch (e) {
        if (e instanceof ApiError) e.attempts = ctx.attempt;
        if (!shouldRetry(ctx, e, policy)) throw e;
        const delayMs = retryDelayMs(e, ctx.attempt, policy, options.random);
        await notify(ctx, 'retrying', { attempt: ctx.attempt, maxAttempts: policy.maxAttempts, error: e, delayMs });
        await sleep(delayMs);
      }
    }
  };
}

function shouldRetry(ctx: CallContext, e: unknown, policy: RetryPolicy): e is ApiError {
  const request = ctx.request;
  if (ctx.attempt >= policy.maxAttempts || !request || !isRetryableError(e)) return false;
  const hasClientToken = request.query.ClientToken !== undefined || request.body.ClientToken !== undefined;
  return isSafeToRepeat(ctx.action.action, hasClientToken, policy) || wasRefusedUnrun(e);
}

const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
