/**
 * A valid parameter set for any model, from its own records: documented examples where they
 * satisfy the rules, otherwise values synthesized from the type, enum and bounds. The base of
 * generated negative/boundary cases and of differential tests.
 */
import { planOf, type ModelPlan } from '../model/plan';
import type { ModelClass, ParamSpec } from '../model/types';

export interface SampleOptions {
  /** Fill optional parameters too (default: required ones only). */
  optional?: boolean;
  /** Values to use for given names at the top level (e.g. a real instance id). */
  overrides?: Record<string, unknown>;
}

export function sampleParams(model: ModelClass, options: SampleOptions = {}): Record<string, unknown> {
  const plan = planOf(model);
  const out = sampleLevel(plan, options.optional ?? false, 0);
  return { ...out, ...(options.overrides ?? {}) };
}

function sampleLevel(plan: ModelPlan, optional: boolean, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of plan.params) {
    if (!spec.required && !optional) continue;
    if (spec.deprecated && !spec.required) continue;
    const v = sampleValue(plan, spec, optional, depth);
    if (v !== undefined) out[spec.name] = v;
  }
  return out;
}

export function sampleValue(plan: ModelPlan, spec: ParamSpec, optional: boolean, depth: number): unknown {
  const nested = plan.nested(spec);
  if (spec.type === 'array') {
    const count = Math.max(spec.minItems ?? 1, 1);
    const item = nested ? () => sampleLevel(nested, true, depth + 1) : () => sampleScalar(spec, spec.items as string);
    return Array.from({ length: count }, item);
  }
  if (spec.type === 'object') return nested && depth < 4 ? sampleLevel(nested, optional, depth + 1) : undefined;
  if (spec.type === 'map') return exampleJson(spec) ?? { key: 'value' };
  if (spec.type === 'any') return exampleJson(spec) ?? 'value';
  return sampleScalar(spec, spec.type);
}

export function sampleScalar(spec: ParamSpec, type: string): unknown {
  if (spec.enum?.length) return spec.enum[0];
  const ex = spec.example;
  switch (type) {
    case 'integer':
    case 'number': {
      const n = ex !== undefined && ex.trim() !== '' ? Number(ex) : NaN;
      if (Number.isFinite(n) && (type === 'number' || Number.isInteger(n)) && inRange(spec, n)) return n;
      return spec.min ?? (spec.max !== undefined ? Math.min(1, spec.max) : 1);
    }
    case 'boolean':
      return ex === 'true' ? true : ex === 'false' ? false : spec.serverDefault === true;
    default: {
      const s = ex !== undefined && ex !== '' ? ex : 'cloudcase-sample';
      return fitString(spec, s);
    }
  }
}

function inRange(spec: ParamSpec, n: number): boolean {
  return (spec.min === undefined || n >= spec.min) && (spec.max === undefined || n <= spec.max);
}

/** Common shapes tried, in order, when the example does not match a parameter's pattern. */
const PATTERN_CANDIDATES = ['a', 'abc', 'cloudcase', '1', '80', '22/22', 'cn-hangzhou', '0.0.0.0/0', 'a-1', 'A1b2C3d4', 'abc@example.com'];

function fitString(spec: ParamSpec, s: string): string {
  let v = s;
  if (spec.pattern && !spec.pattern.test(v)) v = PATTERN_CANDIDATES.find((c) => spec.pattern!.test(c)) ?? v;
  if (spec.maxLength !== undefined && v.length > spec.maxLength) v = v.slice(0, spec.maxLength);
  if (spec.minLength !== undefined && v.length < spec.minLength) v = v.padEnd(spec.minLength, 'x');
  return v;
}

function exampleJson(spec: ParamSpec): unknown {
  if (!spec.example) return undefined;
  try {
    return JSON.parse(spec.example);
  } catch {
    return undefined;
  }
}
