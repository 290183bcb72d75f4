/**
 * Reads an Allure results folder (written by allure-jest) into what the runner needs:
 * one record per test, with product (the `epic` label), status and duration.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { knownProducts } from './products';

export type TestStatus = 'passed' | 'failed' | 'broken' | 'skipped' | 'unknown';

export interface TestRecord {
  file: string;
  name: string;
  /** Describe titles + title, space-joined: what Jest's --testNamePattern matches. */
  testId: string;
  product: string;
  status: TestStatus;
  durationMs: number;
  message?: string;
}

interface AllureResult {
  name?: string;
  fullName?: string;
  status?: string;
  start?: number;
  stop?: number;
  labels?: { name: string; value: string }[];
  statusDetails?: { message?: string };
}

export function readResults(dir: string): TestRecord[] {
  if (!existsSync(dir)) return [];
  const products = new Set(knownProducts());
  const out: TestRecord[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('-result.json'))) {
    const r = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as AllureResult;
    const label = (name: string): string | undefined => r.labels?.find((l) => l.name === name)?.value;
    // Skipped tests never run apiSuite's beforeEach, so they carry no epic: its describe title starts with the product.
    const suiteProduct = label('parentSuite')?.split(' ')[0];
    const epic = label('epic') ?? (suiteProduct && products.has(suiteProduct.toLowerCase()) ? suiteProduct : undefined);
    const status = (['passed', 'failed', 'broken', 'skipped'] as const).find((s) => s === r.status) ?? 'unknown';
    out.push({
      file: f,
      name: r.name ?? '',
      testId: (r.fullName ?? '').split('#').slice(1).join('#') || (r.name ?? ''),
      product: epic ?? 'other',
      status,
      durationMs: r.start !== undefined && r.stop !== undefined ? Math.max(0, r.stop - r.start) : 0,
      message: r.statusDetails?.message,
    });
  }
  return out;
}

/**
 * Jest reports tests left out by the name pattern as skipped, and allure-jest writes them.
 * Drops those result files so the report shows what ran (and what a test itself skipped).
 */
export function pruneUnselected(dir: string, isSelected: (testId: string) => boolean): number {
  let removed = 0;
  for (const r of readResults(dir)) {
    if (r.status === 'skipped' && !isSelected(r.testId)) {
      rmSync(path.join(dir, r.file));
      removed++;
    }
  }
  return removed;
}
