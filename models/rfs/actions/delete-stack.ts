// Facts: support.huaweicloud.com/intl/en-us/api-aos/DeleteStack.html (204; refused while the stack is
// *_IN_PROGRESS or has deletion protection; stack_id must match, else 400; lengths below).
import { Action, Param } from '../../../core';
import { RFS } from '../product';
import { CLIENT_REQUEST_ID, NAME_PATTERN, PROJECT_PATH } from '../rules';

@Action({ product: RFS, action: 'DeleteStack', method: 'DELETE', pathname: '/v1/{project_id}/stacks/{stack_name}', style: 'REST' })
export class DeleteStackModel {
  @Param(CLIENT_REQUEST_ID) clientRequestId!: string;
  @Param(PROJECT_PATH) projectId!: string;
  @Param({ wire: 'stack_name', location: 'path', type: 'string', required: true, minLength: 1, maxLength: 128, pattern: NAME_PATTERN }) stackName!: string;
  @Param({ wire: 'stack_id', type: 'string', minLength: 36, maxLength: 36 }) stackId?: string;
}
