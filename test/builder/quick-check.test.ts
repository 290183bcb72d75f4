/**
 * The builder's compiled quick check (core/builder/quick-check.ts) may only ever say "valid" when
 * class-transformer + class-validator find nothing wrong: it lets the builder skip them, and they
 * alone write the error messages. Checked on many generated models and hostile values, on every
 * generated SWAS/ECS model, and on the cases it must leave to class-validator.
 */
import fc from 'fast-check';
import { IsEmail, MaxLength } from 'class-validator';
import { Action, buildRequest, Param, swasModels, ecsModels, type ModelClass, type ParamOptions, type ParameterIssue } from '../../index';
import { quickCheckOf } from '../../core/builder/quick-check';
import { checkValues } from '../../core/builder/check-values';
import { planOf } from '../../core/model/plan';
import { sampleParams } from '../../core/testing/sample-params';
import { validParams } from '../support/arbitraries';
import { TOY } from '../support/toy-product';

/** class-validator's verdict, as the builder gets it: issues, or the error the pass throws. */
function slowVerdict(model: ModelClass, values: Record<string, unknown>): 'valid' | 'invalid' {
  const issues: ParameterIssue[] = [];
  try {
    checkValues(planOf(model), values, issues);
  } catch {
    return 'invalid'; // e.g. a cyclic value overflows class-transformer: anything but "valid"
  }
  return issues.length ? 'invalid' : 'valid';
}

const quick = (model: ModelClass, values: Record<string, unknown>): boolean => quickCheckOf(planOf(model))?.(values) ?? false;

let serial = 0;

/** A fresh decorated class, as a model file would declare it. */
function declare(params: readonly ParamOptions[], prototypeDefaults: Record<string, unknown> = {}, action = true): ModelClass {
  const Model = class {};
  Object.defineProperty(Model, 'name', { value: `Generated${++serial}` });
  params.forEach((options, i) => Param(options)(Model.prototype, `p${i}`));
  // A value on the prototype reads like an initializer: a default of the item model.
  Object.assign(Model.prototype, prototypeDefaults);
  if (action) Action({ product: TOY, action: `Generated${serial}` })(Model);
  return Model;
}

const PATTERNS = [/^\d+$/, /^[a-z]{1,3}$/, /x/g, /^a+(b|c)?$/];
const scalarKind = fc.constantFrom('string' as const, 'integer' as const, 'number' as const, 'boolean' as const);

function scalarRules(kind: 'string' | 'integer' | 'number' | 'boolean'): fc.Arbitrary<Partial<ParamOptions>> {
  const bounds = fc.tuple(fc.integer({ min: -5, max: 20 }), fc.integer({ min: 0, max: 30 })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
  switch (kind) {
    case 'string':
      // one family of rules at a time, so that each can be the only one a value breaks
      return fc.oneof(
        fc.constant({}),
        fc.record({ enum: fc.uniqueArray(fc.constantFrom('a', 'bb', 'ccc', 'TCP', ''), { minLength: 1, maxLength: 3 }) }),
        fc.record({ minLength: fc.integer({ min: 0, max: 3 }), maxLength: fc.integer({ min: 3, max: 8 }) }),
        fc.record({ minLength: fc.integer({ min: 1, max: 3 }) }),
        fc.record({ maxLength: fc.integer({ min: 0, max: 8 }) }),
        fc.record({ pattern: fc.constantFrom(...PATTERNS) }),
        fc.record({ pattern: fc.constantFrom(...PATTERNS), maxLength: fc.integer({ min: 1, max: 4 }) }),
      );
    case 'integer':
    case 'number':
      return fc.oneof(fc.constant({}), bounds, bounds.map((b) => ({ min: b.min })), fc.record({ enum: fc.uniqueArray(fc.integer({ min: -2, max: 12 }), { minLength: 1, maxLength: 3 }) }));
    default:
      return fc.constant({});
  }
}

const scalarParam: fc.Arbitrary<ParamOptions> = scalarKind.chain((kind) =>
  fc.tuple(scalarRules(kind), fc.boolean()).map(([rules, required]) => ({ wire: 'W', type: kind, required, ...rules })),
);

/** An item model: scalar parameters, sometimes with a default of its own. */
const itemModel: fc.Arbitrary<ModelClass> = fc
  .tuple(fc.array(scalarParam, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([params, withDefault]) => declare(params, withDefault && params[0].type === 'boolean' ? { p0: true } : {}, false));

const param: fc.Arbitrary<ParamOptions> = fc.oneof(
  { weight: 4, arbitrary: scalarParam },
  { weight: 1, arbitrary: fc.constantFrom<ParamOptions>({ wire: 'M', type: 'map' }, { wire: 'M', type: 'map', style: 'json' }, { wire: 'A', type: 'any' }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(scalarKind, fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }))
      .chain(([kind, minItems, maxItems]) =>
        scalarRules(kind).map((rules): ParamOptions => ({ wire: 'L', type: 'array', items: kind, ...rules, minItems, maxItems })),
      ),
  },
  { weight: 1, arbitrary: fc.constant<ParamOptions>({ wire: 'L', type: 'array', items: 'map' }) },
  { weight: 2, arbitrary: itemModel.map((Item): ParamOptions => ({ wire: 'T', type: 'array', items: () => Item, maxItems: 3 })) },
  { weight: 1, arbitrary: itemModel.map((Item): ParamOptions => ({ wire: 'O', type: 'object', model: () => Item })) },
);

const model: fc.Arbitrary<ModelClass> = fc.array(param, { minLength: 1, maxLength: 5 }).map((params) => declare(params));

/** Values close to the rules and far from them: wrong types, boxed and exotic objects, holes, NaN. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 2,
    maxKeys: 3,
    size: 'xsmall',
    withBoxedValues: true,
    withSparseArray: true,
    withNullPrototype: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withTypedArray: true,
    withBigInt: true,
  }),
  fc.constantFrom('', 'a', 'bb', 'ccc', 'TCP', '123', 'x', 'aab', 'abcdefghij', 'é', '😀😀', -1, 0, 1, 2.5, 10, 21, -0, NaN, Infinity, true, false, null, undefined),
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -10, max: 40 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, -0),
);
// (cyclic values are checked on their own below: class-transformer takes ~10 ms to overflow on each)

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
}

/** A valid set pushed past upper bounds: lists tripled, strings doubled, numbers scaled. */
function stretch(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (Array.isArray(v)) out[k] = [...v, ...v, ...v];
    else if (typeof v === 'string') out[k] = `${v}${v}x`;
    else if (typeof v === 'number') out[k] = v * 10 + 1.5;
    else out[k] = v;
  }
  return out;
}

/** A valid set pushed past lower bounds: lists and strings emptied, numbers made negative. */
function shrink(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (Array.isArray(v)) out[k] = [];
    else if (typeof v === 'string') out[k] = '';
    else if (typeof v === 'number') out[k] = -Math.abs(v) - 11;
    else out[k] = v;
  }
  return out;
}

function nearValues(m: ModelClass): fc.Arbitrary<Record<string, unknown>> {
  const plan = planOf(m);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const spec of plan.params) {
    const nested = plan.nested(spec);
    const item = nested ? fc.oneof(anyValue, nearValues(nested.model)) : anyValue;
    shape[spec.name] = fc.oneof(anyValue, fc.array(item, { maxLength: 4 }), item);
  }
  return fc.record(shape, { requiredKeys: [] });
}

describe('builder quick check', () => {
  it('never says valid where class-validator finds a problem (generated models, hostile and valid values)', () => {
    let agreedValid = 0;
    let validSamples = 0;
    fc.assert(
      fc.property(model, fc.integer(), (m, seed) => {
        const valid = fc.sample(validParams(m), { numRuns: 5, seed });
        const values = [...fc.sample(nearValues(m), { numRuns: 20, seed }), ...valid, ...valid.map(stretch), ...valid.map(shrink)];
        for (const v of values) {
          const verdict = slowVerdict(m, v);
          if (quick(m, v)) expect({ values: v, verdict }).toEqual({ values: v, verdict: 'valid' });
          if (verdict === 'valid') {
            validSamples++;
            if (quick(m, v)) agreedValid++;
          }
        }
      }),
      { numRuns: 500 },
    );
    // It must also be worth having: it recognizes most valid sets (exotic but valid ones go the slow way).
    expect(agreedValid / validSamples).toBeGreaterThan(0.5);
  });

  it('says valid for a sample of every SWAS and ECS action model (the happy path is fast for all)', () => {
    const models = [...Object.values(swasModels), ...Object.values(ecsModels)].filter(
      (m): m is ModelClass => typeof m === 'function' && !!planOf(m as ModelClass).action,
    );
    expect(models.length).toBeGreaterThan(400);
    for (const m of models) {
      const values = { ...planOf(m).defaults, ...sampleParams(m, { optional: true }) };
      expect({ model: m.name, verdict: slowVerdict(m, values) }).toEqual({ model: m.name, verdict: 'valid' });
      expect({ model: m.name, quick: quick(m, values) }).toEqual({ model: m.name, quick: true });
    }
  });

  it('leaves models with rules it does not know to class-validator', () => {
    const Custom = declare([{ wire: 'Mail', type: 'string' }]);
    IsEmail()(Custom.prototype, 'p0');
    expect(quickCheckOf(planOf(Custom))).toBeNull();
    expect(() => buildRequest(Custom, { p0: 'not-an-email' })).toThrow(/InvalidParameter 'p0': fails the 'isEmail' rule/);
  });

  it('leaves item models with defaults of their own to class-validator', () => {
    const Item = declare([{ wire: 'N', type: 'integer', max: 3 }], { p0: 7 }, false);
    const Outer = declare([{ wire: 'Items', type: 'array', items: () => Item }]);
    expect(quickCheckOf(planOf(Outer))).toBeNull();
    // class-transformer builds the item, its default (7) breaks max 3: the message is class-validator's
    expect(() => buildRequest(Outer, { p0: [{}] })).toThrow("InvalidParameter 'p0[0].p0': must be at most 3; got 7");
  });

  it('is compiled afresh when a rule is added later (the rule-lookup memo semantics)', () => {
    const Late = declare([{ wire: 'Name', type: 'string' }]);
    expect(() => buildRequest(Late, { p0: 'abcdef' })).not.toThrow();
    MaxLength(3)(Late.prototype, 'p0');
    // (the message speaks from the @Param records, which know nothing of the hand-added rule)
    expect(() => buildRequest(Late, { p0: 'abcdef' })).toThrow(/InvalidParameter 'p0': must have at most .* characters; got "abcdef"/);
  });

  it('gives up on values class-transformer might not copy as they are', () => {
    const M = declare([{ wire: 'S', type: 'string' }, { wire: 'M', type: 'map' }, { wire: 'L', type: 'array', items: 'string' }]);
    expect(quick(M, { p0: 'x', p1: { a: [1, { b: 'c' }] }, p2: ['a', 'b'] })).toBe(true);
    expect(quick(M, { p0: Object('x') })).toBe(false); // a boxed string
    expect(quick(M, { p1: cyclic() })).toBe(false);
    expect(slowVerdict(M, { p1: cyclic() })).toBe('invalid'); // class-transformer overflows on it today
    expect(quick(M, { p1: new Map() })).toBe(false);
    expect(quick(M, { p1: { when: new Date(0) } })).toBe(false);
    expect(quick(M, { p1: JSON.parse('{"__proto__": {"x": 1}}') })).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(quick(M, { p2: ['a', , 'b'] })).toBe(false); // a hole: class-transformer would close it
    // The answers the builder gives are class-validator's in every one of these cases.
    expect(() => buildRequest(M, { p0: Object('x') })).not.toThrow();
  });
});
