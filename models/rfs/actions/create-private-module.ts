// Facts: support.huaweicloud.com/intl/en-us/api-aos/CreatePrivateModule.html (201 { module_id, module_version };
// 409 when the name exists); huaweicloud/huaweicloud-sdk-go-v3@services/rfs/v1/model/model_create_private_module_request_body.go.
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_HEADER, SEMVER_PATTERN } from '../rules';

// Idempotent: module names are unique in a project; a repeat after a lost answer is refused (409), it never makes a second module.
@Action({ product: RFS, action: 'CreatePrivateModule', method: 'POST', pathname: '/v1/private-modules', style: 'REST', idempotent: true })
export class CreatePrivateModuleModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_HEADER) projectId?: string;
  @Param({ wire: 'module_name', location: 'body', type: 'string', required: true, minLength: 1, pattern: NAME_PATTERN }) moduleName!: string;
  /** With `moduleUri`, the first version is created with the module. */
  @Param({ wire: 'module_version', location: 'body', type: 'string', pattern: SEMVER_PATTERN }) moduleVersion?: string;
  @Param({ wire: 'module_description', location: 'body', type: 'string' }) moduleDescription?: string;
  /** OBS address of a .zip module package. */
  @Param({ wire: 'module_uri', location: 'body', type: 'string' }) moduleUri?: string;
  @Param({ wire: 'version_description', location: 'body', type: 'string' }) versionDescription?: string;
}
