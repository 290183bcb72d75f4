/**
 * The HTTP leg: axios with keep-alive agents and no redirect following (measured ~2x cheaper per
 * call than axios defaults, see shared/reference/http-client-costs.md), sending through a thin
 * axios adapter over node's http (transport/node-adapter.ts; axios's own http adapter handles what
 * that one does not cover, e.g. an HTTP(S)_PROXY). It sends exactly the URL, headers and body it is
 * given — nothing added that a signer did not see except transport headers (no Accept-Encoding:
 * the official SDK sends none) — and returns the raw answer whatever its status. Failures without
 * an answer become a TransportFailure (`Timeout` or `NetworkError`), which the pipeline turns into
 * an ApiError.
 */
import http from 'node:http';
import https from 'node:https';
import { Axios, getAdapter, type AxiosAdapter, type AxiosResponse } from 'axios';
import type { RawResponse } from '../protocols/types';
import { createNodeAdapter } from './node-adapter';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface HttpSender {
  send(request: HttpRequest): Promise<RawResponse>;
  /** Closes idle keep-alive connections. */
  close(): void;
}

export type TransportFailureCode = 'Timeout' | 'NetworkError';

export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    readonly code: TransportFailureCode,
    message: string,
    /** The system error code, e.g. ECONNRESET, when there is one. */
    readonly systemCode?: string,
  ) {
    super(message);
  }
}

export interface HttpSenderOptions {
  /** Most sockets per host (default 64). */
  maxSockets?: number;
  userAgent?: string;
  /**
   * Send through axios's own 'http' adapter only, as with a proxy configured (for tests that compare
   * the two adapters). Default false.
   */
  axiosHttpAdapter?: boolean;
}

/**
 * The keep-alive probe delay. axios's own http adapter (used behind a proxy) sets 60 s on every
 * request's socket; the agent sets its own `keepAliveMsecs` each time it takes a socket back. With
 * different values every request resets keep-alive twice (8 setsockopt system calls, counted with
 * strace); with the same value none. The node adapter leaves keep-alive to the agent.
 */
const KEEP_ALIVE_MS = 60_000;

export function createHttpSender(options: HttpSenderOptions = {}): HttpSender {
  const agentOptions = { keepAlive: true, keepAliveMsecs: KEEP_ALIVE_MS, maxSockets: options.maxSockets ?? 64 };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  // A bare `Axios` with only the settings used, instead of `axios.create()`: axios merges the
  // instance defaults into every request's config key by key (headers deeply), and the global
  // defaults add a dozen keys, default header groups and JSON transforms that this sender never
  // uses (its bodies are strings, its answers text). Measured ~35 µs less per call.
  const viaProxy = proxyConfigured();
  const axiosAdapter = withoutAcceptEncoding(getAdapter('http'));
  const instance = new Axios({
    adapter: options.axiosHttpAdapter ? axiosAdapter : createNodeAdapter({ httpAgent, httpsAgent, fallback: axiosAdapter }),
    httpAgent,
    httpsAgent,
    maxRedirects: 0,
    responseType: 'text',
    validateStatus: acceptAnyStatus,
    transitional: { clarifyTimeoutError: true },
    // Without proxy variables axios would still look them up on every request; decide once.
    ...(viaProxy ? {} : { proxy: false as const }),
  });
  const accept = 'application/json';
  const userAgent = options.userAgent ?? `cloudcase Node.js/${process.version}`;

  return {
    send(request) {
      const headers: Record<string, string | false> = { accept, 'user-agent': userAgent };
      let typed = false;
      for (const name in request.headers) {
        headers[name] = request.headers[name];
        typed ||= name.length === 12 && name.toLowerCase() === 'content-type';
      }
      // Content-Type false: axios would otherwise add one to a body-less POST, unsigned. Only when
      // the request has none: axios keeps a `false` over any later value of the same header.
      if (!typed) headers['Content-Type'] = false;
      return instance
        .request<unknown>({
          method: request.method,
          url: request.url,
          headers,
          data: request.body,
          timeout: request.timeoutMs,
        })
        .then(toRawResponse, (e: unknown) => {
          throw toTransportFailure(e, request.timeoutMs);
        });
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

const acceptAnyStatus = (): boolean => true;

/**
 * axios's own adapter asks for gzip/br unless the header is unset on purpose; the official SDK asks
 * for no encoding, and so does the node adapter, so both paths send the same headers.
 */
function withoutAcceptEncoding(adapter: AxiosAdapter): AxiosAdapter {
  return (config) => {
    config.headers.set('Accept-Encoding', false);
    return adapter(config);
  };
}

function proxyConfigured(): boolean {
  return ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].some((k) => !!process.env[k]);
}

function toRawResponse(response: AxiosResponse<unknown>): RawResponse {
  return { status: response.status, headers: plainHeaders(response.headers), body: typeof response.data === 'string' ? response.data : '' };
}

function plainHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(headers)) {
    const v: unknown = headers[k];
    if (v !== undefined && v !== null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

/** Only the error's code and a message without URL or headers: axios errors carry the signed request. */
function toTransportFailure(e: unknown, timeoutMs: number): TransportFailure {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
  if (code === 'ETIMEDOUT') {
    return new TransportFailure('Timeout', `no answer within ${timeoutMs} ms`, code);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new TransportFailure('NetworkError', code && !message.includes(code) ? `${code}: ${message}` : message, code);
}
