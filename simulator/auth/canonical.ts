/**
 * The strict percent-encoding both Alibaba signatures use, and the canonical query built from the
 * decoded request. The SDK's wire encoding is looser (it leaves `*()!~` raw), so the server always
 * decodes first and re-encodes strictly; signing the raw bytes would reject correct clients.
 */
import { createHash, createHmac } from 'node:crypto';

const EXTRA = /[!'()*]/g;

export function pct(s: string): string {
  return encodeURIComponent(s).replace(EXTRA, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Decoded pairs of a raw query string, in wire order. A key given twice keeps its last value. */
export function decodeQuery(raw: string): Array<[string, string]> {
  return [...new URLSearchParams(raw)];
}

export function canonicalPairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs
    .map(([k, v]) => [pct(k), pct(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
export const hmacHex = (algo: string, key: string, data: string): string => createHmac(algo, key).update(data).digest('hex');
export const hmacB64 = (algo: string, key: string, data: string): string => createHmac(algo, key).update(data).digest('base64');

/** Constant-time comparison of two signatures. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}
