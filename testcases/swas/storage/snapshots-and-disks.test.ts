// SWAS disks and snapshots on the `spare` instance, which this file may stop and start (it is returned
// Running): disk listing and remarks; snapshot → list → remark → stop → reset disk → start → delete → gone;
// batch delete; and the errors the API documents.
import { apiSuite, resourceName, resourceTags, swas, useResources } from '../../support';
import { useOwnedInstance, settle } from '../../support/swas/instances';
import { waitForDiskStatus, waitForInstanceStatus, waitForSnapshotReady } from '../../support/swas/waiters';
import { INVALID_VALUE, NOT_FOUND } from '../../support/swas/error-codes';

const MISSING_DISK = 'd-cc0000000000notexist';
const MISSING_SNAPSHOT = 's-cc0000000000notexist';

async function disksOf(instanceId: string) {
  return (await swas().listDisks({ instanceId, pageSize: 100 })).body.Disks ?? [];
}

async function snapshot(snapshotId: string) {
  return (await swas().listSnapshots({ snapshotIds: JSON.stringify([snapshotId]) })).body.Snapshots?.[0];
}

describe('SWAS disks and snapshots on an instance this file owns', () => {
  const instance = useOwnedInstance('spare');
  const resources = useResources();

  /** A snapshot of the instance's system disk, named and tagged for tests, deleted after the block. */
  async function newSnapshot(diskId: string): Promise<string> {
    const name = resourceName('snap');
    const r = await swas().createSnapshot({ diskId, snapshotName: name, tag: resourceTags() });
    const snapshotId = r.body.SnapshotId!;
    resources.track({
      product: 'swas', kind: 'Snapshot', id: snapshotId,
      remove: async () => {
        await waitForSnapshotReady(snapshotId);
        await swas().deleteSnapshot({ snapshotId });
      },
    });
    return snapshotId;
  }

  async function systemDiskId(): Promise<string> {
    const disk = (await disksOf(instance())).find((d) => d.DiskType === 'System');
    if (!disk?.DiskId) throw new Error(`instance ${instance()} lists no system disk`);
    return disk.DiskId;
  }

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'ListDisks' }, () => {
    it("lists the instance's disks, one system disk, and filters by type and id @smoke @regression", async () => {
      const disks = await disksOf(instance());
      expect(disks.filter((d) => d.DiskType === 'System')).toHaveLength(1);
      for (const d of disks) expect(d).toMatchObject({ InstanceId: instance(), DiskId: expect.stringMatching(/\S/), Size: expect.any(Number) });
      const system = await swas().listDisks({ instanceId: instance(), diskType: 'System' });
      expect((system.body.Disks ?? []).map((d) => d.DiskType)).toEqual(['System']);
      const byId = await swas().listDisks({ diskIds: JSON.stringify([system.body.Disks![0].DiskId]) });
      expect(byId.body.TotalCount).toBe(1);
    });

    it('refuses a disk type that does not exist @regression', async () => {
      await expect(swas().listDisks({ instanceId: instance(), diskType: 'Floppy' })).rejects.toMatchApiError(INVALID_VALUE);
    });
  });

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'UpdateDiskAttribute' }, () => {
    it('sets the remark of a disk and lists it; the old remark (or a neutral one) is put back @regression @destructive', async () => {
      const diskId = await systemDiskId();
      const before = (await disksOf(instance())).find((d) => d.DiskId === diskId)?.Remark ?? '';
      // Remark is required and the API takes no empty one, so a disk without a remark gets this neutral one back.
      const restore = before || 'system disk';
      const remark = `cloudcase remark ${Date.now().toString(36)}`;
      await swas().updateDiskAttribute({ diskId, remark });
      resources.track({ product: 'swas', kind: 'DiskRemark', id: diskId, remove: () => swas().updateDiskAttribute({ diskId, remark: restore }) });
      expect((await disksOf(instance())).find((d) => d.DiskId === diskId)?.Remark).toBe(remark);
    });

    it('refuses a remark longer than 100 characters and a disk that does not exist @regression', async () => {
      const diskId = await systemDiskId();
      await expect(swas().updateDiskAttribute({ diskId, remark: 'r'.repeat(101) })).rejects.toMatchApiError(INVALID_VALUE);
      await expect(swas().updateDiskAttribute({ diskId: MISSING_DISK, remark: 'x' })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'CreateSnapshot' }, () => {
    it('snapshots the system disk → lists it → remarks it → resets the disk from it → deletes it; then it is gone @smoke @regression @destructive', async () => {
      const api = swas();
      const diskId = await systemDiskId();
      const snapshotId = await newSnapshot(diskId);

      const listed = await api.listSnapshots({ instanceId: instance(), pageSize: 100 });
      expect((listed.body.Snapshots ?? []).map((s) => s.SnapshotId)).toContain(snapshotId);
      const ready = await waitForSnapshotReady(snapshotId);
      expect(ready).toMatchObject({ SourceDiskId: diskId, InstanceId: instance(), Status: 'Accomplished', Progress: '100%' });
      expect(ready?.SourceDiskType?.toLowerCase()).toBe('system');
      const tagged = await api.listSnapshots({ tag: resourceTags(), diskId });
      expect((tagged.body.Snapshots ?? []).map((s) => s.SnapshotId)).toContain(snapshotId);

      const remark = resourceName('remark');
      await api.updateSnapshotAttribute({ snapshotId, remark });
      expect((await snapshot(snapshotId))?.Remark).toBe(remark);
      await expect(api.updateSnapshotAttribute({ snapshotId, remark: 'r'.repeat(101) })).rejects.toMatchApiError(INVALID_VALUE);
      expect((await snapshot(snapshotId))?.Remark).toBe(remark);

      // A disk is reset only while its instance is stopped.
      await expect(api.resetDisk({ diskId, snapshotId })).rejects.toMatchApiError({ code: 'IncorrectInstanceStatus.ResetDisk', status: 403 });
      await settle(api, instance(), 'Stopped');
      await api.resetDisk({ diskId, snapshotId });
      await waitForDiskStatus(diskId, 'In_use');
      expect((await snapshot(snapshotId))?.RollbackTime).toMatch(/\d{4}-\d\d-\d\dT/);
      await api.startInstance({ instanceId: instance() });
      await waitForInstanceStatus(instance(), 'Running');

      await api.deleteSnapshot({ snapshotId });
      resources.forget('swas', 'Snapshot', snapshotId);
      expect(await snapshot(snapshotId)).toBeUndefined();
      await expect(api.deleteSnapshot({ snapshotId })).rejects.toMatchApiError(NOT_FOUND);
    });

    it('refuses a name that starts with http: and a disk that does not exist @regression', async () => {
      const diskId = await systemDiskId();
      await expect(swas().createSnapshot({ diskId, snapshotName: 'http://snap' })).rejects.toMatchApiError({ code: 'InvalidSnapshotName.ValueNotSupported', status: 400 });
      await expect(swas().createSnapshot({ diskId: MISSING_DISK, snapshotName: resourceName('snap') })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'DeleteSnapshots' }, () => {
    it('refuses a batch naming a snapshot that does not exist and deletes none of it; deletes two in one call; both are gone @regression', async () => {
      const diskId = await systemDiskId();
      const ids = [await newSnapshot(diskId), await newSnapshot(diskId)];
      await Promise.all(ids.map((id) => waitForSnapshotReady(id)));
      await expect(swas().deleteSnapshots({ snapshotIds: JSON.stringify([ids[0], MISSING_SNAPSHOT]) })).rejects.toMatchApiError(NOT_FOUND);
      expect((await snapshot(ids[0]))?.SnapshotId).toBe(ids[0]);
      await swas().deleteSnapshots({ snapshotIds: JSON.stringify(ids) });
      ids.forEach((id) => resources.forget('swas', 'Snapshot', id));
      const left = await swas().listSnapshots({ snapshotIds: JSON.stringify(ids) });
      expect(left.body.Snapshots ?? []).toEqual([]);
    });
  });

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'ListSnapshots' }, () => {
    it('lists nothing for an id that does not exist, and pages with consistent counts @regression', async () => {
      const none = await swas().listSnapshots({ snapshotIds: JSON.stringify([MISSING_SNAPSHOT]) });
      expect(none.body.Snapshots ?? []).toEqual([]);
      expect(none.body.TotalCount).toBe(0);
      const page = await swas().listSnapshots({ pageSize: 1 });
      expect((page.body.Snapshots ?? []).length).toBeLessThanOrEqual(1);
      expect(page.body.TotalCount).toBeGreaterThanOrEqual((page.body.Snapshots ?? []).length);
    });

    it('refuses a page size above 100 @regression', async () => {
      await expect(swas().listSnapshots({ pageSize: 101 }, { validate: false })).rejects.toMatchApiError(INVALID_VALUE);
    });
  });

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'UpdateSnapshotAttribute' }, () => {
    // (a remark longer than 100 characters is refused in the snapshot flow above)
    it('refuses a snapshot that does not exist @regression', async () => {
      await expect(swas().updateSnapshotAttribute({ snapshotId: MISSING_SNAPSHOT, remark: 'x' })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'ResetDisk' }, () => {
    it('refuses a snapshot taken from another disk @regression', async () => {
      const disks = await disksOf(instance());
      const systemDisk = disks.find((d) => d.DiskType === 'System')!.DiskId!;
      const other = (await swas().listSnapshots({ pageSize: 100 })).body.Snapshots?.find((s) => s.SourceDiskId !== systemDisk && s.Status === 'Accomplished');
      if (!other) throw new Error('the account has no snapshot of another disk: this negative case needs one (the shared instance has a seeded one in the simulator)');
      await expect(swas().resetDisk({ diskId: systemDisk, snapshotId: other.SnapshotId! })).rejects.toMatchApiError(/^Invalid|NotBelong/);
    });
    it('refuses a disk that does not exist @regression', async () => {
      await expect(swas().resetDisk({ diskId: MISSING_DISK, snapshotId: MISSING_SNAPSHOT })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Disks and snapshots', action: 'DeleteSnapshot' }, () => {
    it('refuses a snapshot that does not exist @regression', async () => {
      await expect(swas().deleteSnapshot({ snapshotId: MISSING_SNAPSHOT })).rejects.toMatchApiError(NOT_FOUND);
    });
  });
});
