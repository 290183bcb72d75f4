/** ECS instance rules: status checks and the asynchronous transitions on the simulated clock. */
import { SimError, errors } from '../../../errors';
import type { EcsInstance, EcsStatus, EcsWorld } from '../world';

export const ECS_TRANSITION_MS = { start: 3_000, stop: 3_000, reboot: 4_000, create: 5_000 } as const;

export function requireEcsStatus(inst: EcsInstance, allowed: readonly EcsStatus[]): void {
  if (!allowed.includes(inst.status)) throw errors.wrongStatus('IncorrectInstanceStatus', inst.id, inst.status, allowed.join(' or '));
}

export function ecsTransition(w: EcsWorld, inst: EcsInstance, from: EcsStatus, to: EcsStatus, ms: number): void {
  inst.status = from;
  w.clock.schedule(ms, () => {
    if (inst.status === from && w.instances.get(inst.id) === inst) {
      inst.status = to;
      if (to === 'Running') inst.startedAt = w.clock.now();
    }
  });
}

export const startEcs = (w: EcsWorld, i: EcsInstance): void => {
  requireEcsStatus(i, ['Stopped']);
  ecsTransition(w, i, 'Starting', 'Running', ECS_TRANSITION_MS.start);
};
export const stopEcs = (w: EcsWorld, i: EcsInstance): void => {
  requireEcsStatus(i, ['Running']);
  ecsTransition(w, i, 'Stopping', 'Stopped', ECS_TRANSITION_MS.stop);
};
export const rebootEcs = (w: EcsWorld, i: EcsInstance): void => {
  requireEcsStatus(i, ['Running']);
  ecsTransition(w, i, 'Starting', 'Running', ECS_TRANSITION_MS.reboot);
};

/** Deleting needs Stopped, unless Force; deletion protection always refuses. */
export function checkDeletable(inst: EcsInstance, force: boolean): void {
  if (inst.deletionProtection) {
    throw new SimError('InvalidOperation.DeletionProtection', `Instance ${inst.id} has deletion protection enabled; turn it off with ModifyInstanceAttribute first.`, 403);
  }
  if (!force) requireEcsStatus(inst, ['Stopped']);
  else if (inst.status === 'Pending') requireEcsStatus(inst, ['Running', 'Stopped', 'Starting', 'Stopping']);
}

export function deleteEcs(w: EcsWorld, inst: EcsInstance): void {
  w.instances.delete(inst.id);
}

/** 8–30 characters with three of: lower case, upper case, digits, special characters. */
export function checkEcsPassword(pw: string): void {
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[()`~!@#$%^&*_\-+=|{}[\]:;'<>,.?/]/].filter((r) => r.test(pw)).length;
  if (pw.length < 8 || pw.length > 30 || kinds < 3) {
    throw new SimError('InvalidPassword.Malformed', 'The specified password format is not valid: 8 to 30 characters with three of lower case, upper case, digits and special characters.', 400);
  }
}

/** 2 to 128 characters. */
export function checkInstanceName(name: string): void {
  if (name.length < 2 || name.length > 128) {
    throw new SimError('InvalidInstanceName.Malformed', `The InstanceName '${name}' is not valid: use 2 to 128 characters.`, 400);
  }
}
