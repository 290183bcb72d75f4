/**
 * The v1 RPC signature (HMAC-SHA1 over the sorted, strictly encoded parameters of query and form
 * body, with the secret + '&' as key), sent as the `Signature` query parameter.
 */
import { hmacB64, pct, canonicalPairs } from './canonical';

export function v1StringToSign(method: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const canon = canonicalPairs(pairs.filter(([k]) => k !== 'Signature'));
  return `${method.toUpperCase()}&${pct('/')}&${pct(canon)}`;
}

export function v1Signature(secret: string, stringToSign: string): string {
  return hmacB64('sha1', `${secret}&`, stringToSign);
}
