/** The Jest command line for a run: pure, so it can be tested without starting Jest. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Selection } from './selection';
import { ROOT, TESTCASES_JEST_CONFIG } from './paths';
import { UsageError } from './usage-error';

export interface JestArgsInput {
  selection: Selection;
  workers?: string;
  shard?: string;
  /** Extra arguments after `--`, passed to Jest untouched. */
  extra?: readonly string[];
}

export const PROGRESS_REPORTER = path.join(ROOT, 'runner', 'progress-reporter.js');

export function jestArgs(input: JestArgsInput): string[] {
  const args = [
    path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--config',
    TESTCASES_JEST_CONFIG,
    '--testNamePattern',
    input.selection.namePattern,
    '--passWithNoTests',
    '--reporters',
    PROGRESS_REPORTER,
  ];
  if (input.selection.pathPatterns.length > 0) args.push('--testPathPatterns', ...input.selection.pathPatterns);
  // Jest's own default is one worker less than the cores; here the suites mostly wait on the API
  // (or the simulator), so one worker per core is faster (nightly on 2 cores: 60 s → 46 s).
  args.push('--maxWorkers', String(input.workers !== undefined ? parseWorkers(input.workers) : defaultWorkers()));
  if (input.shard !== undefined) args.push('--shard', parseShard(input.shard).text);
  args.push(...(input.extra ?? []));
  return args;
}

export function defaultWorkers(): number {
  return Math.max(2, availableParallelism());
}

export function parseWorkers(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--workers '${raw}' must be a whole number from 1 to 64`);
  return n;
}

export function parseShard(raw: string): { index: number; count: number; text: string } {
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count) {
    throw new UsageError(`--shard '${raw}' must be i/n with 1 <= i <= n, e.g. --shard 2/4`);
  }
  return { index, count, text: `${index}/${count}` };
}
