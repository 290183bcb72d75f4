/**
 * Stacks, as far as the private-module suites need them: create (with a template the stack is
 * deployed, DEPLOYMENT_IN_PROGRESS for a while on the simulator clock) and delete. Behaviour from
 * support.huaweicloud.com/intl/en-us/api-aos/CreateStack.html and DeleteStack.html: names unique per
 * domain, region and project; stack_id must match (400); no deletion while *_IN_PROGRESS or with
 * deletion protection. The statuses of those two refusals are not in the public pages: 409
 * (conflicts with the current state) and 400 are the simulator's choice.
 */
import { bodyBoolean, bodyString, queryOne, type RfsAnswer, type RfsCall } from './call';
import { checkIdMatches, checkName } from './checks';
import { rfsErrors } from './errors';
import type { Stack } from './state';

/** Simulated time a deployment and a deletion of a deployed stack take. */
export const DEPLOY_MS = 5000;
export const DELETE_MS = 2000;

export function createStack(call: RfsCall): RfsAnswer {
  const name = checkName('stack_name', bodyString(call, 'stack_name'), 128);
  const template = bodyString(call, 'template_body') ?? bodyString(call, 'template_uri');
  if (call.scope.stacks.has(name)) throw rfsErrors.conflict(`a stack named '${name}' already exists`);
  const stack: Stack = {
    name,
    id: call.state.newId(),
    description: bodyString(call, 'description'),
    status: template === undefined ? 'CREATION_COMPLETE' : 'DEPLOYMENT_IN_PROGRESS',
    deletionProtection: bodyBoolean(call, 'enable_deletion_protection') ?? false,
    createdAt: call.clock.now(),
  };
  call.scope.stacks.set(name, stack);
  const body: Record<string, unknown> = { stack_id: stack.id };
  if (template !== undefined) {
    body.deployment_id = call.state.newId();
    call.clock.schedule(DEPLOY_MS, () => {
      if (stack.status === 'DEPLOYMENT_IN_PROGRESS') stack.status = 'DEPLOYMENT_COMPLETE';
    });
  }
  return { status: 200, body };
}

export function deleteStack(call: RfsCall): RfsAnswer {
  const name = checkName('stack_name', call.path.stack_name, 128);
  const stack = call.scope.stacks.get(name);
  if (!stack) throw rfsErrors.notFound(`the stack '${name}' does not exist`);
  const givenId = queryOne(call, 'stack_id');
  if (givenId !== undefined && givenId.length !== 36) throw rfsErrors.badRequest('stack_id must be 36 characters long');
  checkIdMatches('stack_id', givenId, stack.id, name);
  if (stack.status.endsWith('_IN_PROGRESS')) throw rfsErrors.conflict(`the stack '${name}' is ${stack.status}; wait until it reaches a final state`);
  if (stack.deletionProtection) throw rfsErrors.badRequest(`the stack '${name}' has deletion protection enabled`);
  if (stack.status === 'CREATION_COMPLETE') {
    call.scope.stacks.delete(name);
  } else {
    stack.status = 'DELETION_IN_PROGRESS';
    call.clock.schedule(DELETE_MS, () => {
      if (call.scope.stacks.get(name) === stack) call.scope.stacks.delete(name);
    });
  }
  return { status: 204 };
}
