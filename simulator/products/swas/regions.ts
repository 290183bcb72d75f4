/** SWAS catalog actions: regions and plans (the same for every account). */
import type { Handlers } from '../types';
import { SWAS_PLANS, SWAS_REGIONS } from './catalog';
import type { SwasWorld } from './world';

export const catalogHandlers: Handlers<SwasWorld> = {
  // AcceptLanguage is accepted; the simulator answers in English whatever it asks.
  ListRegions: () => ({
    Regions: SWAS_REGIONS.map((r) => ({ LocalName: r.localName, RegionEndpoint: `swas.${r.regionId}.aliyuncs.com`, RegionId: r.regionId })),
  }),
  ListPlans: () => ({
    Plans: SWAS_PLANS.map((p) => ({
      Bandwidth: p.Bandwidth, Core: p.Core, Currency: p.Currency, DiskSize: p.DiskSize, DiskType: p.DiskType, Flow: p.Flow, IspType: 'BGP', Memory: p.Memory,
      OriginPrice: String(p.OriginPrice), PlanId: p.PlanId, PlanType: p.PlanType, PublicIpNum: '1', SupportPlatform: p.SupportPlatform, Tags: [],
    })),
  }),
};
