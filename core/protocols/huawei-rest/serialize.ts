/**
 * Huawei REST placement: the generic REST rules (path, query, header, JSON body by declared
 * location), except that a list in the query goes as repeated keys (`sort_key=a&sort_key=b`),
 * as Huawei Cloud's SDKs send it, instead of one comma-joined value.
 */
import { scalarToWire } from '../flatten';
import { serializeRest } from '../rest-json/serialize';
import type { SerializeInput, WireParts } from '../types';

export function serializeHuawei(input: SerializeInput): WireParts {
  const parts = serializeRest(input);
  let lists: Record<string, string[]> | undefined;
  for (const spec of input.plan.params) {
    const value = input.values[spec.name];
    if ((spec.location ?? 'query') !== 'query' || !Array.isArray(value)) continue;
    delete parts.query[spec.wire];
    (lists ??= {})[spec.wire] = value.map(scalarToWire);
  }
  return lists ? { ...parts, queryLists: lists } : parts;
}
