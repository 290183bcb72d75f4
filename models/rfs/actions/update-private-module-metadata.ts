// Facts: support.huaweicloud.com/intl/en-us/api-aos/UpdatePrivateModuleMetadata.html (PATCH; only the
// description can be updated; no field to update → 400; module_id must match, else 400).
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_HEADER } from '../rules';

// Idempotent although PATCH: it sets the given fields to the given values; twice leaves the same metadata.
@Action({ product: RFS, action: 'UpdatePrivateModuleMetadata', method: 'PATCH', pathname: '/v1/private-modules/{module_name}/metadata', style: 'REST', idempotent: true })
export class UpdatePrivateModuleMetadataModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_HEADER) projectId?: string;
  @Param({ wire: 'module_name', location: 'path', type: 'string', required: true, minLength: 1, pattern: NAME_PATTERN }) moduleName!: string;
  /** The one updatable field: a request must carry it (RfsApi checks before I/O). */
  @Param({ wire: 'module_description', location: 'body', type: 'string' }) moduleDescription?: string;
  /** Not an update: a guard that must match the module's id. */
  @Param({ wire: 'module_id', location: 'body', type: 'string' }) moduleId?: string;
}

/** The body fields that count as an update (module_id only guards). */
export const UPDATABLE_MODULE_FIELDS = ['moduleDescription'] as const;
