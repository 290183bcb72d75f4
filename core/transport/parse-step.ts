/** The parse step: turns the answer of each attempt into the ApiResponse, or the ApiError it describes. */
import { protocolFor } from '../protocols';
import { scrubberOf, type Middleware } from './pipeline';

export function parseStep(): Middleware {
  return async function parse(ctx, next) {
    ctx.raw = undefined;
    await next();
    const raw = ctx.raw!;
    const protocol = protocolFor(ctx.action.product.protocol);
    if (!protocol.parseResponse) throw new Error(`The '${protocol.name}' protocol has no response parser`);
    let scrubber: ((text: string) => string) | undefined;
    const parsed = protocol.parseResponse(raw, {
      product: ctx.action.product.title,
      action: ctx.action.action,
      scrub: (text) => (scrubber ??= scrubberOf(ctx))(text),
    });
    ctx.response = {
      body: parsed.body,
      status: raw.status,
      requestId: parsed.requestId,
      headers: raw.headers,
      durationMs: Math.round((performance.now() - ctx.startedAt) * 1000) / 1000,
      attempts: ctx.attempt,
    };
  };
}
