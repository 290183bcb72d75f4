/**
 * The Huawei Cloud REST protocol plug-in: parameters by declared location (lists in the query as
 * repeated keys), AK/SK `SDK-HMAC-SHA256` signatures, and the `error_code`/`error_msg` envelope.
 * Nothing here names a Huawei product: a product's descriptor picks this protocol by name.
 */
import { isMethodIdempotent } from '../idempotent-methods';
import type { WireProtocol } from '../types';
import { parseHuaweiResponse } from './parse-response';
import { serializeHuawei } from './serialize';
import { signHuawei } from './sign';

export const HUAWEI_REST = 'huawei-rest';

export const huaweiRest: WireProtocol = {
  name: HUAWEI_REST,
  serialize: serializeHuawei,
  sign: signHuawei,
  parseResponse: parseHuaweiResponse,
  isIdempotent: isMethodIdempotent,
};

export { signHuawei, stringToSign, hmacHex, sha256Hex, HUAWEI_ALGORITHM, type CanonicalParts } from './sign';
export { canonicalQuery, canonicalUri, sdkDate, parseSdkDate, queryPairs } from './encode';
export { huaweiEndpoint } from './endpoint';
export { parseHuaweiResponse } from './parse-response';
export { serializeHuawei } from './serialize';
