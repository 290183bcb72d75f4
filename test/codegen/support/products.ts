/** The two products under test: their SDK module, our models and the SDK's operation list. */
import { join } from 'node:path';
import type { ModelClass } from '../../../core';
import * as ecsModels from '../../../models/ecs';
import * as swasModels from '../../../models/swas';
import { PRODUCTS, sdkDir } from '../../../tools/codegen/products';
import { readSdk } from '../../../tools/codegen/sdk/read-sdk';
import type { SdkFacts } from '../../../tools/codegen/sdk/types';

export const ROOT = join(__dirname, '..', '..', '..');

export interface ProductUnderTest {
  readonly id: 'swas' | 'ecs';
  readonly sdkFacts: SdkFacts;
  readonly models: Record<string, unknown>;
  modelOf(action: string): ModelClass;
}

const cache = new Map<string, SdkFacts>();

export function productUnderTest(id: 'swas' | 'ecs'): ProductUnderTest {
  const config = PRODUCTS.find((p) => p.id === id)!;
  let sdkFacts = cache.get(id);
  if (!sdkFacts) {
    sdkFacts = readSdk({ packageDir: sdkDir(ROOT, config) });
    cache.set(id, sdkFacts);
  }
  const models = (id === 'swas' ? swasModels : ecsModels) as unknown as Record<string, unknown>;
  return {
    id,
    sdkFacts,
    models,
    modelOf(action) {
      const m = models[`${action}Model`];
      if (typeof m !== 'function') throw new Error(`models/${id} exports no ${action}Model`);
      return m as ModelClass;
    },
  };
}
