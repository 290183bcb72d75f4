// Facts: support.huaweicloud.com/intl/en-us/api-aos/ListPrivateModuleVersions.html;
// huaweicloud/huaweicloud-sdk-go-v3@services/rfs/v1/model/model_list_private_module_versions_request.go.
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_HEADER, SORT_DIR, SORT_KEY } from '../rules';

@Action({ product: RFS, action: 'ListPrivateModuleVersions', method: 'GET', pathname: '/v1/private-modules/{module_name}/versions', style: 'REST' })
export class ListPrivateModuleVersionsModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_HEADER) projectId?: string;
  @Param({ wire: 'module_name', location: 'path', type: 'string', required: true, minLength: 1, pattern: NAME_PATTERN }) moduleName!: string;
  @Param({ wire: 'module_id', type: 'string' }) moduleId?: string;
  @Param(SORT_KEY) sortKey?: string[];
  @Param(SORT_DIR) sortDir?: string[];
  @Param({ wire: 'marker', type: 'string' }) marker?: string;
  @Param({ wire: 'limit', type: 'integer', min: 1 }) limit?: number;
}
