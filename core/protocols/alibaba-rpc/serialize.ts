/**
 * Alibaba Cloud RPC: every parameter goes in the query string (the official SDKs send no body
 * for SWAS and ECS actions). JSON-style parameters are one JSON string, simple-style lists are
 * comma-joined, everything else is flattened.
 */
import { toWire } from '../../model/to-wire';
import { flattenInto } from '../flatten';
import type { SerializeInput, WireParts } from '../types';

export function serializeRpc({ action, plan, values, extras }: SerializeInput): WireParts {
  const query: Record<string, string> = {};
  for (const spec of plan.params) {
    const value = values[spec.name];
    if (value === undefined) continue;
    const wire = toWire(plan, spec, value);
    if (spec.style === 'json') query[spec.wire] = typeof wire === 'string' ? wire : JSON.stringify(wire);
    else if (spec.style === 'simple' && Array.isArray(wire)) query[spec.wire] = wire.join(',');
    else flattenInto(query, spec.wire, wire);
  }
  for (const [key, value] of Object.entries(extras)) flattenInto(query, key, value);
  return { pathname: action.pathname, query, body: {}, headers: {}, bodyType: 'none' };
}
