/** SWAS image actions: public catalog, custom images, sharing. */
import { isoSeconds } from '../../../clock';
import { SimError } from '../../../errors';
import { hasTags, paginate, renderTags } from '../../common';
import type { Handlers } from '../../types';
import { SWAS_IMAGES } from '../catalog';
import type { CustomImage, SwasWorld } from '../world';
import * as rules from './model';

function renderCustom(w: SwasWorld, img: CustomImage, ownerUid: string, sharedToMe: boolean): Record<string, unknown> {
  const sys = w.snapshots.get(img.systemSnapshotId);
  const data = img.dataSnapshotId ? w.snapshots.get(img.dataSnapshotId) : undefined;
  const source = SWAS_IMAGES.find((i) => i.ImageId === img.sourceImageId);
  return {
    CreateInstances: [...w.instances.values()].filter((i) => i.imageId === img.id).map((i) => i.id),
    CreationTime: isoSeconds(img.createdAt),
    DataSnapshotId: img.dataSnapshotId,
    DataSnapshotName: data?.name ?? '',
    Description: img.description,
    ImageId: img.id,
    InShare: img.sharedToEcs,
    InShareUser: sharedToMe,
    InstanceId: img.instanceId,
    InstanceName: img.instanceName,
    Name: img.name,
    OsType: source?.Platform ?? 'Linux',
    RegionId: w.regionId,
    RequiredDataDiskSize: data ? (w.disks.get(data.diskId)?.size ?? 0) : 0,
    RequiredSystemDiskSize: sys ? (w.disks.get(sys.diskId)?.size ?? 40) : 40,
    ResourceGroupId: img.resourceGroupId,
    SourceImageName: source?.ImageName ?? '',
    SourceImageVersion: source?.ImageVersion ?? '',
    Status: 'Available',
    SystemSnapshotId: img.systemSnapshotId,
    SystemSnapshotName: sys?.name ?? '',
    Tags: renderTags(img.tags),
    UserId: Number(ownerUid),
  };
}

/** `2024-07-15 13:59:21.0`: the format ListCustomImageShareAccounts prints share times in. */
function shareTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + '.0';
}

export const imageHandlers: Handlers<SwasWorld> = {
  ListImages: (c) => {
    const ids = c.params.list('ImageIds');
    const type = c.params.str('ImageType');
    if (type !== undefined && !['system', 'app', 'custom'].includes(type)) {
      throw new SimError('InvalidImageType.ValueNotSupported', `The ImageType '${type}' is not valid: use system, app or custom.`, 400);
    }
    const publicImages = SWAS_IMAGES.map((i) => ({ Description: i.Description, ImageId: i.ImageId, ImageName: i.ImageName, ImageType: i.ImageType, Platform: i.Platform }));
    const custom = [...c.world.images.values()].map((i) => ({
      Description: i.description, ImageId: i.id, ImageName: i.name, ImageType: 'custom', Platform: SWAS_IMAGES.find((s) => s.ImageId === i.sourceImageId)?.Platform ?? 'Linux',
    }));
    const all = [...publicImages, ...custom].filter((i) => (ids.length === 0 || ids.includes(i.ImageId)) && (!type || i.ImageType === type));
    return { Images: all };
  },
  CreateCustomImage: (c) => {
    const image = rules.createImage(c.world, {
      instanceId: c.params.need('InstanceId'), name: c.params.need('ImageName'), description: c.params.str('Description'),
      systemSnapshotId: c.params.str('SystemSnapshotId'), dataSnapshotId: c.params.str('DataSnapshotId'), tags: c.params.tags(), resourceGroupId: c.params.str('ResourceGroupId'),
    });
    return { ImageId: image.id };
  },
  DeleteCustomImage: (c) => {
    rules.deleteImages(c.world, [c.params.need('ImageId')]);
    return {};
  },
  DeleteCustomImages: (c) => {
    rules.deleteImages(c.world, c.params.needList('ImageIds'));
    return {};
  },
  ModifyImageShareStatus: (c) => {
    const image = rules.getImage(c.world, c.params.need('ImageId'));
    const op = c.params.need('Operation');
    if (op !== 'Share' && op !== 'UnShare') throw new SimError('InvalidParam.OperationIllegal', `The Operation '${op}' is not valid: use Share or UnShare.`, 400);
    image.sharedToEcs = op === 'Share';
    return {};
  },
  AddCustomImageShareAccount: (c) => {
    const image = rules.getImage(c.world, c.params.need('ImageId'));
    rules.share(c.world, image, c.params.needList('Account'), c.clock.now());
    return {};
  },
  RemoveCustomImageShareAccount: (c) => {
    const image = rules.getImage(c.world, c.params.need('ImageId'));
    rules.unshare(image, c.params.needList('Account'));
    return {};
  },
  ListCustomImageShareAccounts: (c) => {
    const image = rules.getImage(c.world, c.params.need('ImageId'));
    const page = paginate([...image.sharedWith.entries()], c.params);
    return {
      ImageShareUsers: page.items.map(([uid, at]) => ({ SharedTime: shareTime(at), UserId: Number(uid) })),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  ListCustomImages: (c) => {
    const p = c.params;
    const ids = p.list('ImageIds');
    const names = p.list('ImageNames');
    const instanceId = p.str('InstanceId');
    const sys = p.str('SystemSnapshotId');
    const data = p.str('DataSnapshotId');
    const rg = p.str('ResourceGroupId');
    const share = p.has('Share') ? p.bool('Share') : undefined;
    const tags = p.tags();
    const own = [...c.world.images.values()].map((image) => ({ image, owner: c.accountUid, toMe: false }));
    const shared = rules.sharedWithMe(c.store, c.regionId, c.accountUid).map((x) => ({ ...x, toMe: true }));
    const list = [...own, ...shared].filter(
      ({ image: i }) => (ids.length === 0 || ids.includes(i.id)) && (names.length === 0 || names.includes(i.name)) && (!instanceId || i.instanceId === instanceId) &&
        (!sys || i.systemSnapshotId === sys) && (!data || i.dataSnapshotId === data) && (!rg || i.resourceGroupId === rg) &&
        (share === undefined || i.sharedToEcs === share) && hasTags(i.tags, tags),
    );
    const page = paginate(list, p);
    return {
      CustomImages: page.items.map((x) => renderCustom(c.world, x.image, x.owner, x.toMe)),
      PageNumber: String(page.pageNumber), PageSize: String(page.pageSize), TotalCount: String(page.totalCount),
    };
  },
};
