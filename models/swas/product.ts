/** Simple Application Server (SWAS), Alibaba Cloud RPC API 2020-06-01. */
import type { ProductDescriptor } from '../../core';

export const SWAS: ProductDescriptor = {
  id: 'swas',
  title: 'SWAS',
  version: '2020-06-01',
  protocol: 'alibaba-rpc',
  docsBase: 'https://www.alibabacloud.com/help/en/simple-application-server/developer-reference/api-swas-open-2020-06-01',
  // The SDK has no regional rule for SWAS (it would use swas-open.aliyuncs.com everywhere); the
  // documented per-region host is swas.<region>.aliyuncs.com (see ListRegions' RegionEndpoint).
  endpointFor(regionId, network = 'public') {
    if (!regionId) throw new Error('SWAS needs a regionId to find its endpoint: pass regionId, or give endpoint explicitly');
    return network === 'vpc' ? `swas-vpc.${regionId}.aliyuncs.com` : `swas.${regionId}.aliyuncs.com`;
  },
};
