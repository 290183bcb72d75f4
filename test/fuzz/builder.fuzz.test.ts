/**
 * Fuzzing the builder with hostile input (issue "nightly under fire"): for a fixed, spread-out
 * sample of 20 action models, FUZZ_RUNS (default 10,000) random parameter sets each — any JSON-ish
 * value under any declared key, plus undeclared keys. The builder must only ever throw
 * ParameterError (never a TypeError or a hang; Jest's timeout bounds each model), and when it
 * does not throw, every query value is a string.
 */
import fc from 'fast-check';
import { buildRequest, getActionSpec, ParameterError, type ModelClass } from '../../core';
import { ecsModels, swasModels } from '../../index';
import { hostileParams } from '../support/arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

function actionModels(ns: Record<string, unknown>): ModelClass[] {
  return Object.values(ns)
    .filter((v): v is ModelClass => typeof v === 'function' && getActionSpec(v as ModelClass) !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** 20 models spread over both products (all of them while there are fewer). */
function sample(): [string, ModelClass][] {
  const all = [...actionModels(swasModels).map((m) => ['SWAS', m] as const), ...actionModels(ecsModels).map((m) => ['ECS', m] as const)];
  const picked = all.length <= 20 ? all : Array.from({ length: 20 }, (_, i) => all[Math.floor((i * all.length) / 20)]);
  return picked.map(([p, m]) => [`${p} ${getActionSpec(m)!.action}`, m]);
}

describe.each(sample())('%s', (_, model) => {
  it(`${RUNS} hostile parameter sets: ParameterError or a well-formed request, nothing else`, () => {
    let rejected = 0;
    fc.assert(
      fc.property(hostileParams(model), (params) => {
        try {
          const built = buildRequest(model, params);
          for (const v of Object.values(built.query)) expect(typeof v).toBe('string');
        } catch (e) {
          if (!(e instanceof ParameterError)) throw e;
          rejected++;
        }
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
    expect(rejected).toBeGreaterThan(0);
  }, 120_000);
});
