/**
 * The call pipeline, after aws-sdk-js-v3's middleware stack: a call passes through small named
 * steps, each a function of the call context and the next step. `core/client.ts` lists the steps
 * in order, in one place; each step lives in its own module and can be tested alone.
 */
import type { BuildOptions, BuiltRequest } from '../builder/build-request';
import type { ActionSpec, ModelClass } from '../model/types';
import type { RawResponse, SignedRequest } from '../protocols/types';
import { createScrubber, sensitiveValues, type Scrubber } from '../redact';
import type { ApiResponse } from '../response';
import type { RetrySetting } from '../retry/policy';
import type { Endpoint } from './endpoint';

export interface CallOptions extends Omit<BuildOptions, 'clientToken'> {
  /**
   * ClientToken for actions that declare one: 'auto' = a fresh UUID (the API objects' default),
   * a string = that token, false = none. The same token goes with every attempt.
   */
  clientToken?: 'auto' | string | false;
  /** Per-attempt time limit for this call, in milliseconds (overrides the client's). */
  timeoutMs?: number;
  /** Retry setting for this call (overrides the client's): false, a number of attempts, or options. */
  retry?: RetrySetting;
}

/** What one call carries through the steps; each step fills in its part. */
export interface CallContext {
  readonly model: ModelClass;
  readonly action: ActionSpec;
  /** `SWAS RunCommand`: the step title in reports and the prefix of log lines. */
  readonly title: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly options: CallOptions;
  readonly startedAt: number;
  /** Set by the build step. */
  request?: BuiltRequest;
  endpoint?: Endpoint;
  /** 1-based number of the attempt under way. */
  attempt: number;
  /** Set by the sign step, per attempt. */
  signed?: SignedRequest;
  /** Set by the send step, per attempt. */
  raw?: RawResponse;
  /** Set by the parse step when the call succeeded. */
  response?: ApiResponse;
  /** Secret values met so far (AccessKey secret, token, signatures, sensitive parameter values). */
  readonly secrets: string[];
  /** Listeners for what happens inside the call (reporting, logging). */
  readonly observers: CallObserver[];
}

export interface RetryNotice {
  attempt: number;
  maxAttempts: number;
  error: Error;
  delayMs: number;
}

export interface CallObserver {
  /** An attempt was signed and is about to be sent. */
  sending?(ctx: CallContext): void | PromiseLike<void>;
  /** An attempt failed and another will follow after `delayMs`. */
  retrying?(ctx: CallContext, notice: RetryNotice): void | PromiseLike<void>;
}

export type Next = () => Promise<void>;
export type Middleware = (ctx: CallContext, next: Next) => Promise<void>;

/** Runs `steps` in order, each deciding when (and how often) to call the next. */
export function compose(steps: readonly Middleware[]): (ctx: CallContext) => Promise<void> {
  const run = (ctx: CallContext, i: number): Promise<void> => (i === steps.length ? Promise.resolve() : steps[i](ctx, () => run(ctx, i + 1)));
  return (ctx) => run(ctx, 0);
}

export function newCallContext(
  model: ModelClass,
  action: ActionSpec,
  params: Readonly<Record<string, unknown>>,
  options: CallOptions,
): CallContext {
  return {
    model,
    action,
    title: titleOf(action),
    params,
    options,
    startedAt: performance.now(),
    attempt: 0,
    secrets: [],
    observers: [],
  };
}

/** `SWAS RunCommand`, made once per action rather than once per call. */
const titles = new WeakMap<ActionSpec, string>();
function titleOf(action: ActionSpec): string {
  let title = titles.get(action);
  if (title === undefined) titles.set(action, (title = `${action.product.title} ${action.action}`));
  return title;
}

/**
 * A scrubber for everything known to be secret in this call so far (built on demand: the happy path
 * without a report never needs it). Kept until a new secret turns up: a reported call asks for it
 * for the request and again for the response, and building one encodes every secret five ways.
 */
export function scrubberOf(ctx: CallContext): Scrubber {
  const known = scrubbers.get(ctx);
  if (known && known.secrets === ctx.secrets.length && known.request === ctx.request) return known.scrub;
  const values = ctx.request ? sensitiveValues(ctx.request.query, ctx.model).concat(sensitiveValues(ctx.request.body, ctx.model)) : [];
  const scrub = createScrubber([...ctx.secrets, ...values]);
  scrubbers.set(ctx, { secrets: ctx.secrets.length, request: ctx.request, scrub });
  return scrub;
}

/** Per call: the last scrubber built, and what it was built from (secrets only ever get added). */
const scrubbers = new WeakMap<CallContext, { secrets: number; request: BuiltRequest | undefined; scrub: Scrubber }>();

export async function notify<K extends keyof CallObserver>(
  ctx: CallContext,
  event: K,
  ...args: Parameters<NonNullable<CallObserver[K]>> extends [CallContext, ...infer Rest] ? Rest : never
): Promise<void> {
  for (const o of ctx.observers) {
    const handler = o[event] as ((c: CallContext, ...a: unknown[]) => void | PromiseLike<void>) | undefined;
    if (handler) await handler.call(o, ctx, ...args);
  }
}
