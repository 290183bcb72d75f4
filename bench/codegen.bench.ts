/**
 * Code generation costs: regenerating both products from the SDK sources, loading every generated
 * model (decorators + plan compile), and building the largest generated request.
 */
import { join } from 'node:path';
import { buildRequest, planOf, type ModelClass } from '../core';
import { generateProduct } from '../tools/codegen/generate';
import { PRODUCTS } from '../tools/codegen/products';
import { synthesize } from '../test/codegen/support/synthesize';
import { fmt, median, medianMicros, type BenchReport } from './harness';

export default async function bench(): Promise<BenchReport> {
  const root = join(__dirname, '..');
  const gen: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    for (const p of PRODUCTS) generateProduct(p, { root });
    gen.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const swas = (await import('../models/swas')) as unknown as Record<string, unknown>;
  const ecs = (await import('../models/ecs')) as unknown as Record<string, unknown>;
  const loadMs = performance.now() - t0;
  const models = [...Object.entries(swas), ...Object.entries(ecs)].filter(([k]) => k.endsWith('Model')).map(([, v]) => v as ModelClass);
  const t1 = performance.now();
  for (const m of models) planOf(m);
  const planMs = performance.now() - t1;
  const runInstances = ecs.RunInstancesModel as ModelClass;
  const params = synthesize(planOf(runInstances));
  const keys = Object.keys(buildRequest(runInstances, params).query).length;
  const us = medianMicros(() => buildRequest(runInstances, params), 50, 15, 200);
  return {
    title: 'Code generation (issue 4)',
    lines: [
      '| what | figure |',
      '|---|---|',
      `| regenerate SWAS (98) + ECS (380) from SDK sources, in memory (median of 3) | ${fmt(median(gen), 0)} ms |`,
      `| import all generated model modules (${models.length} action models) | ${fmt(loadMs, 0)} ms |`,
      `| planOf() for all ${models.length} action models, cold | ${fmt(planMs, 1)} ms |`,
      `| buildRequest(RunInstancesModel) with every parameter set (${keys} wire keys) | ${fmt(us, 0)} µs/call |`,
    ],
  };
}
