// Facts: support.huaweicloud.com/intl/en-us/api-aos/ListPrivateModules.html;
// huaweicloud/huaweicloud-sdk-nodejs-v3@services/rfs/v1/model/ListPrivateModulesRequest.ts (marker, limit).
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, PROJECT_HEADER, SORT_DIR, SORT_KEY } from '../rules';

@Action({ product: RFS, action: 'ListPrivateModules', method: 'GET', pathname: '/v1/private-modules', style: 'REST' })
export class ListPrivateModulesModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_HEADER) projectId?: string;
  /** Only `create_time`; as many as `sortDir` (else 400). */
  @Param(SORT_KEY) sortKey?: string[];
  @Param(SORT_DIR) sortDir?: string[];
  @Param({ wire: 'marker', type: 'string' }) marker?: string;
  @Param({ wire: 'limit', type: 'integer', min: 1 }) limit?: number;
}
