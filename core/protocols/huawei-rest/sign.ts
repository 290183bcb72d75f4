/**
 * Huawei Cloud AK/SK signing, `SDK-HMAC-SHA256` (the algorithm of the official SDKs' AKSKSigner):
 *
 *   canonical request = method \n canonical URI \n canonical query \n canonical headers \n
 *                       signed header names \n hex(sha256(body))
 *   string to sign    = SDK-HMAC-SHA256 \n X-Sdk-Date \n hex(sha256(canonical request))
 *   Authorization     = SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex hmac>
 *
 * Every header sent apart from the transport's own (accept, user-agent, connection,
 * content-length) is signed, Host and X-Sdk-Date included. A security token (temporary
 * credentials) goes in `X-Security-Token`. Pure: the date comes from the signing context.
 */
import { createHash, createHmac } from 'node:crypto';
import type { SignedRequest, SigningContext, SignInput } from '../types';
import { canonicalQuery, canonicalUri, percentEncode, queryPairs, sdkDate } from './encode';

export const HUAWEI_ALGORITHM = 'SDK-HMAC-SHA256';

export interface CanonicalParts {
  method: string;
  /** The path as sent (percent-encoded). */
  pathname: string;
  query: ReadonlyArray<readonly [string, string]>;
  /** Lower-case names → values, exactly the headers to sign. */
  headers: Readonly<Record<string, string>>;
  payloadHash: string;
}

/** The string to sign for a request; the simulator verifies with the same function over what it received. */
export function stringToSign(parts: CanonicalParts, date: string): { stringToSign: string; signedHeaders: string } {
  const names = Object.keys(parts.headers).sort();
  const canonicalHeaders = names.map((n) => `${n}:${parts.headers[n]}\n`).join('');
  const signedHeaders = names.join(';');
  const canonical = [parts.method, canonicalUri(parts.pathname), canonicalQuery(parts.query), canonicalHeaders, signedHeaders, parts.payloadHash].join('\n');
  return { stringToSign: `${HUAWEI_ALGORITHM}\n${date}\n${sha256Hex(canonical)}`, signedHeaders };
}

export function hmacHex(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function signHuawei(request: SignInput, { credentials, date }: SigningContext): SignedRequest {
  const body = request.bodyType === 'json' ? JSON.stringify(request.json ?? {}) : undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  headers.host = request.host;
  headers['x-sdk-date'] = sdkDate(date);
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (credentials.securityToken) headers['x-security-token'] = credentials.securityToken;

  const pairs = queryPairs(request.query, request.queryLists);
  const signed = stringToSign(
    { method: request.method, pathname: request.pathname, query: pairs, headers, payloadHash: sha256Hex(body ?? '') },
    headers['x-sdk-date'],
  );
  const signature = hmacHex(credentials.accessKeySecret, signed.stringToSign);
  headers.authorization = `${HUAWEI_ALGORITHM} Access=${credentials.accessKeyId}, SignedHeaders=${signed.signedHeaders}, Signature=${signature}`;
  const query = pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  return {
    path: query ? `${request.pathname}?${query}` : request.pathname,
    headers,
    ...(body !== undefined ? { body } : {}),
    signature,
  };
}
