/**
 * A raw HTTP/1.1 exchange over a TCP socket: the request goes out byte for byte as given (bad
 * request lines, absurd Content-Length, non-UTF-8 bytes — things fetch/axios refuse to send), and
 * the answer is parsed just enough to check its status and JSON body. A deadline turns a hang
 * into a failure instead of a stuck test.
 */
import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  /** The body text ('' when none). */
  text: string;
}

export interface RawRequest {
  method?: string;
  /** The request target exactly as sent, e.g. `/?Action=X` (may hold any bytes). */
  target?: string | Buffer;
  /** Header lines as [name, value] (bytes as given); Host and Connection: close are added unless present. */
  headers?: Array<[string, string | Buffer]>;
  body?: string | Buffer;
  /** Content-Length to announce (default: the body's length; 'none' = no header). */
  contentLength?: number | string | 'none';
}

export class HangError extends Error {}

export function rawRequest(port: number, r: RawRequest, deadlineMs = 5000): Promise<RawAnswer> {
  const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : (r.body ?? Buffer.alloc(0));
  const lines: Buffer[] = [Buffer.concat([Buffer.from(`${r.method ?? 'POST'} `), toBuf(r.target ?? '/'), Buffer.from(' HTTP/1.1\r\n')])];
  const headers = r.headers ?? [];
  const has = (name: string): boolean => headers.some(([k]) => k.toLowerCase() === name);
  if (!has('host')) lines.push(Buffer.from(`Host: 127.0.0.1:${port}\r\n`));
  if (!has('connection')) lines.push(Buffer.from('Connection: close\r\n'));
  for (const [k, v] of headers) lines.push(Buffer.concat([Buffer.from(`${k}: `), toBuf(v), Buffer.from('\r\n')]));
  const cl = r.contentLength ?? body.length;
  if (cl !== 'none' && !has('content-length')) lines.push(Buffer.from(`Content-Length: ${cl}\r\n`));
  lines.push(Buffer.from('\r\n'), body);
  const wire = Buffer.concat(lines);

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new HangError(`no complete answer within ${deadlineMs} ms to ${describe(wire)}`));
    }, deadlineMs);
    socket.on('data', (d) => {
      chunks.push(d);
      const parsed = parse(Buffer.concat(chunks));
      if (parsed) {
        clearTimeout(timer);
        socket.destroy();
        resolve(parsed);
      }
    });
    socket.on('error', () => undefined); // the server may close first (after answering); 'close' decides
    socket.on('close', () => {
      clearTimeout(timer);
      const parsed = parse(Buffer.concat(chunks), true);
      if (parsed) resolve(parsed);
      else reject(new Error(`connection closed without a complete HTTP answer to ${describe(wire)} (got ${JSON.stringify(Buffer.concat(chunks).toString('latin1').slice(0, 200))})`));
    });
    socket.write(wire);
  });
}

function toBuf(v: string | Buffer): Buffer {
  return typeof v === 'string' ? Buffer.from(v, 'latin1') : v;
}

function describe(wire: Buffer): string {
  return JSON.stringify(wire.toString('latin1').slice(0, 300));
}

/** A complete answer (headers + Content-Length bytes, or chunked up to the last chunk), or undefined. */
function parse(buf: Buffer, atClose = false): RawAnswer | undefined {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const head = buf.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(head[0]);
  if (!m) return undefined;
  const headers: Record<string, string> = {};
  for (const line of head.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  const rest = buf.subarray(end + 4);
  if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    if (rest.length < n) return undefined;
    return { status: Number(m[1]), headers, text: rest.subarray(0, n).toString('utf8') };
  }
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    let at = 0;
    const parts: Buffer[] = [];
    for (;;) {
      const eol = rest.indexOf('\r\n', at);
      if (eol < 0) return undefined;
      const size = parseInt(rest.subarray(at, eol).toString('latin1'), 16);
      if (size === 0) return { status: Number(m[1]), headers, text: Buffer.concat(parts).toString('utf8') };
      if (rest.length < eol + 2 + size) return undefined;
      parts.push(rest.subarray(eol + 2, eol + 2 + size));
      at = eol + 2 + size + 2;
    }
  }
  // no length: the body ends when the server closes the connection
  return atClose ? { status: Number(m[1]), headers, text: rest.toString('utf8') } : undefined;
}
