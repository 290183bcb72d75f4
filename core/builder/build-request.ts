/**
 * buildRequest: a call's parameters → the request to sign. Pure: no I/O, no clock, no
 * randomness unless asked for (`clientToken: 'auto'`). The rules, in order:
 *   1. start from the model's defaults; a value passed by the caller replaces it
 *   2. a key the model does not declare is rejected (UnknownParameter)
 *   3. a required parameter with no value is rejected (MissingParameter)
 *   4. values are validated (InvalidParameter)
 *   5. optional parameters left unset (undefined or null) are stripped
 *   6. what is left is placed on the wire by the product's protocol plug-in
 * All problems of one call are reported together, in one ParameterError.
 */
import { randomUUID } from 'node:crypto';
import { ParameterError, type ParameterIssue } from '../errors';
import { planOf, type ModelPlan } from '../model/plan';
import type { HttpMethod, ModelClass, ParamSpec, ParamsOf } from '../model/types';
import { protocolFor, type BodyType } from '../protocols';
import { checkRequired, checkUnknown, isUnset } from './check-presence';
import { checkValues } from './check-values';
import { quickCheckOf } from './quick-check';

export interface BuildOptions {
  /** false skips rules 2–4 (for negative tests); unknown keys are then sent verbatim as wire names. Default true. */
  validate?: boolean;
  /** Fills `ClientToken` for actions that declare it, unless the caller gave one: 'auto' = a fresh UUID. */
  clientToken?: 'auto' | string;
}

export interface BuiltRequest {
  /** Product id, e.g. `swas`. */
  product: string;
  action: string;
  version: string;
  method: HttpMethod;
  pathname: string;
  /** Flat map of wire names → string values. */
  query: Record<string, string>;
  /** Query parameters sent as repeated keys (`k=a&k=b`), when the protocol sends lists so. */
  queryLists?: Record<string, string[]>;
  /** Form body (flat map of wire names); empty for Alibaba RPC actions. */
  body: Record<string, string>;
  /** JSON body (REST actions), if any. */
  json?: unknown;
  bodyType: BodyType;
  headers: Record<string, string>;
}

export function buildRequest<M extends object>(
  model: ModelClass<M>,
  params: ParamsOf<M> | Readonly<Record<string, unknown>> = {},
  options: BuildOptions = {},
): BuiltRequest {
  const plan = planOf(model);
  const action = plan.action;
  if (!action) throw new TypeError(`${model.name} has no @Action: only action models can be built`);
  const given = params as Record<string, unknown>;
  const values = withDefaults(plan, given);
  if (options.validate !== false) {
    const issues: ParameterIssue[] = [];
    checkUnknown(plan, given, '', issues);
    checkRequired(plan, values, '', issues);
    // class-validator writes every message; the compiled check only spares it when nothing is wrong.
    if (issues.length || !quickCheckOf(plan)?.(values)) checkValues(plan, values, issues);
    if (issues.length) throw new ParameterError(action.product.title, action.action, issues);
  }
  const { set, extras } = splitSet(plan, values);
  fillClientToken(plan, set, options.clientToken);
  const wire = protocolFor(action.product.protocol).serialize({ action, plan, values: set, extras });
  return {
    product: action.product.id,
    action: action.action,
    version: action.version,
    method: action.method,
    pathname: wire.pathname,
    query: wire.query,
    ...(wire.queryLists === undefined ? {} : { queryLists: wire.queryLists }),
    body: wire.body,
    ...(wire.json === undefined ? {} : { json: wire.json }),
    bodyType: wire.bodyType,
    headers: wire.headers,
  };
}

/** Rule 1: the model's defaults, then the caller's values over them (an explicit undefined/null unsets). */
function withDefaults(plan: ModelPlan, given: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(plan.defaults)) values[k] = typeof v === 'object' ? structuredClone(v) : v;
  for (const k of Object.keys(given)) values[k] = given[k];
  return values;
}

/** Rule 5: drop unset values; separate keys the model does not declare (kept only with validate:false). */
function splitSet(plan: ModelPlan, values: Record<string, unknown>) {
  const set: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  for (const k of Object.keys(values)) {
    const v = values[k];
    if (isUnset(v)) continue;
    if (plan.byName.has(k)) set[k] = v;
    else extras[k] = v;
  }
  return { set, extras };
}

function fillClientToken(plan: ModelPlan, set: Record<string, unknown>, option: BuildOptions['clientToken']): void {
  if (option === undefined) return;
  const spec = clientTokenParamOf(plan);
  if (!spec || !isUnset(set[spec.name])) return;
  set[spec.name] = option === 'auto' ? randomUUID() : option;
}

/** The API objects ask for a token on every write: look the parameter up once per model, not per call. */
const clientTokenParams = new WeakMap<ModelPlan, ParamSpec | null>();
function clientTokenParamOf(plan: ModelPlan): ParamSpec | null {
  let spec = clientTokenParams.get(plan);
  if (spec === undefined) clientTokenParams.set(plan, (spec = plan.params.find((p) => p.wire === 'ClientToken') ?? null));
  return spec;
}
