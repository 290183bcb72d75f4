/**
 * API coverage of a run: which modeled actions appear as an API step (`SWAS RunCommand`) in the
 * Allure results. Printed after the summary, so a nightly shows at a glance whether every action
 * was exercised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProductDescriptor } from '../core/model/types';
import { parseManifest } from '../tools/codegen/manifest';
import { ROOT } from './paths';
import { knownProducts } from './products';

export interface ProductCoverage {
  /** Step title prefix, e.g. `SWAS`. */
  title: string;
  modeled: number;
  called: string[];
  notCalled: string[];
}

interface Step {
  name?: string;
  steps?: Step[];
}

/** Names of every step (at any depth) in the results folder. */
export function stepNames(resultsDir: string): Set<string> {
  const names = new Set<string>();
  if (!existsSync(resultsDir)) return names;
  const walk = (steps: Step[] | undefined): void => {
    for (const s of steps ?? []) {
      if (s.name) names.add(s.name);
      walk(s.steps);
    }
  };
  for (const f of readdirSync(resultsDir)) {
    if (!f.endsWith('-result.json') && !f.endsWith('-container.json')) continue;
    const r = JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8')) as { steps?: Step[]; befores?: Step[]; afters?: Step[] };
    walk(r.steps);
    walk(r.befores);
    walk(r.afters);
  }
  return names;
}

/** Coverage per product, from the modeled actions (title → action names) and the steps seen. */
export function coverage(modeled: ReadonlyMap<string, readonly string[]>, steps: ReadonlySet<string>): ProductCoverage[] {
  return [...modeled].map(([title, actions]) => {
    const called = actions.filter((a) => steps.has(`${title} ${a}`));
    return { title, modeled: actions.length, called, notCalled: actions.filter((a) => !called.includes(a)) };
  });
}

/**
 * Every action the project models, by product title. A generated product's actions are read from
 * its manifest (models/<id>/generated/manifest.tsv, written by the same codegen run as its models
 * and held to them by `npm run codegen:check`): evaluating its decorated model classes only to list
 * their names cost ≈ 2 s at the end of every run (478 SWAS and ECS classes through tsx). The few
 * models of a hand-written product (no manifest) are loaded.
 */
export function modeledActions(modelsDir: string = path.join(ROOT, 'models')): Map<string, string[]> {
  const byTitle = new Map<string, Set<string>>();
  const add = (title: string, actions: Iterable<string>): void => {
    const set = byTitle.get(title) ?? new Set<string>();
    for (const a of actions) set.add(a);
    byTitle.set(title, set);
  };
  for (const id of knownProducts(modelsDir)) {
    const manifest = path.join(modelsDir, id, 'generated', 'manifest.tsv');
    if (existsSync(manifest)) add(descriptorOf(modelsDir, id).title, Object.keys(parseManifest(readFileSync(manifest, 'utf8')).actions));
    else for (const [title, actions] of actionsOfModels(path.join(modelsDir, id))) add(title, actions);
  }
  return new Map([...byTitle].sort(([a], [b]) => a.localeCompare(b)).map(([t, s]) => [t, [...s].sort()]));
}

/** The descriptor `models/<id>/product.ts` exports (the one whose id is the folder's name). */
function descriptorOf(modelsDir: string, id: string): ProductDescriptor {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = Object.values(require(path.join(modelsDir, id, 'product')) as Record<string, unknown>);
  const descriptor = exported.find((v): v is ProductDescriptor => typeof v === 'object' && v !== null && (v as ProductDescriptor).id === id);
  if (!descriptor) throw new Error(`${path.join(modelsDir, id, 'product.ts')} exports no product descriptor with id '${id}'`);
  return descriptor;
}

/** The @Action classes a product folder's index exports, by product title. */
function actionsOfModels(productDir: string): Map<string, string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const models = require(productDir) as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getActionSpec } = require('../core/model/decorators') as typeof import('../core/model/decorators');
  const byTitle = new Map<string, string[]>();
  for (const v of Object.values(models)) {
    if (typeof v !== 'function') continue;
    const spec = getActionSpec(v as new () => object);
    if (spec) byTitle.set(spec.product.title, [...(byTitle.get(spec.product.title) ?? []), spec.action]);
  }
  return byTitle;
}

export function formatCoverage(rows: readonly ProductCoverage[], listUpTo = 8): string[] {
  return rows
    .filter((r) => r.called.length > 0)
    .map((r) => {
      const missing = r.notCalled.length
        ? `; not called: ${r.notCalled.slice(0, listUpTo).join(', ')}${r.notCalled.length > listUpTo ? ` and ${r.notCalled.length - listUpTo} more` : ''}`
        : '';
      return `  ${r.title}: ${r.called.length}/${r.modeled} modeled actions called${missing}`;
    });
}
