import { Action, Param } from '../../core';
import { ECS } from './product';

export class DescribeImagesFilter {
  @Param({ wire: 'Key', type: 'string', example: 'CreationStartTime' })
  key?: string;
  @Param({ wire: 'Value', type: 'string', example: '2017-12-05T22:40Z' })
  value?: string;
}

export class DescribeImagesTag {
  @Param({ wire: 'Key', type: 'string', example: 'TestKey' })
  key?: string;
  @Param({ wire: 'Value', type: 'string', example: 'TestValue' })
  value?: string;
}

@Action({ product: ECS, action: 'DescribeImages' })
export class DescribeImagesModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'ImageId', type: 'string', example: 'm-bp1g7004ksh0oeuc****' })
  imageId?: string;
  @Param({ wire: 'ImageName', type: 'string', example: 'testImageName' })
  imageName?: string;
  @Param({ wire: 'ImageFamily', type: 'string', example: 'hangzhou-daily-update' })
  imageFamily?: string;
  @Param({ wire: 'ImageOwnerAlias', type: 'string', enum: ['system', 'self', 'others', 'marketplace'], example: 'self' })
  imageOwnerAlias?: string;
  @Param({ wire: 'ImageOwnerId', type: 'integer' })
  imageOwnerId?: number;
  @Param({ wire: 'Status', type: 'string', serverDefault: 'Available', example: 'Available' })
  status?: string;
  @Param({ wire: 'Usage', type: 'string', enum: ['instance', 'none'], example: 'instance' })
  usage?: string;
  @Param({ wire: 'OSType', type: 'string', enum: ['windows', 'linux'], example: 'linux' })
  OSType?: string;
  @Param({ wire: 'Architecture', type: 'string', enum: ['i386', 'x86_64', 'arm64'], example: 'i386' })
  architecture?: string;
  @Param({ wire: 'ActionType', type: 'string', enum: ['CreateEcs', 'ChangeOS'], example: 'CreateEcs' })
  actionType?: string;
  @Param({ wire: 'InstanceType', type: 'string', example: 'ecs.g5.large' })
  instanceType?: string;
  @Param({ wire: 'SnapshotId', type: 'string', example: 's-bp17ot2q7x72ggtw****' })
  snapshotId?: string;
  @Param({ wire: 'IsPublic', type: 'boolean', serverDefault: false, example: 'false' })
  isPublic?: boolean;
  @Param({ wire: 'IsSupportCloudinit', type: 'boolean', example: 'true' })
  isSupportCloudinit?: boolean;
  @Param({ wire: 'IsSupportIoOptimized', type: 'boolean', example: 'true' })
  isSupportIoOptimized?: boolean;
  @Param({ wire: 'ShowExpired', type: 'boolean', example: 'false' })
  showExpired?: boolean;
  @Param({ wire: 'Usable', type: 'boolean', example: 'true' })
  usable?: boolean;
  @Param({ wire: 'DryRun', type: 'boolean', serverDefault: false, example: 'false' })
  dryRun?: boolean;
  @Param({ wire: 'Filter', type: 'array', items: () => DescribeImagesFilter })
  filter?: DescribeImagesFilter[];
  @Param({ wire: 'Tag', type: 'array', items: () => DescribeImagesTag })
  tag?: DescribeImagesTag[];
  @Param({ wire: 'PageNumber', type: 'integer', serverDefault: 1, example: '1' })
  pageNumber?: number;
  @Param({ wire: 'PageSize', type: 'integer', serverDefault: 10, example: '10' })
  pageSize?: number;
  @Param({ wire: 'ResourceGroupId', type: 'string', example: 'rg-bp67acfmxazb4p****' })
  resourceGroupId?: string;
  @Param({ wire: 'OwnerId', type: 'integer' })
  ownerId?: number;
  @Param({ wire: 'OwnerAccount', type: 'string' })
  ownerAccount?: string;
  @Param({ wire: 'ResourceOwnerId', type: 'integer' })
  resourceOwnerId?: number;
  @Param({ wire: 'ResourceOwnerAccount', type: 'string' })
  resourceOwnerAccount?: string;
}
