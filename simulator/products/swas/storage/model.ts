/** SWAS disks and snapshots: who owns what, the snapshot quota, and disk resets. */
import { SimError, errors } from '../../../errors';
import { mustGet } from '../../common';
import { getInstance, requireStatus } from '../instances/model';
import { RESOURCE_GROUP, type Disk, type Snapshot, type SwasWorld } from '../world';
import type { TagPair } from '../../../wire/params';

/** Snapshots allowed per instance (the console's limit for SWAS). */
export const SNAPSHOTS_PER_INSTANCE = 5;
export const SNAPSHOT_MS = 5_000;
export const DISK_RESET_MS = 5_000;

export const getDisk = (w: SwasWorld, id: string): Disk => mustGet(w.disks, id, 'InvalidDiskId.NotFound', 'disk');
export const getSnapshot = (w: SwasWorld, id: string): Snapshot => mustGet(w.snapshots, id, 'InvalidSnapshotId.NotFound', 'snapshot');

export function createSnapshot(w: SwasWorld, diskId: string, name: string, tags: TagPair[], resourceGroupId?: string): Snapshot {
  const disk = getDisk(w, diskId);
  const inst = getInstance(w, disk.instanceId);
  requireStatus(inst, ['Running', 'Stopped']);
  checkName(name, 'SnapshotName');
  const count = [...w.snapshots.values()].filter((s) => s.instanceId === inst.id).length;
  if (count >= SNAPSHOTS_PER_INSTANCE) {
    throw new SimError('QuotaExceed.Snapshot', `Instance ${inst.id} already has ${count} snapshots, the most allowed; delete one first.`, 400);
  }
  const snap: Snapshot = {
    id: w.ids.b36('snapshot', 's-', 20), name, diskId, instanceId: inst.id, diskType: disk.type, status: 'Progressing', remark: '',
    createdAt: w.clock.now(), resourceGroupId: resourceGroupId ?? RESOURCE_GROUP, tags: tags.map((t) => ({ ...t })),
  };
  w.snapshots.set(snap.id, snap);
  w.clock.schedule(SNAPSHOT_MS, () => {
    snap.status = 'Accomplished';
  });
  return snap;
}

export function deleteSnapshots(w: SwasWorld, ids: readonly string[]): void {
  const snaps = ids.map((id) => getSnapshot(w, id));
  for (const s of snaps) {
    if (s.status !== 'Accomplished') throw errors.wrongStatus('IncorrectSnapshotStatus', s.id, s.status, 'Accomplished');
    const usedBy = [...w.images.values()].find((i) => i.systemSnapshotId === s.id || i.dataSnapshotId === s.id);
    if (usedBy) throw new SimError('SnapshotInUse', `Snapshot ${s.id} is used by custom image ${usedBy.id}; delete the image first.`, 403);
  }
  snaps.forEach((s) => w.snapshots.delete(s.id));
}

export function resetDisk(w: SwasWorld, diskId: string, snapshotId: string): void {
  const disk = getDisk(w, diskId);
  const snap = getSnapshot(w, snapshotId);
  if (snap.diskId !== disk.id) throw new SimError('InvalidSnapshotId.NotBelongToDisk', `Snapshot ${snap.id} was not taken from disk ${disk.id}.`, 400);
  if (snap.status !== 'Accomplished') throw errors.wrongStatus('IncorrectSnapshotStatus', snap.id, snap.status, 'Accomplished');
  const inst = getInstance(w, disk.instanceId);
  requireStatus(inst, ['Stopped']);
  disk.status = 'ReIniting';
  snap.rollbackAt = w.clock.now();
  w.clock.schedule(DISK_RESET_MS, () => {
    disk.status = 'In_use';
  });
}

export function checkName(name: string, wire: string): void {
  if (name.length < 2 || name.length > 50 || /^(http:|https:)/.test(name) || !/^[A-Za-z\u4e00-\u9fa5]/.test(name)) {
    throw errors.invalid(wire, 'must be 2 to 50 characters, start with a letter, and not start with http: or https:');
  }
}
