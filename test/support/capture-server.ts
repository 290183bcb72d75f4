/**
 * A tiny HTTP server on 127.0.0.1 that records every request and answers a fixed JSON body.
 * Used to see exactly what a client (ours or the official SDK) puts on the wire.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  method: string;
  url: string;
  path: string;
  /** Decoded query parameters (URLSearchParams semantics). */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CaptureServer {
  /** `127.0.0.1:PORT` (the SDKs' `endpoint` form). */
  host: string;
  url: string;
  requests: CapturedRequest[];
  close(): Promise<void>;
}

export async function startCaptureServer(answer: (req: CapturedRequest) => { status: number; body: unknown } = () => ({
  status: 200,
  body: { RequestId: 'CAPTURE-1' },
})): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const [path, qs = ''] = url.split(/\?(.*)/s);
      const captured: CapturedRequest = {
        method: req.method ?? '',
        url,
        path,
        query: Object.fromEntries(new URLSearchParams(qs)),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(captured);
      const { status, body } = answer(captured);
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** The wire's business parameters: the query minus what v1 signing adds. */
export function businessParams(query: Record<string, string>): Record<string, string> {
  const signing = new Set(['Action', 'Format', 'Version', 'Timestamp', 'SignatureNonce', 'SignatureMethod', 'SignatureVersion', 'AccessKeyId', 'Signature', 'SecurityToken']);
  return Object.fromEntries(Object.entries(query).filter(([k]) => !signing.has(k)));
}
