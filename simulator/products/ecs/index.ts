/** Elastic Compute Service (ECS), API 2014-05-26: the core actions (see handlers for the list). */
import type { Handlers, SimProduct } from '../types';
import { modelLookup } from '../models';
import { ECS_ACTIONS } from './actions';
import { ECS_REGIONS } from './catalog';
import { seedEcs, type EcsWorld } from './world';
import { ecsCatalogHandlers } from './regions';
import { ecsInstanceHandlers } from './instances/responses';
import { ecsImageHandlers } from './images/responses';
import { ecsSecurityGroupHandlers } from './security-groups/responses';
import { ecsCommandHandlers } from './commands/responses';
import { ecsKeyPairHandlers } from './keypairs/responses';
import { ecsTagHandlers } from './tags/responses';
import { ECS_PARAM_CODES } from './param-codes';

const handlers: Handlers<EcsWorld> = {
  ...ecsCatalogHandlers,
  ...ecsInstanceHandlers,
  ...ecsImageHandlers,
  ...ecsSecurityGroupHandlers,
  ...ecsCommandHandlers,
  ...ecsKeyPairHandlers,
  ...ecsTagHandlers,
};

/** The ECS actions the simulator implements (the rest answer 501 NotImplemented). */
export const ECS_IMPLEMENTED: readonly string[] = Object.keys(handlers);

export const ecsProduct: SimProduct<EcsWorld> = {
  id: 'ecs',
  title: 'ECS',
  version: '2014-05-26',
  actions: new Set(ECS_ACTIONS),
  handlers,
  regions: ECS_REGIONS,
  regionless: new Set(['DescribeRegions']),
  // Documented (404) by most ECS actions that name a region code at all, the ones simulated included.
  unknownRegion: { code: 'InvalidRegionId.NotFound', status: 404 },
  paramCodes: ECS_PARAM_CODES,
  host: (regionId) => `ecs.${regionId}.aliyuncs.com`,
  seed: seedEcs,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  modelFor: modelLookup(() => require('../../../models/ecs') as Record<string, unknown>),
};
