/**
 * The report step, outermost in the pipeline: each call is one Allure step named `SWAS RunCommand`
 * holding the request and the response (or error) as JSON attachments, with a line per retried
 * attempt inside; and, when the client has a logger, one log line per call and per retry. Everything
 * shown passes through the redaction of `core/redact.ts`. Outside allure-jest, and without a logger,
 * it only calls the next step.
 */
import { ApiError } from '../errors';
import { scrubberOf, type CallContext, type CallObserver, type Middleware, type Next, type RetryNotice } from '../transport/pipeline';
import { activeAllure, type Allure } from './allure';
import { errorView, requestView, responseView } from './views';

/** Where the client writes its log lines (e.g. `console`, or a test's collector). */
export interface CallLogger {
  debug?(line: string): void;
  warn?(line: string): void;
}

export interface ReportStepOptions {
  logger?: CallLogger;
}

export function reportStep(options: ReportStepOptions): Middleware {
  const logger = options.logger;
  // Not async itself: with nothing to report to, a call pays one global read here, not an extra promise.
  return function report(ctx, next) {
    const allure = activeAllure();
    return allure || logger ? reported(ctx, next, allure, logger) : next();
  };
}

async function reported(ctx: CallContext, next: Next, allure: Allure | undefined, logger: CallLogger | undefined): Promise<void> {
  if (allure) ctx.observers.push(allureObserver(allure));
  if (logger) ctx.observers.push(logObserver(logger));
  const body = async (): Promise<void> => {
    try {
      await next();
    } catch (e) {
      const scrub = scrubberOf(ctx);
      if (allure) await attachJson(allure, 'error', errorView(ctx, e, scrub));
      logger?.warn?.(`${ctx.title} failed: ${scrub(e instanceof Error ? e.message : String(e))}`);
      throw e;
    }
    const view = responseView(ctx, scrubberOf(ctx));
    if (allure) await attachJson(allure, 'response', view);
    logger?.debug?.(
      `${ctx.title}: HTTP ${view?.status} in ${Math.round(view?.durationMs ?? 0)} ms, ${view?.attempts} attempt(s), RequestId ${view?.requestId || '-'}`,
    );
  };
  if (allure) await allure.step(ctx.title, body);
  else await body();
}

function allureObserver(allure: Allure): CallObserver {
  return {
    async sending(ctx) {
      if (ctx.attempt === 1) await attachJson(allure, 'request', requestView(ctx, scrubberOf(ctx)));
    },
    async retrying(ctx, notice) {
      await allure.logStep(retryLine(ctx, notice), allure.Status.BROKEN);
    },
  };
}

function logObserver(logger: CallLogger): CallObserver {
  return {
    retrying(ctx, notice) {
      logger.warn?.(`${ctx.title}: ${retryLine(ctx, notice)}`);
    },
  };
}

function retryLine(ctx: CallContext, { attempt, maxAttempts, error, delayMs }: RetryNotice): string {
  const what = error instanceof ApiError ? `${error.code}${error.status ? ` (HTTP ${error.status})` : ''}` : error.name;
  return `attempt ${attempt} of ${maxAttempts} failed: ${scrubberOf(ctx)(what)}; retrying in ${delayMs} ms`;
}

async function attachJson(allure: Allure, name: string, value: unknown): Promise<void> {
  if (value === undefined) return;
  await allure.attachment(name, JSON.stringify(value, null, 2), allure.ContentType.JSON);
}
