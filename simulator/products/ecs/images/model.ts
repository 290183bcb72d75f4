/** ECS custom images: creation (Creating → Available), deletion, sharing with other accounts. */
import { SimError, errors } from '../../../errors';
import type { StateStore } from '../../../state/store';
import { mustGet } from '../../common';
import { ecsId, type EcsImage, type EcsInstance, type EcsWorld } from '../world';
import type { TagPair } from '../../../wire/params';

export const IMAGE_CREATE_MS = 10_000;
export const SHARE_LIMIT = 10;

export const getEcsImage = (w: EcsWorld, id: string): EcsImage => mustGet(w.images, id, 'InvalidImageId.NotFound', 'image');

export function checkImageName(name: string): void {
  if (name.length < 2 || name.length > 128 || /^(http:|https:|acs:|aliyun)/.test(name) || !/^[A-Za-z\u4e00-\u9fa5]/.test(name)) {
    throw new SimError('InvalidImageName.Malformed', `The ImageName '${name}' is not valid: use 2 to 128 characters, start with a letter, and do not start with http:, https:, acs: or aliyun.`, 400);
  }
}

export function createEcsImage(w: EcsWorld, inst: EcsInstance, o: { name?: string; description?: string; tags: TagPair[] }): EcsImage {
  if (o.name !== undefined) checkImageName(o.name);
  if (o.name !== undefined && [...w.images.values()].some((i) => i.name === o.name)) {
    throw new SimError('InvalidImageName.Duplicated', `An image named ${o.name} already exists.`, 400);
  }
  const id = ecsId(w, 'image', 'm');
  const image: EcsImage = {
    id, name: o.name ?? `image-${id.slice(2, 10)}`, description: o.description ?? '', status: 'Creating', sourceImageId: inst.imageId, instanceId: inst.id,
    createdAt: w.clock.now(), sharedWith: new Map(), isPublic: false, tags: o.tags.map((t) => ({ ...t })),
  };
  w.images.set(id, image);
  w.clock.schedule(IMAGE_CREATE_MS, () => {
    image.status = 'Available';
  });
  return image;
}

export function deleteEcsImage(w: EcsWorld, image: EcsImage, force: boolean): void {
  const users = [...w.instances.values()].filter((i) => i.imageId === image.id);
  if (users.length && !force) {
    throw new SimError('ImageUsingByInstance', `Image ${image.id} is used by instance ${users[0].id}; pass Force=true to delete it anyway.`, 403);
  }
  if (image.sharedWith.size && !force) {
    throw new SimError('ImageUseShared', `Image ${image.id} is shared with other accounts; cancel the sharing first or pass Force=true.`, 403);
  }
  w.images.delete(image.id);
}

export function changeSharing(w: EcsWorld, image: EcsImage, add: readonly string[], remove: readonly string[], at: number): void {
  if (image.status !== 'Available') throw errors.wrongStatus('IncorrectImageStatus', image.id, image.status, 'Available');
  for (const a of [...add, ...remove]) {
    if (!/^\d{16}$/.test(a)) throw new SimError('InvalidAccount.NotFound', `'${a}' is not an Alibaba Cloud account id (16 digits).`, 404);
  }
  if (add.includes(w.accountUid)) throw new SimError('InvalidAccount.Forbbiden', 'An image cannot be shared with its own account.', 404);
  const after = new Set([...image.sharedWith.keys(), ...add]);
  remove.forEach((a) => after.delete(a));
  if (after.size > SHARE_LIMIT) throw new SimError('QuotaExceed.ShareImageUser', `An image can be shared with at most ${SHARE_LIMIT} accounts.`, 403);
  for (const a of add) if (!image.sharedWith.has(a)) image.sharedWith.set(a, at);
  remove.forEach((a) => image.sharedWith.delete(a));
}

/** Images other accounts of this region share with `uid`. */
export function imagesSharedWith(store: StateStore, regionId: string, uid: string): Array<{ image: EcsImage; owner: string }> {
  const out: Array<{ image: EcsImage; owner: string }> = [];
  for (const { world } of store.existing<EcsWorld>('ecs', regionId)) {
    if (world.accountUid === uid) continue;
    for (const image of world.images.values()) if (image.sharedWith.has(uid)) out.push({ image, owner: world.accountUid });
  }
  return out;
}
