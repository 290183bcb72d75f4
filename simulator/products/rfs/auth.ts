/**
 * Checks a request's Huawei AK/SK signature (`SDK-HMAC-SHA256`) from what arrived on the wire:
 * the raw path and query, the headers the Authorization names, the body's hash (or the
 * `X-Sdk-Content-Sha256` value a client sends instead, e.g. `UNSIGNED-PAYLOAD`), and an
 * `X-Sdk-Date` within the allowed skew. Temporary keys must carry their `X-Security-Token`.
 */
import { timingSafeEqual } from 'node:crypto';
import { HUAWEI_ALGORITHM, hmacHex, parseSdkDate, sha256Hex, stringToSign } from '../../../core/protocols/huawei-rest';
import type { AccessKey } from '../../auth/keys';
import type { SimRequest } from '../../auth/request';
import { rfsErrors } from './errors';

const AUTH = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/;

export function authenticateHuawei(req: SimRequest, keys: ReadonlyMap<string, AccessKey>, nowMs: number, maxSkewMs: number): AccessKey {
  const header = req.headers['authorization'];
  if (!header) throw rfsErrors.unauthorized('the Authorization header is missing');
  const m = AUTH.exec(header.trim());
  if (!m) throw rfsErrors.unauthorized(`the Authorization header is not '${HUAWEI_ALGORITHM} Access=…, SignedHeaders=…, Signature=…'`);
  const [, accessKeyId, signedNames, signature] = m;
  const key = keys.get(accessKeyId);
  if (!key) throw rfsErrors.unauthorized('the access key does not exist');
  const dateText = req.headers['x-sdk-date'] ?? '';
  const date = parseSdkDate(dateText);
  if (!date) throw rfsErrors.unauthorized('X-Sdk-Date is missing or not in the form YYYYMMDDTHHMMSSZ');
  if (Math.abs(nowMs - date.getTime()) > maxSkewMs) throw rfsErrors.unauthorized('the request has expired (X-Sdk-Date too far from the server time)');
  const names = signedNames.split(';');
  if (!names.includes('host') || !names.includes('x-sdk-date')) throw rfsErrors.unauthorized('host and x-sdk-date must be signed');
  const headers: Record<string, string> = {};
  for (const n of names) {
    const v = req.headers[n];
    if (v === undefined) throw rfsErrors.unauthorized(`the signed header ${n} is missing`);
    headers[n] = v;
  }
  const payloadHash = req.headers['x-sdk-content-sha256'] ?? sha256Hex(req.body);
  const query = [...new URLSearchParams(req.rawQuery)];
  const expected = hmacHex(key.secret, stringToSign({ method: req.method, pathname: req.path, query, headers, payloadHash }, dateText).stringToSign);
  if (!sameHex(expected, signature)) throw rfsErrors.unauthorized('verify aksk signature fail');
  if (key.securityToken !== undefined && req.headers['x-security-token'] !== key.securityToken) {
    throw rfsErrors.unauthorized('the security token of a temporary access key is missing or wrong');
  }
  return key;
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
