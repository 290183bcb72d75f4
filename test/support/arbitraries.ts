/**
 * fast-check arbitraries derived from a model's own records: valid parameter sets (every rule
 * respected) and hostile ones (anything at all, plus unknown keys).
 */
import fc from 'fast-check';
import { planOf, type ModelPlan } from '../../core/model/plan';
import type { ModelClass, ParamSpec } from '../../core';

export interface ValidOptions {
  /** Leave out values that cannot round-trip through the flat wire (commas in simple-style items). */
  roundTrip?: boolean;
}

export function validParams(model: ModelClass, options: ValidOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  return recordFor(planOf(model), options);
}

function recordFor(plan: ModelPlan, options: ValidOptions): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const spec of plan.params) shape[spec.name] = valueFor(plan, spec, options);
  const required = plan.params.filter((p) => p.required).map((p) => p.name);
  return fc.record(shape, { requiredKeys: required });
}

function valueFor(plan: ModelPlan, spec: ParamSpec, options: ValidOptions): fc.Arbitrary<unknown> {
  const nested = plan.nested(spec);
  if (spec.type === 'array') {
    const item: fc.Arbitrary<unknown> = nested
      ? recordFor(nested, options).filter((o) => Object.keys(o).length > 0)
      : scalarFor(spec, spec.items as string, options);
    return fc.array(item, { minLength: spec.minItems ?? (spec.style === 'json' ? 0 : 1), maxLength: Math.min(spec.maxItems ?? 4, 4) });
  }
  if (spec.type === 'object' && nested) return recordFor(nested, options).filter((o) => Object.keys(o).length > 0);
  if (spec.type === 'map') {
    const value = spec.style === 'json' ? fc.jsonValue({ maxDepth: 2 }) : fc.string();
    return fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), value, { minKeys: 1, maxKeys: 4 });
  }
  if (spec.type === 'any') return fc.jsonValue({ maxDepth: 2 });
  return scalarFor(spec, spec.type, options);
}

function scalarFor(spec: ParamSpec, type: string, options: ValidOptions): fc.Arbitrary<unknown> {
  if (spec.enum) return fc.constantFrom(...spec.enum);
  switch (type) {
    case 'integer':
      return fc.integer({ min: spec.min ?? -1e9, max: spec.max ?? 1e9 });
    case 'number':
      return fc.double({ min: spec.min ?? -1e9, max: spec.max ?? 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    case 'boolean':
      return fc.boolean();
    default: {
      if (spec.pattern) return fc.stringMatching(spec.pattern).filter((s) => lengthOk(spec, s));
      // Length rules count UTF-16 units (class-validator), so bounded strings stay in ASCII; others roam all of Unicode.
      const bounded = spec.minLength !== undefined || spec.maxLength !== undefined;
      const text = fc.string({ minLength: spec.minLength ?? 0, maxLength: Math.min(spec.maxLength ?? 20, 20), unit: bounded ? 'grapheme-ascii' : 'grapheme' });
      return options.roundTrip && spec.style === 'simple' ? text.filter((s) => !s.includes(',') && s.length > 0) : text;
    }
  }
}

function lengthOk(spec: ParamSpec, s: string): boolean {
  return s.length >= (spec.minLength ?? 0) && s.length <= (spec.maxLength ?? Infinity);
}

/** Anything at all for any declared key, plus a few undeclared keys. */
export function hostileParams(model: ModelClass): fc.Arbitrary<Record<string, unknown>> {
  const plan = planOf(model);
  const declared = fc.constantFrom(...plan.params.map((p) => p.name));
  const key = fc.oneof({ weight: 4, arbitrary: declared }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
  return fc.dictionary(key, fc.anything({ maxDepth: 3 }), { maxKeys: 8 });
}
