/** The products the generator knows: where their SDK is and where their generated files go. */
import { join } from 'node:path';

export interface ProductConfig {
  /** Folder names: `models/<id>`, `apis/<id>`. */
  readonly id: string;
  /** The descriptor constant exported by `models/<id>/product.ts`. */
  readonly descriptor: string;
  /** The npm package of the official SDK (a pinned devDependency). */
  readonly sdkPackage: string;
  /** The API version every action must have (the descriptor's). */
  readonly version: string;
  /** Name of the generated abstract API class. */
  readonly apiClass: string;
  /** Name of the exported action → response schema map. */
  readonly schemaMap: string;
  /** API Explorer page of an action: its parameter table, examples and error codes. */
  docsUrl(action: string): string;
}

export const PRODUCTS: readonly ProductConfig[] = [
  {
    id: 'swas',
    descriptor: 'SWAS',
    sdkPackage: '@alicloud/swas-open20200601',
    version: '2020-06-01',
    apiClass: 'SwasApiGenerated',
    schemaMap: 'swasResponseSchemas',
    docsUrl: (action) => `https://api.aliyun.com/api/SWAS-OPEN/2020-06-01/${action}`,
  },
  {
    id: 'ecs',
    descriptor: 'ECS',
    sdkPackage: '@alicloud/ecs20140526',
    version: '2014-05-26',
    apiClass: 'EcsApiGenerated',
    schemaMap: 'ecsResponseSchemas',
    docsUrl: (action) => `https://api.aliyun.com/api/Ecs/2014-05-26/${action}`,
  },
];

export function sdkDir(root: string, config: ProductConfig): string {
  return join(root, 'node_modules', config.sdkPackage);
}
