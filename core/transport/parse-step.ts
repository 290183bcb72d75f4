/** The parse step: turns the answer of each attempt into the ApiResponse, or the ApiError it describes. */
import { protocolFor } from '../protocols';
import { scrubberOf, type CallContext, type Middleware } from './pipeline';

export function parseStep(): Middleware {
  // Not async: the answer is read in a `then` of the send, one promise less per call.
  return function parse(ctx, next) {
    ctx.raw = undefined;
    let sent: Promise<void>;
    try {
      sent = next();
    } catch (e) {
      sent = Promise.reject(e);
    }
    return sent.then(() => read(ctx));
  };
}

function read(ctx: CallContext): void {
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
}
