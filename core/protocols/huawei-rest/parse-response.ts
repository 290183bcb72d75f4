/**
 * A Huawei Cloud REST answer → its body, or the ApiError it describes. Statuses below 400 are
 * answers (a 204 has no body, a 307 carries its `Location` header, which the transport does not
 * follow). Error bodies are the envelope `{ error_code, error_msg, encoded_authorization_message,
 * details[] }`; the API gateway's own errors add `request_id`, and some services nest
 * `{ error: { code, message } }`. The request id is the `X-Request-Id` header.
 */
import { ApiError, type AccessDeniedDetail } from '../../errors';
import { scrubDeep } from '../../redact';
import type { ParseContext, ParsedResponse, RawResponse } from '../types';
import { excerpt, isRecord, text } from '../response-text';


export function parseHuaweiResponse(response: RawResponse, call: ParseContext): ParsedResponse {
  const requestIdHeader = response.headers['x-request-id'];
  const parsed = parseJson(response.body);
  if (response.status < 400) {
    if (parsed !== undefined || response.body.trim() === '') return { body: parsed ?? {}, requestId: requestIdHeader ?? '' };
    throw new ApiError({
      code: 'InvalidResponse',
      message: `the answer is not a JSON object: ${JSON.stringify(excerpt(response.body, call))}`,
      status: response.status,
      requestId: requestIdHeader,
      product: call.product,
      action: call.action,
      data: excerpt(response.body, call),
    });
  }
  if (!parsed) {
    throw new ApiError({
      code: 'HttpError',
      message: `the error answer is not JSON: ${JSON.stringify(excerpt(response.body, call)) || 'empty body'}`,
      status: response.status,
      requestId: requestIdHeader,
      product: call.product,
      action: call.action,
      data: excerpt(response.body, call),
      retryAfterMs: retryAfterOf(response),
    });
  }
  const nested = isRecord(parsed.error) ? parsed.error : undefined;
  const code = text(parsed.error_code) ?? text(nested?.code) ?? 'HttpError';
  const message = text(parsed.error_msg) ?? text(nested?.message) ?? '(no message)';
  throw new ApiError({
    code,
    message: call.scrub(message),
    status: response.status,
    requestId: requestIdHeader ?? text(parsed.request_id),
    product: call.product,
    action: call.action,
    ...accessDenied(parsed),
    data: scrubDeep(parsed, call.scrub),
    retryAfterMs: retryAfterOf(response),
  });
}

/** The authorization details of a denied request, when the answer has any. */
function accessDenied(body: Record<string, unknown>): { accessDeniedDetail?: AccessDeniedDetail } {
  const encoded = text(body.encoded_authorization_message);
  const details = Array.isArray(body.details) ? body.details : undefined;
  if (encoded === undefined && (!details || details.length === 0)) return {};
  return { accessDeniedDetail: { ...(encoded !== undefined ? { encodedAuthorizationMessage: encoded } : {}), ...(details ? { details } : {}) } };
}

/** `Retry-After` in seconds (HTTP), as milliseconds. */
function retryAfterOf(response: RawResponse): number | undefined {
  const raw = response.headers['retry-after'];
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function parseJson(body: string): Record<string, unknown> | undefined {
  if (body.trimStart()[0] !== '{') return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
