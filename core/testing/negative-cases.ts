/**
 * Negative and boundary cases generated from a model, without hand-listing: every required
 * parameter left out, every enum given a value outside it, numeric and length bounds at
 * min−1/max+1 (rejected) and at min/max (accepted). Each case carries the parameters to send
 * with `validate: false`, so the API — not the builder — is what is tested.
 */
import { planOf } from '../model/plan';
import type { ModelClass, ParamSpec } from '../model/types';
import { sampleParams } from './sample-params';

export type CaseKind = 'missing' | 'enum' | 'below-min' | 'above-max' | 'at-min' | 'at-max' | 'too-short' | 'too-long' | 'shortest' | 'longest';

export interface GeneratedCase {
  /** Readable title: `RunCommand without instanceId`. */
  title: string;
  kind: CaseKind;
  /** The parameter under test (lowerCamel). */
  parameter: string;
  /** Its wire name. */
  wire: string;
  params: Record<string, unknown>;
  /** 'rejected' = the API must answer with an error; 'accepted' = it must not reject the value. */
  expect: 'rejected' | 'accepted';
}

export interface CaseOptions {
  /** Valid values to start from (e.g. a real instance id); defaults to sampleParams(model). */
  base?: Record<string, unknown>;
  /** Parameter names to leave out of generation, each with the reason (kept next to the case list). */
  skip?: Record<string, string>;
}

const OUTSIDE_ENUM = 'CloudcaseNotAValidValue';

export function negativeCases(model: ModelClass, options: CaseOptions = {}): GeneratedCase[] {
  const plan = planOf(model);
  const action = plan.action?.action ?? model.name;
  const base = options.base ?? sampleParams(model);
  const skip = options.skip ?? {};
  const cases: GeneratedCase[] = [];
  const add = (spec: ParamSpec, kind: CaseKind, value: unknown, expect: GeneratedCase['expect'], what: string) => {
    // undefined (not delete) so a model default cannot fill the parameter back in
    const params = { ...base, [spec.name]: kind === 'missing' ? undefined : value };
    cases.push({ title: `${action} ${what}`, kind, parameter: spec.name, wire: spec.wire, params, expect });
  };
  for (const spec of plan.params) {
    if (spec.name in skip) continue;
    if (spec.required) add(spec, 'missing', undefined, 'rejected', `without ${spec.name}`);
    if (spec.type === 'array' || spec.type === 'object' || spec.type === 'map' || spec.type === 'any') continue;
    if (spec.enum?.length && spec.type === 'string') add(spec, 'enum', OUTSIDE_ENUM, 'rejected', `with ${spec.name} outside its enum`);
    if (spec.type === 'integer' || spec.type === 'number') {
      const step = spec.type === 'integer' ? 1 : 0.5;
      if (spec.min !== undefined) {
        add(spec, 'below-min', spec.min - step, 'rejected', `with ${spec.name} = ${spec.min - step} (below min ${spec.min})`);
        add(spec, 'at-min', spec.min, 'accepted', `with ${spec.name} = ${spec.min} (min)`);
      }
      if (spec.max !== undefined) {
        add(spec, 'above-max', spec.max + step, 'rejected', `with ${spec.name} = ${spec.max + step} (above max ${spec.max})`);
        add(spec, 'at-max', spec.max, 'accepted', `with ${spec.name} = ${spec.max} (max)`);
      }
    }
    if (spec.type === 'string' && !spec.enum) {
      if (spec.minLength !== undefined && spec.minLength > 0) {
        add(spec, 'too-short', 'a'.repeat(spec.minLength - 1), 'rejected', `with ${spec.name} shorter than ${spec.minLength}`);
        add(spec, 'shortest', 'a'.repeat(spec.minLength), 'accepted', `with ${spec.name} of ${spec.minLength} characters`);
      }
      if (spec.maxLength !== undefined) {
        add(spec, 'too-long', 'a'.repeat(spec.maxLength + 1), 'rejected', `with ${spec.name} longer than ${spec.maxLength}`);
        add(spec, 'longest', 'a'.repeat(spec.maxLength), 'accepted', `with ${spec.name} of ${spec.maxLength} characters`);
      }
    }
  }
  return cases;
}
