// Facts: support.huaweicloud.com/intl/en-us/api-aos/ShowPrivateModuleMetadata.html (module_id must match, else 400).
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_HEADER } from '../rules';

@Action({ product: RFS, action: 'ShowPrivateModuleMetadata', method: 'GET', pathname: '/v1/private-modules/{module_name}/metadata', style: 'REST' })
export class ShowPrivateModuleMetadataModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_HEADER) projectId?: string;
  @Param({ wire: 'module_name', location: 'path', type: 'string', required: true, minLength: 1, pattern: NAME_PATTERN }) moduleName!: string;
  @Param({ wire: 'module_id', type: 'string' }) moduleId?: string;
}
