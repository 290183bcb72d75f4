/**
 * ACS3-HMAC-SHA256, the default signature of Alibaba Cloud RPC APIs (reference §2.2): an
 * `Authorization` header over the canonical request. Every header the request carries apart from
 * the transport's own (accept, user-agent, connection, content-length) is signed.
 */
import type { SignedRequest, SigningContext, SignInput } from '../types';
import { encodeBody } from './body';
import { hmacSha256Hex, sha256Hex } from './crypto';
import { canonicalQuery, isoSeconds } from './encode';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';
const EMPTY_SHA256 = sha256Hex('');

export function signAcs3(request: SignInput, { credentials, date, nonce }: SigningContext): SignedRequest {
  const body = encodeBody(request);
  const payloadHash = body ? sha256Hex(body.text) : EMPTY_SHA256;
  const signable: Record<string, string> = { host: request.host };
  for (const [name, value] of Object.entries(request.headers)) signable[name.toLowerCase()] = value;
  signable['x-acs-action'] = request.action;
  signable['x-acs-version'] = request.version;
  signable['x-acs-date'] = isoSeconds(date);
  signable['x-acs-signature-nonce'] = nonce;
  signable['x-acs-content-sha256'] = payloadHash;
  if (credentials.securityToken) {
    signable['x-acs-accesskey-id'] = credentials.accessKeyId;
    signable['x-acs-security-token'] = credentials.securityToken;
  }
  if (body) signable['content-type'] = body.contentType;

  const names = Object.keys(signable).sort();
  let canonicalHeaders = '';
  for (const n of names) canonicalHeaders += `${n}:${signable[n].trim()}\n`;
  const signedHeaders = names.join(';');
  const query = canonicalQuery(request.query);
  const canonicalRequest = `${request.method}\n${canonicalUri(request.pathname)}\n${query}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`;
  const stringToSign = `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
  const signature = hmacSha256Hex(credentials.accessKeySecret, stringToSign);

  signable.authorization = `${ACS3_ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return {
    path: query ? `${request.pathname}?${query}` : request.pathname,
    headers: signable,
    ...(body ? { body: body.text } : {}),
    signature,
  };
}

/** The path as the SDK canonicalizes it; RPC paths are `/`, REST paths arrive already encoded. */
function canonicalUri(pathname: string): string {
  if (pathname === '/') return pathname;
  return pathname.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}
