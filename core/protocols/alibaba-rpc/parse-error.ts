/**
 * An Alibaba Cloud RPC answer → its body, or the ApiError it describes (reference §3). Statuses
 * 400–599 are errors, as the SDK has it. Error bodies are JSON (`{ RequestId, Code, Message,
 * Recommend, HostId, AccessDeniedDetail }`), rarely XML; a body that is neither — an HTML page from a
 * gateway — still gives an ApiError with the status and a short excerpt.
 */
import { ApiError, type AccessDeniedDetail } from '../../errors';
import { scrubDeep } from '../../redact';
import type { ParseContext, ParsedResponse, RawResponse } from '../types';
import { excerpt, isRecord, text } from '../response-text';


export function parseRpcResponse(response: RawResponse, call: ParseContext): ParsedResponse {
  const failed = response.status >= 400 && response.status < 600;
  const parsed = parseBody(response);
  if (!failed) {
    if (parsed) return { body: parsed, requestId: requestIdOf(parsed, response) };
    throw new ApiError({
      code: 'InvalidResponse',
      message: `the answer is not a JSON object${describeBody(response, call)}`,
      status: response.status,
      requestId: response.headers['x-acs-request-id'],
      product: call.product,
      action: call.action,
      data: excerpt(response.body, call),
    });
  }
  if (!parsed) {
    throw new ApiError({
      code: 'HttpError',
      message: `the error answer is not JSON${describeBody(response, call)}`,
      status: response.status,
      requestId: response.headers['x-acs-request-id'],
      product: call.product,
      action: call.action,
      data: excerpt(response.body, call),
      retryAfterMs: retryAfterOf(response),
    });
  }
  const pick = (a: string, b: string): string | undefined => {
    const v = text(parsed[a] ?? parsed[b]);
    return v === undefined ? undefined : call.scrub(v);
  };
  const detail = parsed.AccessDeniedDetail ?? parsed.accessDeniedDetail;
  return throwApiError({
    code: pick('Code', 'code') ?? 'HttpError',
    message: pick('Message', 'message') ?? '(no message)',
    status: response.status,
    requestId: requestIdOf(parsed, response) || undefined,
    product: call.product,
    action: call.action,
    recommend: pick('Recommend', 'recommend'),
    hostId: pick('HostId', 'hostId'),
    ...(isRecord(detail) ? { accessDeniedDetail: scrubDeep(detail, call.scrub) as AccessDeniedDetail } : {}),
    data: scrubDeep(parsed, call.scrub),
    retryAfterMs: retryAfterOf(response),
  });
}

function throwApiError(init: ConstructorParameters<typeof ApiError>[0]): never {
  throw new ApiError(init);
}

function parseBody(response: RawResponse): Record<string, unknown> | undefined {
  const body = response.body;
  const first = body.trimStart()[0];
  if (first === '{') {
    try {
      const value: unknown = JSON.parse(body);
      return isRecord(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }
  if (first === '<' && /xml/i.test(response.headers['content-type'] ?? '') && /<Error>/.test(body)) return parseXmlError(body);
  return undefined;
}

/** The few flat fields of an XML `<Error>` body; no XML library needed for that. */
function parseXmlError(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const tag of ['Code', 'Message', 'RequestId', 'Recommend', 'HostId']) {
    const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body);
    if (m) out[tag] = m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/, '$1').trim();
  }
  return out;
}

function requestIdOf(body: Record<string, unknown>, response: RawResponse): string {
  return text(body.RequestId ?? body.requestId) ?? response.headers['x-acs-request-id'] ?? '';
}

/** `x-acs-retry-after`, in milliseconds, when the server asks for a pause (throttling). */
function retryAfterOf(response: RawResponse): number | undefined {
  const raw = response.headers['x-acs-retry-after'];
  if (raw === undefined) return undefined;
  const ms = Number.parseInt(raw, 10);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

function describeBody(response: RawResponse, call: ParseContext): string {
  const type = response.headers['content-type'];
  const shown = excerpt(response.body, call);
  return `${type ? ` (content-type ${type})` : ''}: ${shown ? JSON.stringify(shown) : 'empty body'}`;
}
