// Facts: huaweicloud/huaweicloud-sdk-nodejs-v3@services/rfs/v1/model/CreateStackRequestBody.ts;
// support.huaweicloud.com/intl/en-us/api-aos/CreateStack.html (name unique per domain, region and project).
// Only what the stack tests need is modelled; agencies and vars_structure are left out.
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_PATH } from '../rules';

// Idempotent: stack names are unique in a project; a repeat after a lost answer is refused, it never makes a second stack.
@Action({ product: RFS, action: 'CreateStack', method: 'POST', pathname: '/v1/{project_id}/stacks', style: 'REST', idempotent: true })
export class CreateStackModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_PATH) projectId!: string;
  @Param({ wire: 'stack_name', location: 'body', type: 'string', required: true, minLength: 1, maxLength: 128, pattern: NAME_PATTERN }) stackName!: string;
  @Param({ wire: 'description', location: 'body', type: 'string' }) description?: string;
  /** With a template the stack is deployed at once (DEPLOYMENT_IN_PROGRESS). */
  @Param({ wire: 'template_body', location: 'body', type: 'string' }) templateBody?: string;
  @Param({ wire: 'template_uri', location: 'body', type: 'string' }) templateUri?: string;
  @Param({ wire: 'vars_body', location: 'body', type: 'string' }) varsBody?: string;
  @Param({ wire: 'vars_uri', location: 'body', type: 'string' }) varsUri?: string;
  @Param({ wire: 'enable_deletion_protection', location: 'body', type: 'boolean' }) enableDeletionProtection?: boolean;
  @Param({ wire: 'enable_auto_rollback', location: 'body', type: 'boolean' }) enableAutoRollback?: boolean;
}
