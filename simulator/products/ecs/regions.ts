/** ECS regions and zones. */
import type { Handlers } from '../types';
import { ECS_REGIONS, INSTANCE_TYPES, zonesOf } from './catalog';
import type { EcsWorld } from './world';

export const ecsCatalogHandlers: Handlers<EcsWorld> = {
  DescribeRegions: () => ({
    Regions: {
      Region: ECS_REGIONS.map((r) => ({
        LocalName: r.localName, RegionEndpoint: r.regionId === 'cn-hangzhou' ? 'ecs-cn-hangzhou.aliyuncs.com' : `ecs.${r.regionId}.aliyuncs.com`, RegionId: r.regionId, Status: 'available',
      })),
    },
  }),
  DescribeZones: (c) => ({
    Zones: {
      Zone: zonesOf(c.regionId).map((z) => ({
        AvailableDiskCategories: { DiskCategories: ['cloud_essd', 'cloud_auto', 'cloud_efficiency'] },
        AvailableInstanceTypes: { InstanceTypes: INSTANCE_TYPES.map((t) => t.id) },
        AvailableResourceCreation: { ResourceTypes: ['Instance', 'Disk', 'VSwitch'] },
        AvailableVolumeCategories: { VolumeCategories: [] },
        LocalName: `${c.regionId.replace(/^cn-/, '').replace(/^\w/, (ch) => ch.toUpperCase())} Zone ${z.slice(-1).toUpperCase()}`,
        ZoneId: z,
        ZoneType: 'AvailabilityZone',
      })),
    },
  }),
};
