/** The send step (the end of the pipeline): one HTTP exchange; no answer at all becomes an ApiError. */
import { ApiError } from '../errors';
import { TransportFailure, type HttpSender } from './http';
import type { RawResponse } from '../protocols/types';
import { scrubberOf, type Middleware } from './pipeline';

export interface SendStepOptions {
  http: HttpSender;
  timeoutMs: number;
}

export function sendStep(options: SendStepOptions): Middleware {
  // Not async: the exchange's own promise is the step's, one promise less per call.
  return function send(ctx) {
    const signed = ctx.signed!;
    const timeoutMs = ctx.options.timeoutMs ?? options.timeoutMs;
    let exchange: Promise<RawResponse>;
    try {
      exchange = options.http.send({
        method: ctx.request!.method,
        url: ctx.endpoint!.origin + signed.path,
        headers: signed.headers,
        body: signed.body,
        timeoutMs,
      });
    } catch (e) {
      exchange = Promise.reject(e); // a sender that throws instead of rejecting: handled the same way
    }
    return exchange.then(
      (raw) => {
        ctx.raw = raw;
      },
      (e: unknown) => {
        if (!(e instanceof TransportFailure)) throw e;
        throw new ApiError({
          code: e.code,
          message: scrubberOf(ctx)(e.message.includes(ctx.endpoint!.host) ? e.message : `${e.message} (${ctx.endpoint!.host})`),
          product: ctx.action.product.title,
          action: ctx.action.action,
          data: e.systemCode ? { systemCode: e.systemCode } : undefined,
        });
      },
    );
  };
}
