// Facts: huaweicloud/huaweicloud-sdk-go-v3@services/rfs/v1/model/model_delete_private_module_request.go;
// support.huaweicloud.com/intl/en-us/api-aos/DeletePrivateModule.html (204; 404 when the module does not exist).
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_HEADER } from '../rules';

@Action({ product: RFS, action: 'DeletePrivateModule', method: 'DELETE', pathname: '/v1/private-modules/{module_name}', style: 'REST' })
export class DeletePrivateModuleModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_HEADER) projectId?: string;
  @Param({ wire: 'module_name', location: 'path', type: 'string', required: true, minLength: 1, pattern: NAME_PATTERN }) moduleName!: string;
  @Param({ wire: 'module_id', type: 'string' }) moduleId?: string;
}
