/** SWAS disk and snapshot actions. */
import { isoSeconds } from '../../../clock';
import { errors } from '../../../errors';
import { hasTags, paginate, renderTags } from '../../common';
import type { Handlers } from '../../types';
import type { Disk, Snapshot, SwasWorld } from '../world';
import * as rules from './model';

function renderDisk(w: SwasWorld, d: Disk): Record<string, unknown> {
  return {
    Category: 'ESSD', CreationTime: isoSeconds(d.createdAt), Device: d.device, DiskChargeType: 'PrePaid', DiskId: d.id, DiskName: d.name,
    DiskType: d.type, InstanceId: d.instanceId, InstanceName: w.instances.get(d.instanceId)?.name ?? '', RegionId: w.regionId, Remark: d.remark,
    ResourceGroupId: d.resourceGroupId, Size: d.size, Status: d.status, Tags: renderTags(d.tags),
  };
}

function renderSnapshot(w: SwasWorld, s: Snapshot): Record<string, unknown> {
  return {
    CreationTime: isoSeconds(s.createdAt), InstanceId: s.instanceId, Progress: s.status === 'Accomplished' ? '100%' : '50%', RegionId: w.regionId,
    Remark: s.remark, ResourceGroupId: s.resourceGroupId, RollbackTime: s.rollbackAt ? isoSeconds(s.rollbackAt) : '', SnapshotId: s.id,
    SnapshotName: s.name, SourceDiskId: s.diskId, SourceDiskType: s.diskType, Status: s.status, Tags: renderTags(s.tags),
  };
}

export const storageHandlers: Handlers<SwasWorld> = {
  ListDisks: (c) => {
    const p = c.params;
    const ids = p.list('DiskIds');
    const instanceId = p.str('InstanceId');
    const type = p.str('DiskType');
    if (type !== undefined && !['System', 'Data'].includes(type)) throw errors.invalid('DiskType', 'must be System or Data');
    const rg = p.str('ResourceGroupId');
    const tags = p.tags();
    const list = [...c.world.disks.values()].filter(
      (d) => (ids.length === 0 || ids.includes(d.id)) && (!instanceId || d.instanceId === instanceId) && (!type || d.type === type) &&
        (!rg || d.resourceGroupId === rg) && hasTags(d.tags, tags),
    );
    const page = paginate(list, p);
    return { Disks: page.items.map((d) => renderDisk(c.world, d)), PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  UpdateDiskAttribute: (c) => {
    const disk = rules.getDisk(c.world, c.params.need('DiskId'));
    const remark = c.params.need('Remark');
    if (remark.length > 100) throw errors.invalid('Remark', 'at most 100 characters');
    disk.remark = remark;
    return {};
  },
  ResetDisk: (c) => {
    rules.resetDisk(c.world, c.params.need('DiskId'), c.params.need('SnapshotId'));
    return {};
  },
  CreateSnapshot: (c) => {
    const snap = rules.createSnapshot(c.world, c.params.need('DiskId'), c.params.need('SnapshotName'), c.params.tags(), c.params.str('ResourceGroupId'));
    return { SnapshotId: snap.id };
  },
  DeleteSnapshot: (c) => {
    rules.deleteSnapshots(c.world, [c.params.need('SnapshotId')]);
    return {};
  },
  DeleteSnapshots: (c) => {
    rules.deleteSnapshots(c.world, c.params.needList('SnapshotIds'));
    return {};
  },
  UpdateSnapshotAttribute: (c) => {
    const snap = rules.getSnapshot(c.world, c.params.need('SnapshotId'));
    const remark = c.params.str('Remark') ?? '';
    if (remark.length > 100) throw errors.invalid('Remark', 'at most 100 characters');
    snap.remark = remark;
    return {};
  },
  ListSnapshots: (c) => {
    const p = c.params;
    const ids = p.list('SnapshotIds');
    const diskId = p.str('DiskId');
    const instanceId = p.str('InstanceId');
    const type = p.str('SourceDiskType');
    const rg = p.str('ResourceGroupId');
    const tags = p.tags();
    const list = [...c.world.snapshots.values()].filter(
      (s) => (ids.length === 0 || ids.includes(s.id)) && (!diskId || s.diskId === diskId) && (!instanceId || s.instanceId === instanceId) &&
        (!type || s.diskType.toLowerCase() === type.toLowerCase()) && (!rg || s.resourceGroupId === rg) && hasTags(s.tags, tags),
    );
    const page = paginate(list, p);
    return { Snapshots: page.items.map((s) => renderSnapshot(c.world, s)), PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
};
