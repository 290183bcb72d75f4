/** API objects: one class per product, one method per action. */
export { ApiBase } from './base';
export { SwasApi } from './swas';
export { EcsApi } from './ecs';
export { RfsApi, type RfsApiOptions, type RfsParams } from './rfs';
