/**
 * Finds an action's parameter model (`<Action>Model`) in a product's models module. The module is
 * loaded lazily and a failure to load it (a model folder mid-regeneration) only means the
 * simulator decodes that product generically: handlers still check what they need.
 */
import type { ModelClass } from '../../core/model/types';
import { getActionSpec } from '../../core/model/decorators';

export function modelLookup(load: () => Record<string, unknown>): (action: string) => ModelClass | undefined {
  let exports: Record<string, unknown> | null | undefined;
  const cache = new Map<string, ModelClass | undefined>();
  return (action) => {
    if (exports === undefined) {
      try {
        exports = load();
      } catch (e) {
        exports = null;
        process.emitWarning(`simulator: parameter models could not be loaded, decoding generically (${(e as Error).message})`);
      }
    }
    if (!exports) return undefined;
    if (!cache.has(action)) {
      const candidate = exports[`${action}Model`];
      const ok = typeof candidate === 'function' && getActionSpec(candidate as ModelClass)?.action === action;
      cache.set(action, ok ? (candidate as ModelClass) : undefined);
    }
    return cache.get(action);
  };
}
