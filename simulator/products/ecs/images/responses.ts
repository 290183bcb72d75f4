/** ECS image actions. */
import { errors } from '../../../errors';
import { hasTags, paginate } from '../../common';
import type { Handlers } from '../../types';
import { PUBLIC_IMAGES, type PublicImage } from '../catalog';
import { dryRun, ecsTags, ecsTime, findInstance, nameMatches } from '../common';
import type { EcsImage, EcsWorld } from '../world';
import * as rules from './model';

type Row = Record<string, unknown>;

function renderPublic(i: PublicImage): Row {
  return {
    Architecture: i.Architecture, BootMode: 'BIOS', CreationTime: i.CreationTime, Description: '', ImageFamily: i.ImageFamily, ImageId: i.ImageId, ImageName: i.ImageName,
    ImageOwnerAlias: 'system', ImageVersion: '', IsCopied: false, IsPublic: true, IsSelfShared: '', IsSubscribed: false, IsSupportCloudinit: true, IsSupportIoOptimized: true,
    OSName: i.OSName, OSNameEn: i.OSNameEn, OSType: i.OSType, Platform: i.Platform, Progress: '100%', Size: i.Size, Status: 'Available', Usage: 'instance',
    Tags: { Tag: [] }, DiskDeviceMappings: { DiskDeviceMapping: [{ Device: '/dev/xvda', Size: String(i.Size), SnapshotId: '', Type: 'system', Format: '', ImportOSSBucket: '', ImportOSSObject: '' }] },
  };
}

function renderCustom(img: EcsImage, owner: string, alias: 'self' | 'others'): Row {
  const src = PUBLIC_IMAGES.find((p) => p.ImageId === img.sourceImageId);
  return {
    Architecture: 'x86_64', BootMode: 'BIOS', CreationTime: ecsTime(img.createdAt), Description: img.description, ImageFamily: '', ImageId: img.id, ImageName: img.name,
    ImageOwnerAlias: alias, ImageOwnerId: Number(owner), ImageVersion: '', IsCopied: false, IsPublic: img.isPublic, IsSelfShared: img.sharedWith.size ? 'True' : 'False',
    IsSubscribed: false, IsSupportCloudinit: true, IsSupportIoOptimized: true, OSName: src?.OSName ?? 'Linux', OSNameEn: src?.OSNameEn ?? 'Linux', OSType: src?.OSType ?? 'linux',
    Platform: src?.Platform ?? 'Others Linux', Progress: img.status === 'Available' ? '100%' : '0%', Size: src?.Size ?? 20, Status: img.status, Usage: 'none',
    Tags: ecsTags(img.tags), DiskDeviceMappings: { DiskDeviceMapping: [{ Device: '/dev/xvda', Size: String(src?.Size ?? 20), SnapshotId: '', Type: 'system', Format: '', ImportOSSBucket: '', ImportOSSObject: '' }] },
  };
}

export const ecsImageHandlers: Handlers<EcsWorld> = {
  DescribeImages: (c) => {
    const p = c.params;
    const ids = p.str('ImageId')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    const alias = p.str('ImageOwnerAlias');
    if (alias !== undefined && !['system', 'self', 'others', 'marketplace'].includes(alias)) throw errors.invalid('ImageOwnerAlias', 'must be system, self, others or marketplace');
    const status = (p.str('Status') ?? 'Available').split(',');
    const name = p.str('ImageName');
    const os = p.str('OSType');
    const arch = p.str('Architecture');
    const family = p.str('ImageFamily');
    const isPublic = p.has('IsPublic') ? p.bool('IsPublic') : undefined;
    const tags = p.tags();
    const filters = p.objects('Filter');
    const since = filters.find((f) => f.Key === 'CreationStartTime')?.Value;
    const until = filters.find((f) => f.Key === 'CreationEndTime')?.Value;
    const inRange = (created: string): boolean => (!since || Date.parse(created) >= Date.parse(String(since))) && (!until || Date.parse(created) <= Date.parse(String(until)));
    const rows: Row[] = [];
    if (!alias || alias === 'system') rows.push(...PUBLIC_IMAGES.map(renderPublic));
    if (!alias || alias === 'self') rows.push(...[...c.world.images.values()].filter((i) => hasTags(i.tags, tags)).map((i) => renderCustom(i, c.accountUid, 'self')));
    if (!alias || alias === 'others') rows.push(...rules.imagesSharedWith(c.store, c.regionId, c.accountUid).map((x) => renderCustom(x.image, x.owner, 'others')));
    const list = rows.filter(
      (r) => (ids.length === 0 || ids.includes(String(r.ImageId))) && status.includes(String(r.Status)) && nameMatches(String(r.ImageName), name) &&
        (!os || r.OSType === os) && (!arch || r.Architecture === arch) && (!family || r.ImageFamily === family) && (isPublic === undefined || r.IsPublic === isPublic) &&
        (tags.length === 0 || r.ImageOwnerAlias === 'self') && inRange(String(r.CreationTime)),
    );
    dryRun(c);
    const page = paginate(list, p, { maxSize: 100 });
    return { Images: { Image: page.items }, PageNumber: page.pageNumber, PageSize: page.pageSize, RegionId: c.regionId, TotalCount: page.totalCount };
  },
  CreateImage: (c) => {
    const instanceId = c.params.str('InstanceId');
    if (!instanceId) throw errors.missing('InstanceId');
    const { inst } = findInstance(c, instanceId);
    dryRun(c);
    const image = rules.createEcsImage(c.world, inst, { name: c.params.str('ImageName'), description: c.params.str('Description'), tags: c.params.tags() });
    return { ImageId: image.id };
  },
  DeleteImage: (c) => {
    const image = rules.getEcsImage(c.world, c.params.need('ImageId'));
    dryRun(c);
    rules.deleteEcsImage(c.world, image, c.params.bool('Force'));
    return {};
  },
  ModifyImageAttribute: (c) => {
    const image = rules.getEcsImage(c.world, c.params.need('ImageId'));
    const name = c.params.str('ImageName');
    if (name !== undefined) rules.checkImageName(name);
    const status = c.params.str('Status');
    if (status !== undefined && !['Deprecated', 'Available'].includes(status)) throw errors.invalid('Status', 'must be Deprecated or Available');
    dryRun(c);
    if (name !== undefined) image.name = name;
    if (c.params.str('Description') !== undefined) image.description = c.params.str('Description')!;
    return {};
  },
  ModifyImageSharePermission: (c) => {
    const image = rules.getEcsImage(c.world, c.params.need('ImageId'));
    dryRun(c);
    rules.changeSharing(c.world, image, c.params.list('AddAccount'), c.params.list('RemoveAccount'), c.clock.now());
    if (c.params.has('IsPublic')) image.isPublic = c.params.bool('IsPublic');
    return {};
  },
  DescribeImageSharePermission: (c) => {
    const image = rules.getEcsImage(c.world, c.params.need('ImageId'));
    const page = paginate([...image.sharedWith.entries()], c.params);
    return {
      Accounts: { Account: page.items.map(([uid, at]) => ({ AliyunId: uid, SharedTime: ecsTime(at) })) },
      ImageId: image.id, PageNumber: page.pageNumber, PageSize: page.pageSize, RegionId: c.regionId,
      ShareGroups: { ShareGroup: image.isPublic ? [{ Group: 'all' }] : [] }, TotalCount: page.totalCount,
    };
  },
};
