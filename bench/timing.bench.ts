/**
 * Realistic timing (issue 8): the regression suites' wall time against their critical path.
 *
 * Asynchronous durations are made realistic — the simulator's built-in transition times ×10, so an
 * instance starts in 30 s, is created in 50 s, a snapshot takes 50 s, an image 100 s — and then
 * scaled by a simulator clock running 100× faster than real time; together: clock speed 10 on the
 * built-in durations. The suites run through `cloudcase run --env local` against that simulator
 * (started here, CLOUDCASE_ENDPOINT), once per worker count.
 *
 * Critical path: test files are independent (each creates what it changes), tests inside a file
 * run in order; so the longest chain of waits that must happen in order is the longest file, measured
 * in the 1-worker run where files do not compete for the CPU (first test start → last test stop of
 * the file, from the Allure results). Ratio = wall time of a run / critical path; target ≤ 1.2.
 *
 * BENCH_WORKERS (default "1,2,4,8"), BENCH_SELECTION (e.g. "--product swas"; default every suite),
 * BENCH_REALISM (default 10), BENCH_CLOCK (default 100).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnvironment, simulatorAccessKeys } from '../conf';
import { startSimulator } from '../simulator';
import { runCli, scratch, summaryTotals } from '../test/resilience/support/cli';
import { filesUnder } from '../test/resilience/support/secret-scan';
import { fmt, type BenchReport } from './harness';

interface Result {
  start: number;
  stop: number;
  status: string;
  labels: { name: string; value: string }[];
}

interface Measured {
  workers: number;
  wallMs: number;
  /** First test start → last test stop. */
  jestSpanMs: number;
  /** Fixed cost before the tests: command start → first test start (runner, Jest and worker start-up, first module loads). */
  startupMs: number;
  /** Fixed cost after the tests: last test stop → command exit (summary, coverage, teardown). */
  tailMs: number;
  /** Per test file: first start → last stop. */
  files: Map<string, number>;
  totals: string;
}

async function measure(workers: number, clockSpeed: number, selection: string[], work: string): Promise<Measured> {
  const env = loadEnvironment('local');
  const sim = await startSimulator({ port: 0, accessKeys: simulatorAccessKeys(env), clockSpeed, faults: { serviceUnavailableRate: 0, throttlingRate: 0, latencySpikeRate: 0, latencyMs: 0, quotas: {} } });
  try {
    const resultsDir = path.join(work, `w${workers}`);
    const started = Date.now();
    const run = await runCli(['run', '--env', 'local', '--workers', String(workers), '--results-dir', resultsDir, ...selection], { CLOUDCASE_ENDPOINT: sim.url }, 60 * 60_000);
    const results = filesUnder(resultsDir)
      .filter((f) => f.endsWith('-result.json'))
      .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Result)
      .filter((r) => r.start && r.stop);
    if (results.length === 0) throw new Error(`no results from the ${workers}-worker run:\n${(run.stdout + run.stderr).slice(-2000)}`);
    const spans = new Map<string, { start: number; stop: number }>();
    for (const r of results) {
      const file = r.labels.find((l) => l.name === 'package')?.value ?? '?';
      const s = spans.get(file);
      spans.set(file, s ? { start: Math.min(s.start, r.start), stop: Math.max(s.stop, r.stop) } : { start: r.start, stop: r.stop });
    }
    const t = summaryTotals(run.stdout);
    const firstStart = Math.min(...results.map((r) => r.start));
    const lastStop = Math.max(...results.map((r) => r.stop));
    return {
      workers,
      wallMs: run.durationMs,
      jestSpanMs: lastStop - firstStart,
      startupMs: firstStart - started,
      tailMs: started + run.durationMs - lastStop,
      files: new Map([...spans].map(([f, s]) => [f, s.stop - s.start])),
      totals: t ? `${t.passed} passed, ${t.failed + t.broken} failed` : 'no summary',
    };
  } finally {
    await sim.close();
  }
}

export default async function timing(): Promise<BenchReport> {
  const workersList = (process.env.BENCH_WORKERS ?? '1,2,4,8').split(',').map(Number);
  if (workersList[0] !== 1) workersList.unshift(1); // the critical path comes from the 1-worker run
  const selection = (process.env.BENCH_SELECTION ?? '').split(' ').filter(Boolean);
  const realism = Number(process.env.BENCH_REALISM ?? 10);
  const clock = Number(process.env.BENCH_CLOCK ?? 100);
  const work = scratch('timing');
  const runs: Measured[] = [];
  for (const w of workersList) runs.push(await measure(w, clock / realism, selection, work));

  const [longestFile, critical] = [...runs[0].files].sort((a, b) => b[1] - a[1])[0];
  const sumOfFiles = [...runs[0].files.values()].reduce((a, b) => a + b, 0);
  const s = (ms: number): string => fmt(ms / 1000, 1);
  const lines = [
    `durations ×${realism} (instance start 30 s, create 50 s), clock ×${clock}: simulator clock speed ${clock / realism}; selection: ${selection.join(' ') || 'every suite'}; ${runs[0].files.size} test files`,
    `critical path: ${s(critical)} s (${longestFile.replace(/^cloudcase\.testcases\./, '')}, 1-worker run); sum of all files: ${s(sumOfFiles)} s`,
    '',
    '| workers | wall `cloudcase run` s | start-up (command start → first test) s | Jest span (first test start → last stop) s | tail (last stop → exit) s | wall / critical path | span / critical path | tests |',
    '|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.workers} | ${s(r.wallMs)} | ${s(r.startupMs)} | ${s(r.jestSpanMs)} | ${s(r.tailMs)} | ${fmt(r.wallMs / critical)} | ${fmt(r.jestSpanMs / critical)} | ${r.totals} |`,
    ),
    '',
    'longest files (1-worker run, s): ' +
      [...runs[0].files]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([f, ms]) => `${f.replace(/^cloudcase\.testcases\./, '')} ${s(ms)}`)
        .join(', '),
  ];
  return { title: 'Suite wall time vs its critical path, realistic async durations (issue 8)', lines };
}
