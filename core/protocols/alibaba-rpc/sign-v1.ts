/**
 * The v1 RPC signature, HMAC-SHA1 (reference §2.3): common parameters and `Signature` in the
 * query string; no header is signed, so none but the transport's own is sent.
 */
import type { SignedRequest, SigningContext, SignInput } from '../types';
import { encodeBody } from './body';
import { hmacSha1Base64 } from './crypto';
import { canonicalQuery, isoSeconds, percentEncode } from './encode';

export function signV1(request: SignInput, { credentials, date, nonce }: SigningContext): SignedRequest {
  const body = encodeBody(request);
  const query: Record<string, string> = {
    ...request.query,
    Action: request.action,
    Version: request.version,
    Format: 'json',
    Timestamp: isoSeconds(date),
    SignatureNonce: nonce,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    AccessKeyId: credentials.accessKeyId,
  };
  if (credentials.securityToken) query.SecurityToken = credentials.securityToken;
  const wireQuery = canonicalQuery(query);
  // Form-body parameters are signed too (the SDK never sends one for SWAS or ECS).
  const signedQuery = request.bodyType === 'form' ? canonicalQuery({ ...query, ...request.body }) : wireQuery;
  const stringToSign = `${request.method}&%2F&${percentEncode(signedQuery)}`;
  const signature = hmacSha1Base64(`${credentials.accessKeySecret}&`, stringToSign);

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  if (body) headers['content-type'] = body.contentType;
  return {
    path: `${request.pathname}?${wireQuery}&Signature=${percentEncode(signature)}`,
    headers,
    ...(body ? { body: body.text } : {}),
    signature,
  };
}
