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
  // Declaration order, like the SDKs' toMap(): the same input always gives the same JSON text.
  for (const spec of plan.params) {
    const v = src[spec.name];
    if (v !== undefined && v !== null) out[spec.wire] = toWire(plan, spec, v);
  }
  for (const key of Object.keys(src)) {
    // only reachable with validate:false: unknown keys go verbatim
    if (!plan.byName.has(key) && src[key] !== undefined && src[key] !== null) out[key] = src[key];
  }
  return out;
}
