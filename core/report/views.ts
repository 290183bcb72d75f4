/**
 * What a person sees of a call in a report or a log: the request (method, URL without signature,
 * parameters, headers) and the response or error — every secret replaced by `***`.
 */
import { ApiError, ParameterError } from '../errors';
import { isSecretParam, REDACTED, redactBody, redactHeaders, redactParams, scrubDeep, type Scrubber } from '../redact';
import type { CallContext } from '../transport/pipeline';

export interface RequestView {
  method: string;
  url: string;
  params: Record<string, string>;
  body?: Record<string, string> | unknown;
  headers: Record<string, string>;
}

export function requestView(ctx: CallContext, scrub: Scrubber): RequestView | undefined {
  const { request, endpoint, signed } = ctx;
  if (!request || !endpoint) return undefined;
  const view: RequestView = {
    method: request.method,
    url: endpoint.origin + (signed ? displayPath(signed.path, ctx) : request.pathname),
    params: redactParams(request.query, ctx.model),
    headers: signed ? redactHeaders(signed.headers) : {},
  };
  if (Object.keys(request.body).length) view.body = redactParams(request.body, ctx.model);
  if (request.json !== undefined) view.body = request.json;
  return scrubDeep(view, scrub) as RequestView;
}

export interface ResponseView {
  status: number;
  requestId: string;
  durationMs: number;
  attempts: number;
  body: unknown;
}

export function responseView(ctx: CallContext, scrub: Scrubber): ResponseView | undefined {
  const r = ctx.response;
  if (!r) return undefined;
  return {
    status: r.status,
    requestId: r.requestId,
    durationMs: r.durationMs,
    attempts: r.attempts,
    body: scrubDeep(redactBody(r.body), scrub),
  };
}

export interface ErrorView {
  error: string;
  code?: string;
  status?: number;
  requestId?: string;
  message: string;
  attempts: number;
  durationMs: number;
  body?: unknown;
}

export function errorView(ctx: CallContext, e: unknown, scrub: Scrubber): ErrorView {
  const durationMs = Math.round(performance.now() - ctx.startedAt);
  if (e instanceof ApiError) {
    return {
      error: e.name,
      code: e.code,
      status: e.status,
      requestId: e.requestId,
      message: scrub(e.message),
      attempts: e.attempts,
      durationMs,
      ...(e.data === undefined ? {} : { body: scrubDeep(redactBody(e.data), scrub) }),
    };
  }
  const name = e instanceof Error ? e.name : 'Error';
  return {
    error: name,
    ...(e instanceof ParameterError ? { code: e.code } : {}),
    message: scrub(e instanceof Error ? e.message : String(e)),
    attempts: ctx.attempt,
    durationMs,
  };
}

/** The signed path with `Signature` dropped and secret parameters shown as `***`. */
function displayPath(path: string, ctx: CallContext): string {
  const q = path.indexOf('?');
  if (q < 0) return path;
  const shown: string[] = [];
  for (const pair of path.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    if (key === 'Signature') continue;
    shown.push(isSecretParam(key, ctx.model) ? `${pair.slice(0, eq)}=${REDACTED}` : pair);
  }
  return `${path.slice(0, q)}?${shown.join('&')}`;
}
