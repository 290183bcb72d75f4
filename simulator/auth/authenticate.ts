/**
 * Who is calling, and is the request genuine? Picks the signature scheme from the request
 * (an ACS3 Authorization header, else the v1 `Signature` query parameter), then checks, in the
 * cloud's order: the key exists, the timestamp is fresh, the signature matches, the nonce is new,
 * the security token belongs to the key. Each failure answers with the cloud's code.
 */
import { SimError } from '../errors';
import type { AccessKey } from './keys';
import type { NonceStore } from './nonces';
import type { SimRequest } from './request';
import { formPairs } from './request';
import { decodeQuery, sameSignature } from './canonical';
import { acs3Signature, acs3StringToSign, parseAuthorization } from './acs3';
import { v1Signature, v1StringToSign } from './v1';

export type SignatureKind = 'v3' | 'v1';

export interface Caller {
  readonly key: AccessKey;
  readonly signature: SignatureKind;
  /** All parameters (decoded query, then form body), protocol parameters included. */
  readonly pairs: Array<[string, string]>;
}

export interface AuthContext {
  readonly keys: ReadonlyMap<string, AccessKey>;
  readonly nonces: NonceStore;
  /** Real wall-clock time (signatures are checked against real time, not the simulated clock). */
  readonly nowMs: number;
  readonly maxSkewMs: number;
}

/** v1 protocol parameters: they are not business parameters of any action. */
export const V1_PROTOCOL_PARAMS: ReadonlySet<string> = new Set([
  'Action', 'Version', 'Format', 'Timestamp', 'SignatureNonce', 'SignatureMethod', 'SignatureVersion',
  'SignatureType', 'AccessKeyId', 'Signature', 'SecurityToken', 'RegionId_', 'BearerToken',
]);

export function authenticate(req: SimRequest, ctx: AuthContext): Caller {
  const query = decodeQuery(req.rawQuery);
  const pairs = [...query, ...formPairs(req)];
  const authorization = req.headers['authorization'];
  if (authorization) return authenticateAcs3(req, authorization, pairs, ctx);
  if (pairs.some(([k]) => k === 'Signature')) return authenticateV1(req, pairs, ctx);
  throw new SimError('MissingAccessKeyId', 'The request is not signed: send an ACS3 Authorization header or the v1 Signature/AccessKeyId query parameters.', 400);
}

function authenticateAcs3(req: SimRequest, header: string, pairs: Array<[string, string]>, ctx: AuthContext): Caller {
  const auth = parseAuthorization(header);
  const key = findKey(auth.accessKeyId, ctx);
  for (const h of ['x-acs-date', 'x-acs-signature-nonce']) {
    if (!auth.signedHeaders.includes(h) || !req.headers[h]) {
      throw new SimError('IncompleteSignature', `The header ${h} must be present and listed in SignedHeaders.`);
    }
  }
  checkTimestamp(req.headers['x-acs-date'] ?? '', 'x-acs-date', ctx);
  const stringToSign = acs3StringToSign(req, auth);
  if (!sameSignature(acs3Signature(key.secret, auth.algorithm, stringToSign), auth.signature)) throw mismatch(stringToSign);
  claimNonce(key, req.headers['x-acs-signature-nonce'] ?? '', ctx);
  const token = req.headers['x-acs-security-token'];
  if (token !== undefined && !auth.signedHeaders.includes('x-acs-security-token')) {
    throw new SimError('IncompleteSignature', 'The header x-acs-security-token must be listed in SignedHeaders.');
  }
  checkToken(key, token);
  return { key, signature: 'v3', pairs };
}

function authenticateV1(req: SimRequest, pairs: Array<[string, string]>, ctx: AuthContext): Caller {
  const get = (name: string): string | undefined => {
    let v: string | undefined;
    for (const [k, val] of pairs) if (k === name) v = val;
    return v;
  };
  const id = get('AccessKeyId');
  if (!id) throw new SimError('MissingAccessKeyId', 'The v1 signed request lacks the AccessKeyId parameter.');
  const key = findKey(id, ctx);
  const method = get('SignatureMethod');
  if (method !== 'HMAC-SHA1') {
    throw new SimError('InvalidSignatureMethod', `SignatureMethod must be HMAC-SHA1 for the v1 signature, got '${method ?? ''}'.`);
  }
  if (get('SignatureVersion') !== '1.0') throw new SimError('InvalidSignatureVersion', 'SignatureVersion must be 1.0.');
  const nonce = get('SignatureNonce');
  if (!nonce) throw new SimError('MissingSignatureNonce', 'The v1 signed request lacks the SignatureNonce parameter.');
  checkTimestamp(get('Timestamp') ?? '', 'Timestamp', ctx);
  const stringToSign = v1StringToSign(req.method, pairs);
  if (!sameSignature(v1Signature(key.secret, stringToSign), get('Signature') ?? '')) {
    // The v1 string to sign carries every value; passwords and tokens are masked in the answer.
    throw mismatch(v1StringToSign(req.method, pairs.map(([k, v]) => [k, SENSITIVE.test(k) ? '******' : v] as [string, string])));
  }
  claimNonce(key, nonce, ctx);
  checkToken(key, get('SecurityToken'));
  return { key, signature: 'v1', pairs };
}

/** Parameter names whose values never appear in an error message. */
const SENSITIVE = /password|secret|token|privatekey/i;

function findKey(id: string, ctx: AuthContext): AccessKey {
  const key = ctx.keys.get(id);
  if (!key) throw new SimError('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
  return key;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function checkTimestamp(value: string, name: string, ctx: AuthContext): void {
  if (!value) throw new SimError('MissingTimestamp', `The request lacks ${name}.`);
  if (!ISO_UTC.test(value)) {
    throw new SimError('InvalidTimeStamp.Format', `Specified time stamp or date value is not well formatted: ${name} must be ISO 8601 UTC like 2024-01-01T00:00:00Z.`);
  }
  const t = Date.parse(value);
  if (Math.abs(ctx.nowMs - t) > ctx.maxSkewMs) {
    throw new SimError('InvalidTimeStamp.Expired', `Specified time stamp or date value is expired: ${name} ${value} is more than ${Math.round(ctx.maxSkewMs / 60000)} minutes from the server time.`);
  }
}

function claimNonce(key: AccessKey, nonce: string, ctx: AuthContext): void {
  if (!ctx.nonces.claim(key.id, nonce, ctx.nowMs)) throw new SimError('SignatureNonceUsed', 'Specified signature nonce was used already.');
}

function checkToken(key: AccessKey, token: string | undefined): void {
  if (key.securityToken === undefined) {
    if (token) throw new SimError('InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey: this key is not an STS key.');
    return;
  }
  if (!token) throw new SimError('MissingSecurityToken', 'This AccessKey is a temporary (STS) key: the request must carry its security token.');
  if (token !== key.securityToken) throw new SimError('InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.');
}

function mismatch(stringToSign: string): SimError {
  return new SimError('SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`);
}
