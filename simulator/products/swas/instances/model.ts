/**
 * SWAS instance rules: which status allows which operation, and the asynchronous transitions
 * (Starting → Running, Stopping → Stopped, …) scheduled on the simulated clock.
 */
import { SimError, errors } from '../../../errors';
import { mustGet } from '../../common';
import { planById, SWAS_IMAGES, type SwasPlan } from '../catalog';
import type { Instance, InstanceStatus, SwasWorld } from '../world';

/** How long transitions take, in simulated milliseconds. */
export const TRANSITION_MS = { start: 3_000, stop: 3_000, reboot: 4_000, reset: 8_000, upgrade: 6_000, create: 5_000 } as const;

export function getInstance(w: SwasWorld, id: string): Instance {
  return mustGet(w.instances, id, 'InvalidInstanceId.NotFound', 'instance');
}

export function requireStatus(inst: Instance, allowed: readonly InstanceStatus[]): void {
  if (!allowed.includes(inst.status)) {
    throw errors.wrongStatus('IncorrectInstanceStatus', inst.id, inst.status, allowed.join(' or '));
  }
}

/** Sets `from` now and `to` after `ms`, unless something else changed the status meanwhile. */
export function transition(w: SwasWorld, inst: Instance, from: InstanceStatus, to: InstanceStatus, ms: number): void {
  inst.status = from;
  w.clock.schedule(ms, () => {
    if (inst.status === from && w.instances.get(inst.id) === inst) inst.status = to;
  });
}

export function start(w: SwasWorld, inst: Instance): void {
  requireStatus(inst, ['Stopped']);
  transition(w, inst, 'Starting', 'Running', TRANSITION_MS.start);
}

export function stop(w: SwasWorld, inst: Instance): void {
  requireStatus(inst, ['Running']);
  transition(w, inst, 'Stopping', 'Stopped', TRANSITION_MS.stop);
}

export function reboot(w: SwasWorld, inst: Instance): void {
  requireStatus(inst, ['Running']);
  transition(w, inst, 'Starting', 'Running', TRANSITION_MS.reboot);
}

/** Applies `op` to every instance, or to none: all ids and statuses are checked first. */
export function batch(w: SwasWorld, ids: readonly string[], allowed: readonly InstanceStatus[], op: (inst: Instance) => void): void {
  if (ids.length > 100) throw errors.invalid('InstanceIds', 'at most 100 instance ids');
  const list = [...new Set(ids)].map((id) => getInstance(w, id));
  list.forEach((i) => requireStatus(i, allowed));
  list.forEach(op);
}

export function resetSystem(w: SwasWorld, inst: Instance, imageId: string | undefined): void {
  requireStatus(inst, ['Running', 'Stopped']);
  if (imageId !== undefined) {
    const known = SWAS_IMAGES.some((i) => i.ImageId === imageId) || w.images.has(imageId);
    if (!known) throw errors.notFound('InvalidImageId.NotFound', `image ${imageId}`);
    inst.imageId = imageId;
  }
  transition(w, inst, 'Resetting', 'Running', TRANSITION_MS.reset);
}

export function upgrade(w: SwasWorld, inst: Instance, planId: string): void {
  requireStatus(inst, ['Running', 'Stopped']);
  const next = mustPlan(planId);
  const current = planById(inst.planId);
  if (current && !isUpgrade(current, next)) {
    throw new SimError('InvalidPlanIdUpgrade.ValueNotSupported', `Plan ${planId} is not an upgrade of the current plan ${inst.planId}: CPU, memory and disk must not shrink.`, 400);
  }
  const back = inst.status;
  inst.planId = planId;
  const sys = [...w.disks.values()].find((d) => d.instanceId === inst.id && d.type === 'System');
  if (sys) sys.size = Math.max(sys.size, next.DiskSize);
  transition(w, inst, 'Upgrading', back, TRANSITION_MS.upgrade);
}

export function isUpgrade(from: SwasPlan, to: SwasPlan): boolean {
  return to.PlanId !== from.PlanId && to.Core >= from.Core && to.Memory >= from.Memory && to.DiskSize >= from.DiskSize && to.OriginPrice > from.OriginPrice;
}

export function mustPlan(planId: string): SwasPlan {
  const p = planById(planId);
  if (!p) throw errors.notFound('InvalidPlanId.NotFound', `plan ${planId}`);
  return p;
}

export const RENEW_PERIODS = [1, 3, 6, 12, 24, 36] as const;

export function checkPeriod(months: number): void {
  if (!(RENEW_PERIODS as readonly number[]).includes(months)) {
    throw new SimError('InvalidPeriod.ValueNotSupported', `The Period ${months} is not valid: use one of ${RENEW_PERIODS.join(', ')} (months).`, 400);
  }
}

export function renew(inst: Instance, months: number): void {
  checkPeriod(months);
  inst.expiresAt += months * 30 * 86_400_000;
  if (inst.status === 'Disabled') inst.status = 'Stopped';
}

/** 8–30 characters, with at least three of: lower case, upper case, digits, special characters. */
export function checkPassword(password: string, wire = 'Password'): void {
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[()`~!@#$%^&*\-_+=|{}[\]:;'<>,.?/]/].filter((r) => r.test(password)).length;
  if (password.length < 8 || password.length > 30 || kinds < 3) {
    throw new SimError('InvalidPassword.ValueNotSupported', `The specified ${wire} is invalid: use 8 to 30 characters with at least three of lower case, upper case, digits and special characters.`, 400);
  }
}
