/**
 * The inverse of the RPC serializer, written independently for round-trip tests: a flat query
 * map of wire names → the caller's parameters (lowerCamel names, native types).
 */
import { planOf, type ModelPlan } from '../../core/model/plan';
import type { ModelClass, ParamSpec } from '../../core';

export function decodeRpcQuery(model: ModelClass, query: Record<string, string>): Record<string, unknown> {
  return decodeLevel(planOf(model), query, '');
}

function decodeLevel(plan: ModelPlan, query: Record<string, string>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of plan.params) {
    const key = prefix + spec.wire;
    const v = decodeParam(plan, spec, query, key);
    if (v !== undefined) out[spec.name] = v;
  }
  return out;
}

function decodeParam(plan: ModelPlan, spec: ParamSpec, query: Record<string, string>, key: string): unknown {
  const nested = plan.nested(spec);
  if (spec.style === 'json') {
    if (!(key in query)) return undefined;
    const parsed: unknown = JSON.parse(query[key]);
    if (!nested) return parsed;
    return Array.isArray(parsed) ? parsed.map((item) => fromWireKeys(nested, item)) : fromWireKeys(nested, parsed);
  }
  if (spec.style === 'simple') return key in query ? query[key].split(',').map((s) => scalar(spec.items, s)) : undefined;
  switch (spec.type) {
    case 'array': {
      const items: unknown[] = [];
      for (let i = 1; ; i++) {
        const itemKey = `${key}.${i}`;
        if (nested) {
          const item = decodeLevel(nested, query, `${itemKey}.`);
          if (Object.keys(item).length === 0) break;
          items.push(item);
        } else {
          if (!(itemKey in query)) break;
          items.push(scalar(spec.items, query[itemKey]));
        }
      }
      return items.length ? items : undefined;
    }
    case 'object': {
      const obj = decodeLevel(nested!, query, `${key}.`);
      return Object.keys(obj).length ? obj : undefined;
    }
    case 'map': {
      const map: Record<string, string> = {};
      for (const k of Object.keys(query)) if (k.startsWith(`${key}.`)) map[k.slice(key.length + 1)] = query[k];
      return Object.keys(map).length ? map : undefined;
    }
    default:
      return key in query ? scalar(spec.type, query[key]) : undefined;
  }
}

function fromWireKeys(plan: ModelPlan, wire: unknown): Record<string, unknown> {
  const src = wire as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const spec of plan.params) {
    if (!(spec.wire in src)) continue;
    const nested = plan.nested(spec);
    const v = src[spec.wire];
    out[spec.name] = nested ? (Array.isArray(v) ? v.map((i) => fromWireKeys(nested, i)) : fromWireKeys(nested, v)) : v;
  }
  return out;
}

function scalar(type: unknown, text: string): unknown {
  if (type === 'integer' || type === 'number') return Number(text);
  if (type === 'boolean') return text === 'true';
  return text;
}
