/**
 * Typed SWAS waiters over core's waitFor: instance status, snapshot ready, disk status. Polls are
 * short because the local simulator's clock may be sped up; timeouts are generous because a real
 * region takes tens of seconds for a start or a snapshot.
 */
import { waitFor } from '../../../core/waiters/wait-for';
import type { SwasApi } from '../../../apis/swas';
import { swas } from '../clients';

export interface SwasWaitOptions {
  api?: SwasApi;
  timeoutMs?: number;
}

const POLL = { intervalMs: 200, backoff: 1.5, maxIntervalMs: 2_000 } as const;

/** Waits until every given instance has `status` (ListInstanceStatus); returns nothing on success. */
export async function waitForInstanceStatus(instanceIds: string | readonly string[], status: string, options: SwasWaitOptions = {}): Promise<void> {
  const ids = typeof instanceIds === 'string' ? [instanceIds] : [...instanceIds];
  const api = options.api ?? swas();
  await waitFor(
    async () => {
      const r = await api.listInstanceStatus({ instanceIds: JSON.stringify(ids), pageSize: 100 });
      return Object.fromEntries((r.body.InstanceStatuses ?? []).map((s) => [s.InstanceId ?? '', s.Status ?? '']));
    },
    (seen) => ids.every((id) => seen[id] === status),
    { description: `instance(s) ${ids.join(', ')} to be ${status}`, timeoutMs: options.timeoutMs ?? 120_000, ...POLL },
  );
}

/** Waits until a snapshot is Accomplished (it can then be used or deleted); returns its listing. */
export async function waitForSnapshotReady(snapshotId: string, options: SwasWaitOptions = {}) {
  const api = options.api ?? swas();
  const snapshots = await waitFor(
    async () => (await api.listSnapshots({ snapshotIds: JSON.stringify([snapshotId]) })).body.Snapshots ?? [],
    (list) => list[0]?.Status === 'Accomplished',
    { description: `snapshot ${snapshotId} to be Accomplished`, timeoutMs: options.timeoutMs ?? 300_000, ...POLL },
  );
  return snapshots[0];
}

/** Waits until a disk has `status` (In_use after a reset, for instance); returns its listing. */
export async function waitForDiskStatus(diskId: string, status: string, options: SwasWaitOptions = {}) {
  const api = options.api ?? swas();
  const disks = await waitFor(
    async () => (await api.listDisks({ diskIds: JSON.stringify([diskId]) })).body.Disks ?? [],
    (list) => list[0]?.Status === status,
    { description: `disk ${diskId} to be ${status}`, timeoutMs: options.timeoutMs ?? 300_000, ...POLL },
  );
  return disks[0];
}
