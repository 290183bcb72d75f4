/**
 * Property tests: for every model in the sample, random valid inputs build, never leave an
 * unset key on the wire and round-trip through the flat wire; random hostile inputs only ever
 * raise ParameterError.
 */
import fc from 'fast-check';
import { buildRequest, ParameterError, getActionSpec, planOf, type ModelClass, type ModelPlan } from '../../core';
import { ecsModels, swasModels } from '../../index';
import { DoThingModel } from '../support/toy-product';
import { hostileParams, validParams } from '../support/arbitraries';
import { decodeRpcQuery } from '../support/wire-decode';

function actionModels(ns: Record<string, unknown>): ModelClass[] {
  return Object.values(ns).filter((v): v is ModelClass => typeof v === 'function' && getActionSpec(v as ModelClass) !== undefined);
}

/** Every action model when there are few; a fixed, spread-out sample of 20 when the generated models are in. */
function sample(models: ModelClass[], size = 20): ModelClass[] {
  const sorted = [...models].sort((a, b) => a.name.localeCompare(b.name));
  if (sorted.length <= size) return sorted;
  return Array.from({ length: size }, (_, i) => sorted[Math.floor((i * sorted.length) / size)]);
}

const MODELS: [string, ModelClass][] = [
  ['TOY DoThing', DoThingModel],
  ...sample(actionModels(swasModels)).map((m): [string, ModelClass] => [`SWAS ${getActionSpec(m)!.action}`, m]),
  ...sample(actionModels(ecsModels)).map((m): [string, ModelClass] => [`ECS ${getActionSpec(m)!.action}`, m]),
];

/** What the caller meant: their input without unset values at model levels (maps are sent untouched). */
function withoutUnset(plan: ModelPlan, v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined || x === null) continue;
    const spec = plan.byName.get(k);
    const nested = spec && plan.nested(spec);
    // JSON text has no -0 (JSON.stringify(-0) is "0"), exactly as with the SDK: compare JSON values as JSON sees them
    if (!nested) out[k] = spec?.style === 'json' ? JSON.parse(JSON.stringify(x)) : x;
    else if (Array.isArray(x)) out[k] = x.map((i) => withoutUnset(nested, i as Record<string, unknown>));
    else out[k] = withoutUnset(nested, x as Record<string, unknown>);
  }
  return out;
}

describe.each(MODELS)('%s', (_, model) => {
  it('valid inputs build and round-trip through the flat wire', () => {
    fc.assert(
      fc.property(validParams(model, { roundTrip: true }), (params) => {
        const built = buildRequest(model, params);
        for (const [k, v] of Object.entries(built.query)) {
          expect(typeof v).toBe('string');
          expect(v === 'undefined' || v === 'null').toBe(false);
          expect(k).not.toMatch(/undefined|null/);
        }
        const defaults = buildRequest(model, {}, { validate: false }).query;
        expect(decodeRpcQuery(model, built.query)).toEqual(withoutUnset(planOf(model), { ...decodeRpcQuery(model, defaults), ...params }));
      }),
      { numRuns: 150 },
    );
  });

  it('hostile inputs raise ParameterError and nothing else', () => {
    fc.assert(
      fc.property(hostileParams(model), (params) => {
        try {
          buildRequest(model, params);
        } catch (e) {
          if (!(e instanceof ParameterError)) throw e;
          expect(e.issues.length).toBeGreaterThan(0);
          for (const issue of e.issues) expect(['UnknownParameter', 'MissingParameter', 'InvalidParameter']).toContain(issue.code);
        }
      }),
      { numRuns: 200 },
    );
  });
});
