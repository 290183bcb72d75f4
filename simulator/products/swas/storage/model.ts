/** SWAS disks and snapshots: who owns what, the snapshot quota, and disk resets. */
import { SimError, errors } from '../../../errors';
import { mustGet } from '../../common';
import { getInstance } from '../instances/model';
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
  if (inst.status !== 'Running' && inst.status !== 'Stopped') {
    throw new SimError('IncorrectStatus', `Instance ${inst.id} is ${inst.status}; a snapshot needs it Running or Stopped.`, 400);
  }
  checkName(name, 'SnapshotName', 'InvalidSnapshotName.ValueNotSupported');
  const count = [...w.snapshots.values()].filter((s) => s.instanceId === inst.id).length;
  if (count >= SNAPSHOTS_PER_INSTANCE) {
    throw new SimError('SnapshotLimitExceed', `Instance ${inst.id} already has ${count} snapshots, the most allowed; delete one first.`, 403);
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
  if (inst.status !== 'Stopped') {
    throw new SimError('IncorrectInstanceStatus.ResetDisk', `Instance ${inst.id} is ${inst.status}; rolling back a disk needs it Stopped.`, 403);
  }
  disk.status = 'ReIniting';
  snap.rollbackAt = w.clock.now();
  w.clock.schedule(DISK_RESET_MS, () => {
    disk.status = 'In_use';
  });
}

/** Snapshot and image names: 2 to 50 characters, a letter first, no http:/https: prefix; `code` is the action's documented code. */
export function checkName(name: string, wire: string, code: string): void {
  if (name.length < 2 || name.length > 50 || /^(http:|https:)/.test(name) || !/^[A-Za-z\u4e00-\u9fa5]/.test(name)) {
    throw new SimError(code, `The ${wire} '${name}' is not valid: use 2 to 50 characters, start with a letter, and do not start with http: or https:.`, 400);
  }
}
