/**
 * Resource Formation Service (RFS), Huawei Cloud REST API v1: private modules and stacks.
 * Endpoint rule `rfs.{region}.myhuaweicloud.com` (the host in RFS's module source URLs,
 * support.huaweicloud.com/intl/en-us/api-aos/CreatePrivateModule.html).
 */
import type { ProductDescriptor } from '../../core';
import { HUAWEI_REST, huaweiEndpoint } from '../../core/protocols/huawei-rest';

export const RFS: ProductDescriptor = {
  id: 'rfs',
  title: 'RFS',
  version: 'v1',
  protocol: HUAWEI_REST,
  docsBase: 'https://support.huaweicloud.com/intl/en-us/api-aos',
  endpointFor: huaweiEndpoint('rfs'),
};
