// SWAS images: the public catalog; custom images made from a snapshot of the shared instance →
// listed → shared with ECS and unshared → shared with the `second` account, seen from its side,
// unshared, no longer seen → deleted → gone; batch delete; and the errors the API documents.
import { apiSuite, environment, resourceName, resourceTags, swas, useResources } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { accountUid } from '../../support/swas/account-ids';
import { waitForSnapshotReady } from '../../support/swas/waiters';
import { INVALID_VALUE, NOT_FOUND } from '../../support/swas/error-codes';

const MISSING_IMAGE = 'm-cc0000000000notexist';

async function customImage(imageId: string, account: 'main' | 'second' = 'main') {
  const r = await swas(account).listCustomImages({ imageIds: JSON.stringify([imageId]) });
  return (r.body.CustomImages ?? []).find((i) => i.ImageId === imageId);
}

async function shareAccounts(imageId: string): Promise<string[]> {
  const r = await swas().listCustomImageShareAccounts({ imageId, pageSize: 50 });
  return (r.body.ImageShareUsers ?? []).map((u) => String(u.UserId));
}

apiSuite({ product: 'swas', feature: 'Images', action: 'ListImages' }, () => {
  it('lists the public images; the profile image is among them; filters by type and id @smoke', async () => {
    const all = (await swas().listImages()).body.Images ?? [];
    expect(all.length).toBeGreaterThan(0);
    const imageId = environment().testData?.swas?.imageId;
    if (imageId) expect(all.map((i) => i.ImageId)).toContain(imageId);
    for (const type of ['system', 'app'] as const) {
      const listed = (await swas().listImages({ imageType: type })).body.Images ?? [];
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((i) => i.ImageType === type)).toBe(true);
    }
    const one = all[0].ImageId!;
    expect(((await swas().listImages({ imageIds: JSON.stringify([one]) })).body.Images ?? []).map((i) => i.ImageId)).toEqual([one]);
  });

  it('refuses an image type other than system, app and custom @regression', async () => {
    await expect(swas().listImages({ imageType: 'private' }, { validate: false })).rejects.toMatchApiError({ code: 'InvalidImageType.ValueNotSupported', status: 400 });
  });
});

describe('SWAS custom images of the shared instance', () => {
  const resources = useResources();
  let instanceId: string;
  let snapshotId: string;

  beforeAll(async () => {
    instanceId = await sharedInstanceId();
    const disks = await swas().listDisks({ instanceId, diskType: 'System' });
    const diskId = disks.body.Disks?.[0]?.DiskId;
    if (!diskId) throw new Error(`instance ${instanceId} lists no system disk`);
    const created = await swas().createSnapshot({ diskId, snapshotName: resourceName('img-snap'), tag: resourceTags() });
    snapshotId = created.body.SnapshotId!;
    resources.track({
      product: 'swas', kind: 'Snapshot', id: snapshotId,
      remove: async () => {
        await waitForSnapshotReady(snapshotId);
        await swas().deleteSnapshot({ snapshotId });
      },
    });
    await waitForSnapshotReady(snapshotId);
  });

  async function newImage(): Promise<string> {
    const r = await swas().createCustomImage({ instanceId, imageName: resourceName('image'), systemSnapshotId: snapshotId, description: 'cloudcase test image', tag: resourceTags() });
    const imageId = r.body.ImageId!;
    resources.track({ product: 'swas', kind: 'CustomImage', id: imageId, remove: () => swas().deleteCustomImage({ imageId }) });
    return imageId;
  }

  apiSuite({ product: 'swas', feature: 'Images', action: 'CreateCustomImage' }, () => {
    it('creates a custom image, lists it, shares it with ECS and with the second account, unshares, deletes it; then it is gone @smoke @regression', async () => {
      const api = swas();
      const imageId = await newImage();
      const mine = await customImage(imageId);
      expect(mine).toMatchObject({ InstanceId: instanceId, SystemSnapshotId: snapshotId, InShare: false, InShareUser: false, Description: 'cloudcase test image' });
      expect(mine?.Name).toMatch(new RegExp(`^${environment().resources.namePrefix}`));
      const byTag = await api.listCustomImages({ tag: resourceTags(), instanceId });
      expect((byTag.body.CustomImages ?? []).map((i) => i.ImageId)).toContain(imageId);
      expect(((await api.listImages({ imageType: 'custom' })).body.Images ?? []).map((i) => i.ImageId)).toContain(imageId);

      // shared with ECS (the same account's ECS images) and back
      await api.modifyImageShareStatus({ imageId, operation: 'Share' });
      expect((await customImage(imageId))?.InShare).toBe(true);
      expect(((await api.listCustomImages({ share: true })).body.CustomImages ?? []).map((i) => i.ImageId)).toContain(imageId);
      // an image shared with ECS cannot be deleted
      await expect(api.deleteCustomImage({ imageId })).rejects.toMatchApiError({ code: 'CustomImageInShare', status: 400 });
      await api.modifyImageShareStatus({ imageId, operation: 'UnShare' });
      expect((await customImage(imageId))?.InShare).toBe(false);

      // shared with another account: it sees the image, marked as shared to it
      const second = await accountUid('second');
      await api.addCustomImageShareAccount({ imageId, account: [Number(second)] });
      resources.track({ product: 'swas', kind: 'ImageShare', id: `${imageId}>${second}`, remove: () => api.removeCustomImageShareAccount({ imageId, account: [Number(second)] }) });
      expect(await shareAccounts(imageId)).toEqual([second]);
      expect(await customImage(imageId, 'second')).toMatchObject({ ImageId: imageId, InShareUser: true });

      // an image still shared cannot be deleted
      await expect(api.deleteCustomImage({ imageId })).rejects.toMatchApiError({ code: 'CustomImageInShare', status: 400 });

      await api.removeCustomImageShareAccount({ imageId, account: [Number(second)] });
      resources.forget('swas', 'ImageShare', `${imageId}>${second}`);
      expect(await shareAccounts(imageId)).toEqual([]);
      expect(await customImage(imageId, 'second')).toBeUndefined();

      await api.deleteCustomImage({ imageId });
      resources.forget('swas', 'CustomImage', imageId);
      expect(await customImage(imageId)).toBeUndefined();
      await expect(api.deleteCustomImage({ imageId })).rejects.toMatchApiError(NOT_FOUND);
    });

    it('refuses a name that starts with http: and a snapshot of another instance @regression', async () => {
      await expect(swas().createCustomImage({ instanceId, imageName: 'http://image', systemSnapshotId: snapshotId })).rejects.toMatchApiError({ code: 'InvalidParam.IllegalImageName', status: 400 });
      const foreign = (await swas().listSnapshots({ pageSize: 100 })).body.Snapshots?.find((s) => s.InstanceId !== instanceId && s.Status === 'Accomplished');
      if (foreign) {
        await expect(swas().createCustomImage({ instanceId, imageName: resourceName('image'), systemSnapshotId: foreign.SnapshotId })).rejects.toMatchApiError({ code: 'InvalidParam.SystemSnapshotIdNotSupport', status: 400 });
      }
    });
  });

  apiSuite({ product: 'swas', feature: 'Images', action: 'DeleteCustomImages' }, () => {
    it('deletes two custom images in one call; both are gone @regression', async () => {
      const ids = [await newImage(), await newImage()];
      await swas().deleteCustomImages({ imageIds: JSON.stringify(ids) });
      ids.forEach((id) => resources.forget('swas', 'CustomImage', id));
      expect((await swas().listCustomImages({ imageIds: JSON.stringify(ids) })).body.CustomImages ?? []).toEqual([]);
    });

    it('refuses a batch naming an image that does not exist, and deletes none of it @regression', async () => {
      const imageId = await newImage();
      await expect(swas().deleteCustomImages({ imageIds: JSON.stringify([imageId, MISSING_IMAGE]) })).rejects.toMatchApiError(NOT_FOUND);
      expect((await customImage(imageId))?.ImageId).toBe(imageId);
    });
  });

  apiSuite({ product: 'swas', feature: 'Images', action: 'AddCustomImageShareAccount' }, () => {
    it('refuses to share an image with its own account and with a malformed account id @regression', async () => {
      const imageId = await newImage();
      await expect(swas().addCustomImageShareAccount({ imageId, account: [Number(await accountUid('main'))] })).rejects.toMatchApiError(INVALID_VALUE);
      await expect(swas().addCustomImageShareAccount({ imageId, account: [12345] })).rejects.toMatchApiError(INVALID_VALUE);
      expect(await shareAccounts(imageId)).toEqual([]);
    });

    it('refuses an image that does not exist @regression', async () => {
      await expect(swas().addCustomImageShareAccount({ imageId: MISSING_IMAGE, account: [Number(await accountUid('second'))] })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Images', action: 'RemoveCustomImageShareAccount' }, () => {
    it('refuses an account the image is not shared with @regression', async () => {
      const imageId = await newImage();
      await expect(swas().removeCustomImageShareAccount({ imageId, account: [Number(await accountUid('second'))] })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Images', action: 'ListCustomImageShareAccounts' }, () => {
    it('refuses an image that does not exist @regression', async () => {
      await expect(swas().listCustomImageShareAccounts({ imageId: MISSING_IMAGE })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Images', action: 'ModifyImageShareStatus' }, () => {
    it('refuses an image that does not exist @regression', async () => {
      await expect(swas().modifyImageShareStatus({ imageId: MISSING_IMAGE, operation: 'Share' })).rejects.toMatchApiError(NOT_FOUND);
    });

    it('refuses an operation other than Share and UnShare, and keeps the image unshared @regression', async () => {
      const imageId = await newImage();
      await expect(swas().modifyImageShareStatus({ imageId, operation: 'Publish' }, { validate: false })).rejects.toMatchApiError({ code: 'InvalidParam.OperationIllegal', status: 400 });
      expect((await customImage(imageId))?.InShare).toBe(false);
    });
  });

  apiSuite({ product: 'swas', feature: 'Images', action: 'DeleteCustomImage' }, () => {
    it('refuses an image that does not exist @regression', async () => {
      await expect(swas().deleteCustomImage({ imageId: MISSING_IMAGE })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Images', action: 'ListCustomImages' }, () => {
    it('pages with consistent counts and lists nothing for an unknown name @regression', async () => {
      const page = await swas().listCustomImages({ pageSize: 1 });
      expect((page.body.CustomImages ?? []).length).toBeLessThanOrEqual(1);
      expect(Number(page.body.TotalCount)).toBeGreaterThanOrEqual((page.body.CustomImages ?? []).length);
      const none = await swas().listCustomImages({ imageNames: JSON.stringify([resourceName('none')]) });
      expect(none.body.CustomImages ?? []).toEqual([]);
    });
    it('refuses a page size above 100 @regression', async () => {
      await expect(swas().listCustomImages({ pageSize: 101 }, { validate: false })).rejects.toMatchApiError(INVALID_VALUE);
    });
  });
});
