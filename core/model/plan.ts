/**
 * A model's records, read once per class and kept: the builder works from this plan, so the
 * reflection cost is paid once, not per call.
 */
import { getActionSpec, getParamSpecs } from './decorators';
import type { ActionSpec, ModelClass, ParamSpec } from './types';

export interface ModelPlan {
  readonly model: ModelClass;
  readonly action?: ActionSpec;
  readonly params: readonly ParamSpec[];
  readonly byName: ReadonlyMap<string, ParamSpec>;
  readonly required: readonly ParamSpec[];
  /** Model defaults: values the model's initializers set (sent unless the caller overrides them). */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** The nested model of an `object` param or of an array of models, if any. */
  nested(spec: ParamSpec): ModelPlan | undefined;
}

const plans = new WeakMap<ModelClass, ModelPlan>();

export function planOf(model: ModelClass): ModelPlan {
  let plan = plans.get(model);
  if (!plan) {
    plan = compile(model);
    plans.set(model, plan);
  }
  return plan;
}

function compile(model: ModelClass): ModelPlan {
  const params = getParamSpecs(model);
  if (params.length === 0 && !getActionSpec(model)) {
    throw new TypeError(`${model.name} is not a parameter model: it has no @Action and no @Param`);
  }
  const byName = new Map(params.map((p) => [p.name, p]));
  const nestedCache = new Map<string, ModelPlan | undefined>();
  return {
    model,
    action: getActionSpec(model),
    params,
    byName,
    required: params.filter((p) => p.required),
    defaults: readDefaults(model, params),
    nested(spec) {
      if (!nestedCache.has(spec.name)) nestedCache.set(spec.name, nestedModelOf(spec) && planOf(nestedModelOf(spec)!));
      return nestedCache.get(spec.name);
    },
  };
}

export function nestedModelOf(spec: ParamSpec): ModelClass | undefined {
  if (spec.type === 'object') return spec.model?.();
  if (spec.type === 'array' && typeof spec.items === 'function') return spec.items();
  return undefined;
}

function readDefaults(model: ModelClass, params: readonly ParamSpec[]): Record<string, unknown> {
  const probe = new model() as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const p of params) {
    const v = probe[p.name];
    if (v !== undefined && v !== null) out[p.name] = v;
  }
  return Object.freeze(out);
}
