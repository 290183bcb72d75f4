/**
 * Converts a caller's value into its wire shape: nested model objects get their wire
 * (PascalCase) keys and lose unset members; maps and scalars are untouched.
 * This is what JSON-style parameters carry, and what flat serialization walks.
 */
import type { ModelPlan } from './plan';
import type { ParamSpec } from './types';

export function toWire(plan: ModelPlan, spec: ParamSpec, value: unknown): unknown {
  const nested = plan.nested(spec);
  if (!nested) return value;
  if (Array.isArray(value)) return value.map((item) => modelToWire(nested, item));
  return modelToWire(nested, value);
}

export function modelToWire(plan: ModelPlan, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(src)) {
    const v = src[key];
    if (v === undefined || v === null) continue;
    const spec = plan.byName.get(key);
    if (spec) out[spec.wire] = toWire(plan, spec, v);
    else out[key] = v; // only reachable with validate:false: unknown keys go verbatim
  }
  return out;
}
