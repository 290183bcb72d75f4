/** SWAS custom images: creation from snapshots, sharing with ECS and with other accounts. */
import { SimError, errors } from '../../../errors';
import type { StateStore } from '../../../state/store';
import { mustGet } from '../../common';
import { getInstance } from '../instances/model';
import { checkName } from '../storage/model';
import { RESOURCE_GROUP, type CustomImage, type SwasWorld } from '../world';
import type { TagPair } from '../../../wire/params';

export const CUSTOM_IMAGES_PER_REGION = 15;
export const SHARE_ACCOUNTS_PER_IMAGE = 10;

export const getImage = (w: SwasWorld, id: string): CustomImage => mustGet(w.images, id, 'InvalidImageId.NotFound', 'custom image');

export function createImage(
  w: SwasWorld,
  o: { instanceId: string; name: string; description?: string; systemSnapshotId?: string; dataSnapshotId?: string; tags: TagPair[]; resourceGroupId?: string },
): CustomImage {
  const inst = getInstance(w, o.instanceId);
  checkName(o.name, 'ImageName', 'InvalidParam.IllegalImageName');
  if ([...w.images.values()].some((i) => i.name === o.name)) throw new SimError('ImageNameAlreadyExist', `A custom image named ${o.name} already exists.`, 400);
  if (w.images.size >= CUSTOM_IMAGES_PER_REGION) {
    throw new SimError('CustomImageQuotaLimit', `A region holds at most ${CUSTOM_IMAGES_PER_REGION} custom images; delete one first.`, 400);
  }
  const system = o.systemSnapshotId
    ? w.snapshots.get(o.systemSnapshotId)
    : [...w.snapshots.values()].reverse().find((s) => s.instanceId === inst.id && s.diskType === 'System' && s.status === 'Accomplished');
  if (o.systemSnapshotId && !system) throw new SimError('InvalidParam.SystemSnapshotIdNotFound', `The system snapshot ${o.systemSnapshotId} does not exist.`, 400);
  if (!system) throw errors.missing('SystemSnapshotId');
  if (system.instanceId !== inst.id || system.diskType !== 'System') {
    throw new SimError('InvalidParam.SystemSnapshotIdNotSupport', `Snapshot ${system.id} is not a system disk snapshot of instance ${inst.id}.`, 400);
  }
  if (system.status !== 'Accomplished') throw errors.wrongStatus('IncorrectSnapshotStatus', system.id, system.status, 'Accomplished');
  if (o.dataSnapshotId) {
    const data = w.snapshots.get(o.dataSnapshotId);
    if (!data) throw new SimError('InvalidParam.DataSnapshotIdNotFound', `The data snapshot ${o.dataSnapshotId} does not exist.`, 400);
    if (data.instanceId !== inst.id || data.diskType !== 'Data') {
      throw new SimError('InvalidDataSnapshotId.NotBelongToInstance', `Snapshot ${data.id} is not a data disk snapshot of instance ${inst.id}.`, 400);
    }
  }
  const image: CustomImage = {
    id: w.ids.b36('image', 'm-', 20), name: o.name, description: o.description ?? '', instanceId: inst.id, instanceName: inst.name,
    systemSnapshotId: system.id, dataSnapshotId: o.dataSnapshotId ?? '', sourceImageId: inst.imageId, createdAt: w.clock.now(), sharedToEcs: false,
    sharedWith: new Map(), resourceGroupId: o.resourceGroupId ?? RESOURCE_GROUP, tags: o.tags.map((t) => ({ ...t })),
  };
  w.images.set(image.id, image);
  return image;
}

export function deleteImages(w: SwasWorld, ids: readonly string[]): void {
  const images = ids.map((id) => getImage(w, id));
  for (const img of images) {
    if (img.sharedToEcs || img.sharedWith.size > 0) {
      const how = img.sharedToEcs ? 'shared with ECS' : `shared with ${img.sharedWith.size} account(s)`;
      throw new SimError('CustomImageInShare', `Custom image ${img.id} is ${how}; stop sharing it first.`, 400);
    }
  }
  images.forEach((i) => w.images.delete(i.id));
}

export function share(w: SwasWorld, image: CustomImage, accounts: readonly string[], at: number): void {
  for (const a of accounts) {
    if (!/^\d{16}$/.test(a)) throw errors.invalid('Account', `'${a}' is not an Alibaba Cloud account id (16 digits)`);
    if (a === w.accountUid) throw new SimError('InvalidAccount.Self', 'An image cannot be shared with its own account.', 400);
  }
  const after = new Set([...image.sharedWith.keys(), ...accounts]);
  if (after.size > SHARE_ACCOUNTS_PER_IMAGE) {
    throw new SimError('QuotaExceed.ShareAccount', `A custom image can be shared with at most ${SHARE_ACCOUNTS_PER_IMAGE} accounts.`, 400);
  }
  for (const a of accounts) if (!image.sharedWith.has(a)) image.sharedWith.set(a, at);
}

export function unshare(image: CustomImage, accounts: readonly string[]): void {
  for (const a of accounts) {
    if (!image.sharedWith.has(a)) throw errors.notFound('InvalidAccount.NotFound', `share account ${a} of image ${image.id}`);
  }
  accounts.forEach((a) => image.sharedWith.delete(a));
}

/** Images other accounts in this region share with `uid`. */
export function sharedWithMe(store: StateStore, regionId: string, uid: string): Array<{ image: CustomImage; owner: string }> {
  const out: Array<{ image: CustomImage; owner: string }> = [];
  for (const { world } of store.existing<SwasWorld>('swas', regionId)) {
    if (world.accountUid === uid) continue;
    for (const image of world.images.values()) if (image.sharedWith.has(uid)) out.push({ image, owner: world.accountUid });
  }
  return out;
}
