// Facts: support.huaweicloud.com/intl/en-us/api-aos/ShowPrivateModuleVersionContent.html (307 with a
// Location header: a download link valid 5 minutes; module_id must match, else 400).
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_HEADER, SEMVER_PATTERN } from '../rules';

@Action({
  product: RFS,
  action: 'ShowPrivateModuleVersionContent',
  method: 'GET',
  pathname: '/v1/private-modules/{module_name}/versions/{module_version}',
  style: 'REST',
})
export class ShowPrivateModuleVersionContentModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_HEADER) projectId?: string;
  @Param({ wire: 'module_name', location: 'path', type: 'string', required: true, minLength: 1, pattern: NAME_PATTERN }) moduleName!: string;
  @Param({ wire: 'module_version', location: 'path', type: 'string', required: true, pattern: SEMVER_PATTERN }) moduleVersion!: string;
  @Param({ wire: 'module_id', type: 'string' }) moduleId?: string;
}
