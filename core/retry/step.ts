/**
 * The retry step: runs the rest of the pipeline (rate limit, sign, send, parse) once per attempt.
 * The built request — and so its ClientToken — is the same on every attempt; the signature is made
 * afresh each time (new date and nonce). Every ApiError leaving it carries `attempts`.
 */
import { ApiError } from '../errors';
import type { ActionSpec } from '../model/types';
import { protocolFor } from '../protocols';
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
    const earlier: string[] = [];
    for (;;) {
      ctx.attempt++;
      try {
        await next();
        return;
      } catch (e) {
        if (e instanceof ApiError) {
          e.attempts = ctx.attempt;
          if (earlier.length) e.noteEarlierAttempts(earlier);
        }
        const verdict = retryVerdict(ctx, e, policy);
        if (verdict !== 'retry') {
          if (verdict === 'unsafe' && e instanceof ApiError) e.noteNotRepeated();
          throw e;
        }
        const error = e as ApiError; // only ApiErrors are retried
        earlier.push(error.code);
        const delayMs = retryDelayMs(error, ctx.attempt, policy, options.random);
        await notify(ctx, 'retrying', { attempt: ctx.attempt, maxAttempts: policy.maxAttempts, error, delayMs });
        await sleep(delayMs);
      }
    }
  };
}

/** `unsafe`: the failure was retryable but the call may have run and is not safe to repeat. */
function retryVerdict(ctx: CallContext, e: unknown, policy: RetryPolicy): 'retry' | 'final' | 'unsafe' {
  const request = ctx.request;
  if (!request || !isRetryableError(e) || ctx.attempt >= policy.maxAttempts) return 'final';
  const hasClientToken = request.query.ClientToken !== undefined || request.body.ClientToken !== undefined;
  return isSafeToRepeat(isIdempotent(ctx.action), hasClientToken, policy) || wasRefusedUnrun(e) ? 'retry' : 'unsafe';
}

const idempotency = new WeakMap<ActionSpec, boolean>();

/** The model's fact when it states one, else the wire protocol's convention; read once per action. */
function isIdempotent(action: ActionSpec): boolean {
  let known = idempotency.get(action);
  if (known === undefined) {
    known = action.idempotent ?? protocolFor(action.product.protocol).isIdempotent?.(action) ?? false;
    idempotency.set(action, known);
  }
  return known;
}

const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
