/**
 * Elastic Compute Service (ECS 2014-05-26). Every action's method is generated
 * (ecs-api.generated.ts); hand-written helpers that a suite wants beyond one call go here.
 */
import { EcsApiGenerated } from './ecs-api.generated';

export class EcsApi extends EcsApiGenerated {}
