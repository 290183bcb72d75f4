/** Simple Application Server (SWAS), API 2020-06-01: all 98 actions. */
import type { Handlers, SimProduct } from '../types';
import { modelLookup } from '../models';
import { SWAS_ACTIONS } from './actions';
import { SWAS_REGIONS } from './catalog';
import type { SwasWorld } from './world';
import { seedSwas } from './seed';
import { instanceHandlers } from './instances/responses';
import { accessHandlers } from './access/responses';
import { monitorHandlers } from './monitor/responses';
import { storageHandlers } from './storage/responses';
import { imageHandlers } from './images/responses';
import { firewallHandlers } from './firewall/responses';
import { keyPairHandlers } from './keypairs/responses';
import { commandHandlers } from './commands/responses';
import { databaseHandlers } from './databases/responses';
import { tagHandlers } from './tags/responses';
import { catalogHandlers } from './regions';
import { SWAS_PARAM_CODES } from './param-codes';

const handlers: Handlers<SwasWorld> = {
  ...instanceHandlers,
  ...accessHandlers,
  ...monitorHandlers,
  ...storageHandlers,
  ...imageHandlers,
  ...firewallHandlers,
  ...keyPairHandlers,
  ...commandHandlers,
  ...databaseHandlers,
  ...tagHandlers,
  ...catalogHandlers,
};

export const swasProduct: SimProduct<SwasWorld> = {
  id: 'swas',
  title: 'SWAS',
  version: '2020-06-01',
  actions: new Set(SWAS_ACTIONS),
  handlers,
  regions: SWAS_REGIONS,
  regionless: new Set(['ListRegions']),
  // SWAS documents no code for an unknown RegionId (only RegionIdNotMatchHost, for a RegionId
  // that differs from the endpoint's): our choice, see simulator/ERROR-CODES.md.
  unknownRegion: { code: 'InvalidRegionId', status: 400 },
  paramCodes: SWAS_PARAM_CODES,
  host: (regionId) => `swas.${regionId}.aliyuncs.com`,
  seed: seedSwas,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  modelFor: modelLookup(() => require('../../../models/swas') as Record<string, unknown>),
};
