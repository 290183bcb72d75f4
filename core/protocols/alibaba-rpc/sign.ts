/** Chooses the Alibaba RPC signature by `signatureVersion`: 'v3' (ACS3-HMAC-SHA256, default) or 'v1' (HMAC-SHA1). */
import type { SignedRequest, SigningContext, SignInput } from '../types';
import { signAcs3 } from './sign-acs3';
import { signV1 } from './sign-v1';

export const SIGNATURE_VERSIONS = ['v3', 'v1'] as const;
export type SignatureVersion = (typeof SIGNATURE_VERSIONS)[number];

export function signRpc(request: SignInput, context: SigningContext): SignedRequest {
  switch (context.signatureVersion) {
    case 'v3':
      return signAcs3(request, context);
    case 'v1':
      return signV1(request, context);
    default:
      throw new Error(`Unknown signatureVersion '${context.signatureVersion}' for Alibaba Cloud RPC; use 'v3' (ACS3-HMAC-SHA256) or 'v1' (HMAC-SHA1)`);
  }
}
