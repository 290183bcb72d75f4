/**
 * Simple Application Server (SWAS 2020-06-01). Every action's method is generated
 * (swas-api.generated.ts); hand-written helpers that a suite wants beyond one call go here.
 */
import { SwasApiGenerated } from './swas-api.generated';

export class SwasApi extends SwasApiGenerated {}
