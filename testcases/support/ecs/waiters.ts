/**
 * Typed ECS waiters over core's `waitFor`: instance status, instance gone, invocation finished,
 * image status. Against the simulator they poll fast (its clock is sped up); against a real
 * account slowly and for longer. A client error that waiting cannot fix ends the wait at once.
 */
import { waitFor } from '../../../core/waiters/wait-for';
import type { DescribeInvocationResultsResponseBody } from '../../../models/ecs';
import { ecs, type AccountName } from '../clients';
import { environment } from '../environment';
import { isFinalError } from './errors';

export interface EcsWaitOptions {
  account?: AccountName;
  regionId?: string;
  timeoutMs?: number;
}

type InvocationResult = NonNullable<NonNullable<NonNullable<DescribeInvocationResultsResponseBody['Invocation']>['InvocationResults']>['InvocationResult']>[number];

/** `{ regionId }` only when given: an explicit undefined would keep the client from filling its default region. */
const region = (o: EcsWaitOptions): { regionId?: string } => (o.regionId ? { regionId: o.regionId } : {});

/** Poll pacing: the simulator answers in milliseconds, a real account in tens of seconds. */
function pacing(timeoutMs: number | undefined): { timeoutMs: number; intervalMs: number; maxIntervalMs: number; backoff: number } {
  return environment().simulator
    ? { timeoutMs: timeoutMs ?? 60_000, intervalMs: 100, maxIntervalMs: 1_000, backoff: 1.5 }
    : { timeoutMs: timeoutMs ?? 600_000, intervalMs: 2_000, maxIntervalMs: 15_000, backoff: 1.5 };
}

/** waitFor, except that a final client error from the probe ends the wait with that error. */
async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, description: string, timeoutMs?: number): Promise<T> {
  let fatal: unknown;
  const value = await waitFor<T | undefined>(
    async () => {
      try {
        return await probe();
      } catch (e) {
        if (!isFinalError(e)) throw e;
        fatal = e;
        return undefined;
      }
    },
    (v) => fatal !== undefined || (v !== undefined && done(v)),
    { description, ...pacing(timeoutMs) },
  );
  if (fatal !== undefined) throw fatal;
  return value as T;
}

/** Waits until DescribeInstanceAttribute shows `status`; returns the last attribute body. */
export async function waitForEcsInstanceStatus(instanceId: string, status: 'Running' | 'Stopped', options: EcsWaitOptions = {}) {
  const api = ecs(options.account);
  return poll(
    async () => (await api.describeInstanceAttribute({ instanceId })).body,
    (b) => b.Status === status,
    `ECS instance ${instanceId} to be ${status}`,
    options.timeoutMs,
  );
}

/** Waits until DescribeInstances no longer lists the instance (it was released). */
export async function waitForEcsInstanceGone(instanceId: string, options: EcsWaitOptions = {}): Promise<void> {
  const api = ecs(options.account);
  await poll(
    async () => (await api.describeInstances({ ...region(options), instanceIds: JSON.stringify([instanceId]) })).body.Instances?.Instance ?? [],
    (list) => list.length === 0,
    `ECS instance ${instanceId} to be released`,
    options.timeoutMs,
  );
}

/**
 * Waits until every target of an invocation has finished (any end state: Success, Failed,
 * Timeout, Stopped, …); returns the per-instance results with their output and exit code.
 */
export async function waitForInvocationFinished(invokeId: string, options: EcsWaitOptions = {}): Promise<InvocationResult[]> {
  const api = ecs(options.account);
  return poll(
    async () => (await api.describeInvocationResults({ ...region(options), invokeId, pageSize: 50 })).body.Invocation?.InvocationResults?.InvocationResult ?? [],
    (results) => results.length > 0 && results.every((r) => !['Pending', 'Scheduled', 'Running', 'Stopping'].includes(r.InvocationStatus ?? '')),
    `ECS invocation ${invokeId} to finish`,
    options.timeoutMs,
  );
}

/** Waits until DescribeImages shows the image with `status` (Creating images are listed when asked for). */
export async function waitForEcsImageStatus(imageId: string, status: 'Available', options: EcsWaitOptions = {}) {
  const api = ecs(options.account);
  return poll(
    async () => (await api.describeImages({ ...region(options), imageId, status: 'Creating,Waiting,Available,UnAvailable,CreateFailed' })).body.Images?.Image?.[0],
    (image) => image?.Status === status,
    `ECS image ${imageId} to be ${status}`,
    options.timeoutMs,
  );
}
