/**
 * ACS3-HMAC-SHA256 (and -SM3): recomputes the signature from the request itself. The canonical
 * headers come from the request's own SignedHeaders list (it changes with STS, retries and the
 * credentials library), and the query is decoded then strictly re-encoded.
 */
import { SimError } from '../errors';
import type { SimRequest } from './request';
import { canonicalPairs, decodeQuery, hmacHex, sha256Hex } from './canonical';
import { createHash } from 'node:crypto';

export interface Acs3Authorization {
  readonly algorithm: string;
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const HEADER = /^(ACS3-[A-Z0-9-]+)\s+Credential=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/;
const HASHES: Readonly<Record<string, string>> = { 'ACS3-HMAC-SHA256': 'sha256', 'ACS3-HMAC-SM3': 'sm3' };

export function parseAuthorization(value: string): Acs3Authorization {
  const m = HEADER.exec(value.trim());
  if (!m) {
    throw new SimError('IncompleteSignature', 'The Authorization header must read "ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<h1;h2>,Signature=<hex>".');
  }
  const [, algorithm, accessKeyId, signed, signature] = m;
  if (!HASHES[algorithm]) {
    throw new SimError('InvalidSignatureMethod', `The signature algorithm ${algorithm} is not supported; use ACS3-HMAC-SHA256 or ACS3-HMAC-SM3.`);
  }
  return { algorithm, accessKeyId, signedHeaders: signed.toLowerCase().split(';').filter(Boolean), signature: signature.toLowerCase() };
}

/** The string the server signs for this request. */
export function acs3StringToSign(req: SimRequest, auth: Acs3Authorization): string {
  const hash = HASHES[auth.algorithm];
  const digest = (data: string): string => (hash === 'sha256' ? sha256Hex(data) : createHash(hash).update(data).digest('hex'));
  const headers = [...auth.signedHeaders].sort();
  const canonicalHeaders = headers.map((h) => `${h}:${(req.headers[h] ?? '').trim()}\n`).join('');
  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalUri(req.path),
    canonicalPairs(decodeQuery(req.rawQuery)),
    canonicalHeaders,
    headers.join(';'),
    digest(req.body),
  ].join('\n');
  return `${auth.algorithm}\n${digest(canonicalRequest)}`;
}

export function acs3Signature(secret: string, algorithm: string, stringToSign: string): string {
  return hmacHex(HASHES[algorithm] ?? 'sha256', secret, stringToSign);
}

function canonicalUri(path: string): string {
  const p = path || '/';
  return p.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}
