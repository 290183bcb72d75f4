/**
 * ACS3-HMAC-SHA256 over a RAW query string and body, so a fuzzer can send hostile wire input
 * (bad percent-encodings, duplicate keys, deep keys) that still passes authentication and reaches
 * the parameter decoder. The canonical query follows the protocol: the query is decoded
 * (application/x-www-form-urlencoded rules) and re-encoded strictly, keys sorted.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

const pct = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** Pairs decoded from a raw query; lone surrogates cannot occur (URLSearchParams yields well-formed text). */
function canonicalQuery(raw: string): string {
  return [...new URLSearchParams(raw)]
    .map(([k, v]) => [pct(k), pct(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export interface RawSignInput {
  port: number;
  action: string;
  version: string;
  rawQuery: string;
  /** A form body (sent as application/x-www-form-urlencoded), raw. */
  body?: string;
  accessKeyId: string;
  secret: string;
}

/** Header lines (name, value) for a signed POST `/?<rawQuery>`. */
export function signRaw(i: RawSignInput): Array<[string, string]> {
  const body = i.body ?? '';
  const headers: Record<string, string> = {
    host: `127.0.0.1:${i.port}`,
    'x-acs-action': i.action,
    'x-acs-version': i.version,
    'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': randomBytes(16).toString('hex'),
    'x-acs-content-sha256': sha256(body),
    ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
  };
  const names = Object.keys(headers).sort();
  const canonical = ['POST', '/', canonicalQuery(i.rawQuery), names.map((n) => `${n}:${headers[n].trim()}\n`).join(''), names.join(';'), sha256(body)].join('\n');
  const signature = createHmac('sha256', i.secret).update(`ACS3-HMAC-SHA256\n${sha256(canonical)}`).digest('hex');
  return [
    ...names.map((n) => [n, headers[n]] as [string, string]),
    ['authorization', `ACS3-HMAC-SHA256 Credential=${i.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`],
  ];
}
