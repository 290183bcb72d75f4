/** The Alibaba Cloud RPC protocol plug-in: query-string parameters, ACS3/v1 signatures, JSON errors. */
import type { WireProtocol } from '../types';
import { isRpcActionIdempotent } from './idempotency';
import { parseRpcResponse } from './parse-error';
import { serializeRpc } from './serialize';
import { signRpc } from './sign';

export const alibabaRpc: WireProtocol = {
  name: 'alibaba-rpc',
  serialize: serializeRpc,
  sign: signRpc,
  parseResponse: parseRpcResponse,
  isIdempotent: isRpcActionIdempotent,
};

export { signAcs3, ACS3_ALGORITHM } from './sign-acs3';
export { signV1 } from './sign-v1';
export { SIGNATURE_VERSIONS, type SignatureVersion } from './sign';
export { percentEncode, canonicalQuery } from './encode';
