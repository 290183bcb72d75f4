/**
 * Every parameter the documentation marks as required (top-level and inside nested items) is
 * required by the generated model: leaving it out gives ParameterError MissingParameter naming it.
 * A parameter with a curated model default is left out by passing `undefined` explicitly
 * (otherwise the default fills it, which is the point of the default).
 */
import { buildRequest, ParameterError, planOf, type ModelClass, type ModelPlan } from '../../core';
import { productUnderTest } from './support/products';
import { synthesize } from './support/synthesize';

interface Case {
  action: string;
  /** Path as ParameterError reports it. */
  path: string;
  omit(params: Record<string, unknown>): void;
}

function requiredCases(action: string, plan: ModelPlan): Case[] {
  const cases: Case[] = [];
  for (const spec of plan.params) {
    if (spec.required) {
      cases.push({
        action,
        path: spec.name,
        omit: (p) => {
          if (spec.name in plan.defaults) p[spec.name] = undefined;
          else delete p[spec.name];
        },
      });
    }
    const nested = plan.nested(spec);
    if (!nested) continue;
    for (const inner of nested.params.filter((s) => s.required)) {
      const path = spec.type === 'array' ? `${spec.name}[0].${inner.name}` : `${spec.name}.${inner.name}`;
      cases.push({
        action,
        path,
        omit: (p) => {
          const holder = spec.type === 'array' ? (p[spec.name] as Record<string, unknown>[])[0] : (p[spec.name] as Record<string, unknown>);
          delete holder[inner.name];
        },
      });
    }
  }
  return cases;
}

describe.each(['swas', 'ecs'] as const)('%s: required parameters', (id) => {
  const product = productUnderTest(id);
  const cases = product.sdkFacts.operations.flatMap((op) => requiredCases(op.action, planOf(product.modelOf(op.action))));

  it('finds the documented required parameters', () => {
    // counts from the SDK doc comments: SWAS 233 top-level + 7 nested, ECS 688 + 14 nested
    expect(cases.length).toBe(id === 'swas' ? 240 : 702);
  });

  it.each(cases.map((c) => [`${c.action} ${c.path}`, c] as const))('%s', (_title, c) => {
    const model: ModelClass = product.modelOf(c.action);
    const params = synthesize(planOf(model));
    expect(() => buildRequest(model, params)).not.toThrow();
    c.omit(params);
    let error: unknown;
    try {
      buildRequest(model, params);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParameterError);
    const issues = (error as ParameterError).issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'MissingParameter', parameter: c.path })]);
  });
});
