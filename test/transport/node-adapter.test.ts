/**
 * The sender's axios adapter over node http (core/transport/node-adapter.ts) must behave as axios's
 * own http adapter did: every scenario is sent through both (the second is what the sender uses when
 * an HTTP proxy is configured) and what the server received and what the caller got must be the
 * same — bytes on the wire, answers of any status, redirects not followed, decompression, failures.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import zlib from 'node:zlib';
import { createHttpSender, TransportFailure, type HttpRequest, type HttpSender } from '../../core/transport/http';
import type { RawResponse } from '../../core/protocols/types';

interface Seen {
  method?: string;
  url?: string;
  rawHeaders: string[];
  body: string;
}

let server: http.Server;
let origin: string;
let seen: Seen[] = [];
const sockets = new Set<Socket>();

/** Each path answers in its own way. */
function answer(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.sendDate = false; // the same bytes for both adapters
  const path = (req.url ?? '').split('?')[0];
  switch (path) {
    case '/json':
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'X-Acs-Request-Id': 'r-1' });
      res.end('{"RequestId":"r-1","Ok":true}');
      return;
    case '/redirect':
      res.writeHead(302, { location: `${origin}/json`, 'content-type': 'text/plain' });
      res.end('moved');
      return;
    case '/error':
      res.writeHead(503, { 'content-type': 'application/json', 'x-acs-retry-after': '20' });
      res.end('{"Code":"ServiceUnavailable","Message":"busy"}');
      return;
    case '/empty':
      res.writeHead(204);
      res.end();
      return;
    case '/dup':
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.setHeader('x-dup', ['one', 'two']);
      res.end('dup');
      return;
    case '/bom':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('\uFEFF{"a":"é中"}');
      return;
    case '/chunked':
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('part one, ');
      setImmediate(() => res.end('part two'));
      return;
    case '/gzip':
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync('{"zipped":true}'));
      return;
    case '/deflate':
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'deflate' });
      res.end(zlib.deflateSync('{"deflated":true}'));
      return;
    case '/hang':
      return; // never answers
    case '/reset':
      req.socket.destroy();
      return;
    case '/cut':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
      setTimeout(() => req.socket.destroy(), 20);
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html>not here</html>');
  }
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString('utf8') });
      answer(req, res);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

type Outcome = { ok: RawResponse; seen: Seen[] } | { failed: Pick<TransportFailure, 'name' | 'code' | 'message' | 'systemCode'>; seen: Seen[] };

async function outcome(sender: HttpSender, request: HttpRequest): Promise<Outcome> {
  seen = [];
  try {
    const ok = await sender.send(request);
    return { ok, seen };
  } catch (e) {
    if (!(e instanceof TransportFailure)) throw e;
    return { failed: { name: e.name, code: e.code, message: e.message, systemCode: e.systemCode }, seen };
  }
}

/** Sends through both adapters (fresh senders: no socket shared) and returns both outcomes. */
async function both(request: (origin: string) => HttpRequest): Promise<[Outcome, Outcome]> {
  const node = createHttpSender();
  const viaAxios = createHttpSender({ axiosHttpAdapter: true });
  try {
    return [await outcome(node, request(origin)), await outcome(viaAxios, request(origin))];
  } finally {
    node.close();
    viaAxios.close();
  }
}

const SIGNED = {
  host: 'placeholder',
  'x-acs-action': 'RunCommand',
  'x-acs-version': '2020-06-01',
  'x-acs-date': '2026-11-22T16:24:52Z',
  authorization: 'ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host;x-acs-action,Signature=abc',
};

function signedHeaders(o: string): Record<string, string> {
  return { ...SIGNED, host: new URL(o).host };
}

describe('node http adapter vs axios http adapter', () => {
  it.each([
    ['a body-less POST with a query', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/json?A=1&B=%20x%2A(y)!~`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a GET', (o: string): HttpRequest => ({ method: 'GET', url: `${o}/json?Action=ListKeyPairs`, headers: signedHeaders(o), timeoutMs: 5000 })],
    [
      'a form body with its own content-type and non-ASCII text',
      (o: string): HttpRequest => ({
        method: 'POST',
        url: `${o}/json`,
        headers: { ...signedHeaders(o), 'content-type': 'application/x-www-form-urlencoded' },
        body: 'CommandContent=%E4%B8%AD%20a&Raw=中文é',
        timeoutMs: 5000,
      }),
    ],
    [
      'header values axios sanitizes (latin1 kept, beyond latin1 and controls dropped, ends trimmed)',
      (o: string): HttpRequest => ({ method: 'POST', url: `${o}/json`, headers: { ...signedHeaders(o), 'x-acs-note': '  café 中 \u0007ok  ' }, timeoutMs: 5000 }),
    ],
    ['a URL path axios normalizes (raw space, quote)', (o: string): HttpRequest => ({ method: 'GET', url: `${o}/json?q=a b"c`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a 302, returned and not followed', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/redirect`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a 503 with a JSON error', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/error`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a 404 HTML page', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/nowhere`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a 204 without body', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/empty`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['repeated answer headers', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/dup`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a body starting with a BOM', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/bom`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a chunked answer', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/chunked`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a gzip answer nobody asked for', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/gzip`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a deflate answer nobody asked for', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/deflate`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['no answer within the time limit', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/hang`, headers: signedHeaders(o), timeoutMs: 150 })],
    ['a connection reset before the answer', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/reset`, headers: signedHeaders(o), timeoutMs: 5000 })],
    ['a connection cut in the middle of the answer', (o: string): HttpRequest => ({ method: 'POST', url: `${o}/cut`, headers: signedHeaders(o), timeoutMs: 5000 })],
  ])('%s: the same exchange', async (_title, request) => {
    const [node, viaAxios] = await both(request);
    expect(node).toEqual(viaAxios);
  });

  it('sends no Accept-Encoding, nor a Content-Type the request did not have', async () => {
    const [node] = await both((o) => ({ method: 'POST', url: `${o}/json`, headers: signedHeaders(o), timeoutMs: 5000 }));
    const names = node.seen[0].rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
    expect(names).not.toContain('accept-encoding');
    expect(names).not.toContain('content-type');
    expect(names.sort()).toEqual(['accept', 'authorization', 'connection', 'content-length', 'host', 'user-agent', 'x-acs-action', 'x-acs-date', 'x-acs-version']);
  });

  it('a refused connection is the same NetworkError', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const request = (): HttpRequest => ({ method: 'POST', url: `http://127.0.0.1:${port}/`, headers: { host: `127.0.0.1:${port}` }, timeoutMs: 5000 });
    const node = createHttpSender();
    const viaAxios = createHttpSender({ axiosHttpAdapter: true });
    const a = await outcome(node, request());
    const b = await outcome(viaAxios, request());
    node.close();
    viaAxios.close();
    expect(a).toEqual(b);
    expect(a).toMatchObject({ failed: { code: 'NetworkError', systemCode: 'ECONNREFUSED' } });
  });
});

describe('with an HTTP proxy configured', () => {
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY, no_proxy: process.env.no_proxy };
  let proxy: http.Server;
  let proxied: Seen[] = [];

  beforeAll(async () => {
    proxy = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        proxied.push({ method: req.method, url: req.url, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"via":"proxy"}');
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  it('goes through the proxy (axios handles proxies), still without Accept-Encoding', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    delete process.env.NO_PROXY;
    delete process.env.no_proxy;
    const sender = createHttpSender(); // the proxy is read when the sender is made
    proxied = [];
    seen = [];
    try {
      const res = await sender.send({ method: 'POST', url: `${origin}/json?A=1`, headers: signedHeaders(origin), timeoutMs: 5000 });
      expect(res.body).toBe('{"via":"proxy"}');
    } finally {
      sender.close();
    }
    expect(seen).toEqual([]); // the target itself heard nothing
    expect(proxied).toHaveLength(1);
    expect(proxied[0].url).toBe(`${origin}/json?A=1`); // forward-proxy form: the absolute URL
    const names = proxied[0].rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['host', 'x-acs-action', 'authorization']));
    expect(names).not.toContain('accept-encoding');
  });
});
