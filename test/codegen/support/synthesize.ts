/**
 * Synthesizes a value for every parameter of a model — from the documented example when it fits
 * the parameter's type and rules, otherwise from its enum, range or type — so the SDK and our
 * builder can be given the same, complete input.
 */
import { planOf, type ModelPlan } from '../../../core';
import type { ParamSpec, ScalarType } from '../../../core';

export function synthesize(plan: ModelPlan, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of plan.params) out[spec.name] = valueFor(plan, spec, depth);
  return out;
}

function valueFor(plan: ModelPlan, spec: ParamSpec, depth: number): unknown {
  const nested = plan.nested(spec);
  switch (spec.type) {
    case 'object':
      return synthesize(nested!, depth + 1);
    case 'array': {
      const count = Math.min(2, spec.maxItems ?? 2);
      if (nested) return Array.from({ length: Math.min(count, depth > 1 ? 1 : count) }, () => synthesize(nested, depth + 1));
      const items = spec.items as ScalarType | 'map' | 'any';
      return Array.from({ length: count }, (_, i) => scalar(spec, items, i));
    }
    case 'map':
      return mapValue(spec);
    case 'any':
      return 'any-value';
    default:
      return scalar(spec, spec.type, 0);
  }
}

function scalar(spec: ParamSpec, kind: ScalarType | 'map' | 'any', index: number): unknown {
  if (kind === 'map') return mapValue(spec);
  if (kind === 'any') return `any-${index}`;
  if (spec.enum?.length) return spec.enum[Math.min(index, spec.enum.length - 1)];
  const ex = spec.example;
  switch (kind) {
    case 'string':
      return ex !== undefined ? (index ? `${ex}-${index + 1}` : ex) : `${spec.name}-${index + 1}`;
    case 'boolean':
      return ex === 'false' ? false : true;
    case 'integer': {
      const n = ex !== undefined && /^-?\d{1,15}$/.test(ex) ? Number(ex) : undefined;
      return inRange(spec, n !== undefined ? n + index : undefined) ?? inRange(spec, (spec.min ?? 1) + index) ?? spec.min ?? 1;
    }
    case 'number': {
      const n = ex !== undefined && /^-?\d+(\.\d+)?$/.test(ex) ? Number(ex) : undefined;
      return inRange(spec, n) ?? spec.min ?? 1.5;
    }
  }
}

function inRange(spec: ParamSpec, n: number | undefined): number | undefined {
  if (n === undefined) return undefined;
  if (spec.min !== undefined && n < spec.min) return undefined;
  if (spec.max !== undefined && n > spec.max) return undefined;
  return n;
}

function mapValue(spec: ParamSpec): Record<string, unknown> {
  if (spec.example) {
    try {
      const parsed: unknown = JSON.parse(spec.example);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // not JSON: fall through to a synthetic map
    }
  }
  return { key1: 'value1', key2: 'value 2' };
}

export { planOf };
