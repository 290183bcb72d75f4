/**
 * An axios adapter (axios's documented `adapter` extension point) that sends over node's own
 * `http.request` with the sender's keep-alive agents. axios stays the client — config merge, header
 * rules, interceptors, errors — and only the exchange itself is ours: axios's own http adapter costs
 * ~45–70 CPU µs more per request on loopback (URL parsing, two header copies, a redirect-capable
 * option set, an abort emitter, per-socket listeners, two timers; BENCHMARKS.md, issue 3).
 *
 * It covers what the sender sends — a string or Buffer body (or none) to an absolute http(s) URL,
 * a text answer, no redirects followed — and hands every other request to axios's own adapter
 * (`fallback`), so it never changes what axios would do with a feature it does not know.
 * What it does on the wire is what axios's adapter does with `maxRedirects: 0`, minus the
 * `Accept-Encoding` header (the official SDK sends none, so answers come uncompressed; one that
 * comes compressed anyway is still decompressed, as axios would).
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';

export interface NodeAdapterOptions {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
  /** What handles the requests this adapter does not cover (axios's own 'http' adapter). */
  fallback: AxiosAdapter;
}

interface Origin {
  transport: typeof http | typeof https;
  agent: http.Agent;
  hostname: string;
  port: string;
}

/** A path that `new URL()` would leave as it is (checked, so the bytes sent are the bytes given). */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;
/** A header value that axios's byte-string sanitizing would leave as it is. */
const PLAIN_VALUE = /^(?:[!-~](?:[\t -~]*[!-~])?)?$/;

export function createNodeAdapter(options: NodeAdapterOptions): AxiosAdapter {
  const origins = new Map<string, Origin | null>();
  const originOf = (key: string): Origin | null => {
    let o = origins.get(key);
    if (o === undefined) {
      o = parseOrigin(key, options);
      // A client talks to a handful of endpoints; cap it anyway so odd callers cannot grow it without end.
      if (origins.size > 256) origins.clear();
      origins.set(key, o);
    }
    return o;
  };

  return function nodeHttpAdapter(config) {
    const target = covered(config) ? split(config.url!) : undefined;
    const origin = target && originOf(target.origin);
    if (!target || !origin) return options.fallback(config);
    return exchange(config, origin, target.path);
  };
}

/** The request features this adapter implements; anything else goes to axios's own adapter. */
function covered(config: InternalAxiosRequestConfig): boolean {
  const data: unknown = config.data;
  return (
    typeof config.url === 'string' &&
    (data === undefined || data === null || typeof data === 'string' || Buffer.isBuffer(data)) &&
    config.maxRedirects === 0 &&
    config.proxy === false &&
    config.responseType === 'text' &&
    !config.baseURL &&
    !config.params &&
    !config.auth &&
    !config.signal &&
    !config.cancelToken &&
    !config.socketPath &&
    !config.onUploadProgress &&
    !config.onDownloadProgress &&
    !config.maxRate &&
    !config.transport &&
    !config.lookup &&
    !config.httpVersion &&
    config.responseEncoding === undefined &&
    config.decompress !== false &&
    !(typeof config.maxContentLength === 'number' && config.maxContentLength > -1) &&
    !(typeof config.maxBodyLength === 'number' && config.maxBodyLength > -1)
  );
}

function split(url: string): { origin: string; path: string } | undefined {
  const slashes = url.indexOf('://');
  if (slashes < 0) return undefined;
  const at = url.indexOf('/', slashes + 3);
  const path = at < 0 ? '/' : url.slice(at);
  if (!PLAIN_PATH.test(path)) return undefined; // let axios normalize it as it always has
  return { origin: at < 0 ? url : url.slice(0, at), path };
}

function parseOrigin(origin: string, options: NodeAdapterOptions): Origin | null {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return null;
  }
  // Credentials in the URL, or anything beyond scheme://host[:port], are axios's business.
  if (u.username || u.password || u.pathname !== '/' || u.search || u.hash || `${u.protocol}//${u.host}` !== origin) return null;
  const hostname = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
  if (u.protocol === 'http:') return { transport: http, agent: options.httpAgent, hostname, port: u.port };
  if (u.protocol === 'https:') return { transport: https, agent: options.httpsAgent, hostname, port: u.port };
  return null;
}

function exchange(config: InternalAxiosRequestConfig, origin: Origin, path: string): Promise<AxiosResponse<string>> {
  return new Promise((resolve, reject) => {
    const method = (config.method ?? 'get').toUpperCase();
    const headers = outgoingHeaders(config.headers);
    let data = config.data as string | Buffer | undefined | null;
    if (typeof data === 'string') data = Buffer.from(data, 'utf8');
    if (data && !hasHeader(headers, 'content-length')) headers['Content-Length'] = String(data.length);

    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const fail = (e: AxiosError): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      reject(e);
    };

    const req = origin.transport.request(
      {
        hostname: origin.hostname,
        port: origin.port,
        path,
        method,
        headers,
        agent: origin.agent,
        // An own false, as axios sets it: node's lenient parser stays off whatever the prototype says.
        insecureHTTPParser: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        // Node announces a connection lost mid-answer with 'aborted' before 'error'; axios reports that one.
        res.on('aborted', () => {
          const e = new AxiosError('stream has been aborted', AxiosError.ERR_BAD_RESPONSE, config, req);
          res.destroy(e);
          fail(e);
        });
        res.on('error', (err) => fail(AxiosError.from(err, undefined, config, req)));
        res.on('end', () => {
          if (settled) return;
          let body: string;
          const resHeaders = res.headers;
          try {
            const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            body = decode(raw, resHeaders, method, res.statusCode ?? 0);
          } catch (err) {
            fail(AxiosError.from(err as Error, undefined, config, req));
            return;
          }
          settled = true;
          if (timer) clearTimeout(timer);
          const response: AxiosResponse<string> = {
            data: body,
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            // As an AxiosHeaders already: axios wraps plain headers twice more (transformData, dispatchRequest).
            headers: new AxiosHeaders(resHeaders as Record<string, string | string[]>),
            config,
            request: req,
          };
          if (!config.validateStatus || config.validateStatus(response.status)) resolve(response);
          else reject(new AxiosError(`Request failed with status code ${response.status}`, AxiosError.ERR_BAD_RESPONSE, config, req, response));
        });
      },
    );
    req.on('error', (err) => fail(AxiosError.from(err, undefined, config, req)));
    const timeout = config.timeout ?? 0;
    if (timeout > 0) {
      // One wall-clock limit for the whole exchange (connect, send, answer).
      timer = setTimeout(() => {
        const e = new AxiosError(
          config.timeoutErrorMessage || `timeout of ${timeout}ms exceeded`,
          config.transitional?.clarifyTimeoutError ? AxiosError.ETIMEDOUT : AxiosError.ECONNABORTED,
          config,
          req,
        );
        fail(e);
        req.destroy(e);
      }, timeout);
    }
    if (data) req.end(data);
    else req.end();
  });
}

/** The headers axios resolved, as node wants them: no unset (false/null) ones, values as byte strings. */
function outgoingHeaders(given: InternalAxiosRequestConfig['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const source = given as unknown as Record<string, unknown>;
  for (const name of Object.keys(source)) {
    const v = source[name];
    if (v === undefined || v === null || v === false) continue;
    out[name] = Array.isArray(v) ? v.map((x) => byteString(String(x))) : byteString(String(v));
  }
  return out;
}

/** axios's header sanitizing (control characters and anything beyond latin1 dropped, SP/HTAB trimmed). */
function byteString(v: string): string {
  if (PLAIN_VALUE.test(v)) return v;
  return v.replace(/[^\t\x20-\x7e\x80-\xff]+/g, '').replace(/^[\t ]+|[\t ]+$/g, '');
}

function hasHeader(headers: Record<string, unknown>, lower: string): boolean {
  for (const name in headers) if (name.length === lower.length && name.toLowerCase() === lower) return true;
  return false;
}

/** The answer as text: decompressed if the server compressed it anyway, UTF-8, BOM dropped (axios's way). */
function decode(raw: Buffer, headers: http.IncomingHttpHeaders, method: string, status: number): string {
  const encoding = headers['content-encoding'];
  let bytes = raw;
  if (encoding) {
    if (method === 'HEAD' || status === 204) delete headers['content-encoding'];
    const inflated = inflate(raw, encoding.toLowerCase());
    if (inflated) {
      bytes = inflated;
      delete headers['content-encoding'];
    }
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function inflate(raw: Buffer, encoding: string): Buffer | undefined {
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
    case 'compress':
    case 'x-compress':
      return raw.length ? zlib.unzipSync(raw, flush) : raw;
    case 'deflate':
      // zlib-wrapped or raw deflate: axios accepts both
      if (!raw.length) return raw;
      return (raw[0] & 0x0f) === 8 ? zlib.unzipSync(raw, flush) : zlib.inflateRawSync(raw, flush);
    case 'br':
      return raw.length
        ? zlib.brotliDecompressSync(raw, {
            flush: zlib.constants.BROTLI_OPERATION_FLUSH,
            finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
          })
        : raw;
    default:
      return undefined;
  }
}
