/**
 * API coverage of a run: which modeled actions appear as an API step (`SWAS RunCommand`) in the
 * Allure results. Printed after the summary, so a nightly shows at a glance whether every action
 * was exercised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

/** Every action the project models, by product title (loads the models: about a second). */
export function modeledActions(): Map<string, string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const models = require('../models') as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getActionSpec } = require('../core/model/decorators') as typeof import('../core/model/decorators');
  const byTitle = new Map<string, Set<string>>();
  for (const ns of Object.values(models)) {
    if (typeof ns !== 'object' || ns === null) continue;
    for (const v of Object.values(ns)) {
      if (typeof v !== 'function') continue;
      const spec = getActionSpec(v as new () => object);
      if (!spec) continue;
      const set = byTitle.get(spec.product.title) ?? new Set<string>();
      set.add(spec.action);
      byTitle.set(spec.product.title, set);
    }
  }
  return new Map([...byTitle].map(([t, s]) => [t, [...s].sort()]));
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
