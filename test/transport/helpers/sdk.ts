/** The official SDK clients (devDependencies: the oracle), pointed at a local capture server. */
import { $OpenApiUtil } from '@alicloud/openapi-core';
import Swas from '@alicloud/swas-open20200601';
import Ecs from '@alicloud/ecs20140526';

export interface SdkOptions {
  host: string;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** 'v1' = the SDK's `signatureAlgorithm: 'v2'`, which sends the v1 HMAC-SHA1 RPC signature. */
  signature?: 'v3' | 'v1';
}

function config(o: SdkOptions): $OpenApiUtil.Config {
  return new $OpenApiUtil.Config({
    accessKeyId: o.accessKeyId,
    accessKeySecret: o.accessKeySecret,
    ...(o.securityToken ? { securityToken: o.securityToken } : {}),
    endpoint: o.host,
    protocol: 'HTTP',
    regionId: 'cn-hangzhou',
    ...(o.signature === 'v1' ? { signatureAlgorithm: 'v2' } : {}),
  });
}

export const sdkSwas = (o: SdkOptions): Swas => new Swas(config(o));
export const sdkEcs = (o: SdkOptions): Ecs => new Ecs(config(o));
