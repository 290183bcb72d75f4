/**
 * Which Alibaba Cloud RPC actions may be repeated without harm, read from the action's verb (the API
 * names every action verb-first: DescribeInstances, StopInstance, CreateKeyPair).
 *
 * Reads change nothing. Writes whose verb sets a state on something named in the request (stop it,
 * modify it, delete it, attach it) cannot make anything new when repeated: a repeat after an answer
 * that was lost finds the work done (at worst it answers that the thing is already stopped or gone).
 * Everything else — Create, Run, Invoke, Import, Copy, Allocate, Add, Renew, Upgrade, and any verb not
 * listed — may make a second resource, a second run or a second charge, and is repeated only when it
 * carries a ClientToken or its model says it is idempotent (curation, with the reason).
 */
import type { ActionSpec } from '../../model/types';

const READ_ACTION = /^(Describe|List|Query|Get)[A-Z0-9]/;

/** Reads change nothing: always safe to repeat, and they need no ClientToken. */
export function isReadAction(action: string): boolean {
  return READ_ACTION.test(action);
}

const SETS_STATE =
  /^(Modify|Update|Delete|Release|Remove|Start|Stop|Reboot|Restart|Attach|Detach|Associate|Unassociate|Disassociate|Tag|Untag|Reset|Enable|Disable|Cancel|Join|Leave|Bind|Unbind|Set|Apply|Install|Uninstall|Login|Unassign|Activate|Deactivate|Open|End|Accept)(?=[A-Z0-9])/;

/** Verbs above that also name actions which begin something new: StartTerminalSession, StartImagePipelineExecution. */
const BEGINS_SOMETHING = /^Start\w*(Session|Execution|Task|Job)s?$/;

export function isRpcActionIdempotent(action: ActionSpec): boolean {
  const name = action.action;
  return isReadAction(name) || (SETS_STATE.test(name) && !BEGINS_SOMETHING.test(name));
}
