/**
 * An independent signature verifier, written from the protocol reference (§2.4) with node crypto
 * only — it shares no code with the signers under test. It checks a request as a server would:
 * from the wire bytes it received.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Captured } from '../../support/capture-server';

const pct = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const sha256hex = (s: string): string => createHash('sha256').update(s).digest('hex');
const sortPairs = (pairs: string[][]): string[][] => [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

function split(url: string): { path: string; qs: string } {
  const i = url.indexOf('?');
  return i < 0 ? { path: url, qs: '' } : { path: url.slice(0, i), qs: url.slice(i + 1) };
}

export function verifyAcs3(req: Captured, secret: string): boolean {
  const auth = String(req.headers.authorization ?? '');
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/.exec(auth);
  if (!m) return false;
  const [, , signedHeaders, signature] = m;
  const { path, qs } = split(req.url);
  const cq = sortPairs([...new URLSearchParams(qs)].map(([k, v]) => [pct(k), pct(v)]))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const ch = signedHeaders
    .split(';')
    .map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`)
    .join('');
  const payload = sha256hex(req.body || '');
  if (req.headers['x-acs-content-sha256'] !== payload) return false;
  const cr = [req.method, path || '/', cq, ch, signedHeaders, payload].join('\n');
  const expected = createHmac('sha256', secret).update('ACS3-HMAC-SHA256\n' + sha256hex(cr)).digest('hex');
  return expected === signature;
}

export function verifyV1(req: Captured, secret: string): boolean {
  const { qs } = split(req.url);
  const pairs = [...new URLSearchParams(qs)];
  if (req.body && String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    pairs.push(...new URLSearchParams(req.body));
  }
  const signature = pairs.find(([k]) => k === 'Signature')?.[1];
  if (!signature) return false;
  const canon = sortPairs(pairs.filter(([k]) => k !== 'Signature').map(([k, v]) => [pct(k), pct(v)]))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const expected = createHmac('sha1', secret + '&')
    .update(`${req.method}&${pct('/')}&${pct(canon)}`)
    .digest('base64');
  return expected === signature;
}

/** Which scheme a request uses, by what it carries. */
export function verify(req: Captured, secret: string): boolean {
  return req.headers.authorization ? verifyAcs3(req, secret) : verifyV1(req, secret);
}

/** The same request with one query value changed on the wire (to show a verifier rejects it). */
export function tamper(req: Captured, key: string, value: string): Captured {
  const { path, qs } = split(req.url);
  const params = new URLSearchParams(qs);
  if (!params.has(key)) throw new Error(`no query parameter ${key} to tamper with`);
  const raw = qs
    .split('&')
    .map((pair) => (decodeURIComponent(pair.split('=')[0]) === key ? `${pair.split('=')[0]}=${pct(value)}` : pair))
    .join('&');
  return { ...req, url: `${path}?${raw}` };
}
