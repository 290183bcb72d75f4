/**
 * The HTTP leg: axios with keep-alive agents and no redirect following (measured ~2x cheaper per
 * call than axios defaults, see shared/reference/http-client-costs.md). It sends exactly the URL,
 * headers and body it is given — nothing added that a signer did not see except transport headers
 * — and returns the raw answer whatever its status. Failures without an answer become a
 * TransportFailure (`Timeout` or `NetworkError`), which the pipeline turns into an ApiError.
 */
import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { RawResponse } from '../protocols/types';

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
}

const passThrough = (data: unknown): unknown => data;

export function createHttpSender(options: HttpSenderOptions = {}): HttpSender {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64 };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  const instance: AxiosInstance = axios.create({
    httpAgent,
    httpsAgent,
    maxRedirects: 0,
    responseType: 'text',
    transformRequest: [passThrough],
    transformResponse: [passThrough],
    validateStatus: () => true,
    transitional: { clarifyTimeoutError: true },
    // Without proxy variables axios would still look them up on every request; decide once.
    ...(proxyConfigured() ? {} : { proxy: false as const }),
  });
  const fixed = { accept: 'application/json', 'user-agent': options.userAgent ?? `cloudcase Node.js/${process.version}` };

  return {
    async send(request) {
      let response: AxiosResponse<string>;
      try {
        response = await instance.request<string>({
          method: request.method,
          url: request.url,
          // Content-Type false: axios would otherwise add one to a body-less POST, unsigned.
          headers: { ...fixed, 'Content-Type': false, ...request.headers },
          data: request.body,
          timeout: request.timeoutMs,
        });
      } catch (e) {
        throw toTransportFailure(e, request.timeoutMs);
      }
      return { status: response.status, headers: plainHeaders(response.headers), body: typeof response.data === 'string' ? response.data : '' };
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

function proxyConfigured(): boolean {
  return ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].some((k) => !!process.env[k]);
}

function plainHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
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
