/**
 * Builder rules 2 and 3: every key must be declared by the model (UnknownParameter, with a
 * suggestion) and every required parameter must have a value (MissingParameter). Recurses into
 * nested models, so `firewallRules[1].prot` is caught as well.
 */
import type { ParameterIssue } from '../errors';
import type { ModelPlan } from '../model/plan';
import { closestName } from './suggest';

export function isUnset(v: unknown): v is null | undefined {
  return v === undefined || v === null;
}

export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const wireIndex = new WeakMap<ModelPlan, Map<string, string>>();
function wireNamesOf(plan: ModelPlan): Map<string, string> {
  let m = wireIndex.get(plan);
  if (!m) {
    m = new Map(plan.params.map((p) => [p.wire, p.name]));
    wireIndex.set(plan, m);
  }
  return m;
}

export function checkUnknown(plan: ModelPlan, values: Record<string, unknown>, path: string, out: ParameterIssue[]): void {
  for (const key of Object.keys(values)) {
    const spec = plan.byName.get(key);
    const here = path ? `${path}.${key}` : key;
    if (!spec) {
      const suggestion = closestName(key, plan.byName.keys(), wireNamesOf(plan));
      out.push({
        code: 'UnknownParameter',
        parameter: here,
        message: suggestion
          ? `not a parameter of this ${path ? 'item' : 'action'}; did you mean '${suggestion}'?`
          : `not a parameter of this ${path ? 'item' : 'action'}; declared: ${listNames([...plan.byName.keys()])}`,
        ...(suggestion ? { suggestion } : {}),
      });
      continue;
    }
    forEachNested(plan, spec.name, values[key], here, (nested, item, itemPath) => checkUnknown(nested, item, itemPath, out));
  }
}

export function checkRequired(plan: ModelPlan, values: Record<string, unknown>, path: string, out: ParameterIssue[]): void {
  for (const spec of plan.required) {
    if (isUnset(values[spec.name])) {
      const here = path ? `${path}.${spec.name}` : spec.name;
      out.push({
        code: 'MissingParameter',
        parameter: here,
        message: `required (wire name ${spec.wire}) but has no value; pass '${spec.name}'${spec.example ? `, e.g. ${JSON.stringify(spec.example)}` : ''}`,
      });
    }
  }
  for (const spec of plan.params) {
    if (isUnset(values[spec.name])) continue;
    const here = path ? `${path}.${spec.name}` : spec.name;
    forEachNested(plan, spec.name, values[spec.name], here, (nested, item, itemPath) => checkRequired(nested, item, itemPath, out));
  }
}

/** Calls `visit` for the value of a nested-model param, or for each object item of a list of models. */
function forEachNested(
  plan: ModelPlan,
  name: string,
  value: unknown,
  path: string,
  visit: (nested: ModelPlan, item: Record<string, unknown>, itemPath: string) => void,
): void {
  const spec = plan.byName.get(name)!;
  const nested = plan.nested(spec);
  if (!nested) return;
  if (spec.type === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => {
      if (isPlainRecord(item)) visit(nested, item, `${path}[${i}]`);
    });
  } else if (isPlainRecord(value)) {
    visit(nested, value, path);
  }
}

function listNames(names: string[]): string {
  return names.length <= 12 ? names.join(', ') : `${names.slice(0, 12).join(', ')} and ${names.length - 12} more`;
}
