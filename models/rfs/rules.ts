/**
 * Value rules RFS parameters share. Sources:
 * - names: huaweicloud/huaweicloud-sdk-go-v3@services/rfs/v1/model/model_create_private_module_request_body.go
 *   (letters — Chinese included —, digits, `_`, `-`; first a letter; case-sensitive) and
 *   support.huaweicloud.com/intl/en-us/api-aos/DeleteStack.html (stack_name 1–128, project_id 3–64,
 *   stack_id 36, Client-Request-Id 36–128).
 * - module_version: "follows semantic versioning" (api-aos/CreatePrivateModule.html).
 * Not found: a length limit for module names, module_id and descriptions; none is enforced
 * client-side (the conservative choice: never reject what the API may accept).
 */
export const NAME_PATTERN = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_-]*$/;
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
export const CLIENT_REQUEST_ID = { wire: 'Client-Request-Id', location: 'header', type: 'string', required: true, minLength: 36, maxLength: 128 } as const;
/** The SDKs send the credentials' project as `X-Project-Id` on every call (huaweicloud-sdk-core BasicCredentials). */
export const PROJECT_HEADER = { wire: 'X-Project-Id', location: 'header', type: 'string', minLength: 3, maxLength: 64 } as const;
export const PROJECT_PATH = { wire: 'project_id', location: 'path', type: 'string', required: true, minLength: 3, maxLength: 64 } as const;
export const SORT_KEY = { wire: 'sort_key', type: 'array', items: 'string', enum: ['create_time'] } as const;
export const SORT_DIR = { wire: 'sort_dir', type: 'array', items: 'string', enum: ['asc', 'desc'] } as const;
