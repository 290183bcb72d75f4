/** Where the runner finds the project and puts its output. Defaults are relative to the project root. */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const REPORTS = path.join(ROOT, 'reports');
export const DEFAULT_RESULTS_DIR = path.join(REPORTS, 'allure-results');
export const DEFAULT_REPORT_DIR = path.join(REPORTS, 'allure-report');
export const HISTORY_FILE = path.join(REPORTS, 'history', 'history.jsonl');
/** Per-run scratch: Jest's JSON results and the statistics the test workers write. */
export const RUN_DIR = path.join(REPORTS, '.run');
export const TESTCASES_JEST_CONFIG = path.join(ROOT, 'testcases', 'jest.config.js');
export const ALLURE_CONFIG = path.join(ROOT, 'allurerc.mjs');

/** Shown in messages: relative to the working directory when inside it. */
export function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}
