/**
 * A local HTTP server (127.0.0.1, any port) that records every request and answers as a test says:
 * shared by every test that needs to see exactly what a client (ours or an official SDK) puts on the wire.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  method: string;
  /** Path and raw query string, exactly as received. */
  url: string;
  /** Path without the query. */
  path: string;
  /** Decoded query parameters (URLSearchParams semantics). */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: string | object; delayMs?: number }
  /** Destroy the connection without answering. */
  | 'reset';

/** `n` is the 1-based number of the request. */
export type Responder = (req: Captured, n: number) => Reply;

export interface CaptureServer {
  url: string;
  /** `127.0.0.1:PORT`, as the official SDKs take their endpoint. */
  host: string;
  requests: Captured[];
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

export const okReply: Responder = (_req, n) => ({ body: { RequestId: `req-${n}` } });

export async function startCaptureServer(responder: Responder = okReply): Promise<CaptureServer> {
  const requests: Captured[] = [];
  let respond = responder;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '';
      const q = url.indexOf('?');
      const captured: Captured = {
        method: req.method ?? '',
        url,
        path: q < 0 ? url : url.slice(0, q),
        query: Object.fromEntries(new URLSearchParams(q < 0 ? '' : url.slice(q + 1))),
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(captured);
      const reply = respond(captured, requests.length);
      if (reply === 'reset') {
        req.socket.destroy();
        return;
      }
      const send = () => {
        const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json;charset=utf-8', ...reply.headers });
        res.end(body);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    respondWith(r) {
      respond = r;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The decoded query parameters of a captured request. */
export function queryOf(req: Captured): Record<string, string> {
  return req.query;
}
