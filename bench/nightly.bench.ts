/**
 * The whole nightly as a user runs it: `cloudcase run --env local --report` (every suite against
 * the embedded simulator with its clock sped up by the local profile, then the single-file
 * report). Reported: wall time (target ≤ 60 s on this 2-core machine), tests, API coverage, and —
 * because the simulator here outlives the run — what a dry-run sweep still finds in it afterwards
 * (target 0: cleanup really ran).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { loadEnvironment, simulatorAccessKeys } from '../conf';
import { sweep, type Marker } from '../runner/sweep';
import { coverage, modeledActions, stepNames } from '../runner/coverage';
import { startSimulator } from '../simulator';
import { fmt, type BenchReport } from './harness';

const ROOT = path.resolve(__dirname, '..');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'runner/bin.js'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

export default async function nightlyBench(): Promise<BenchReport> {
  const env = loadEnvironment('local');
  const sim = await startSimulator({ port: 0, accessKeys: simulatorAccessKeys(env), clockSpeed: env.simulatorClockSpeed ?? 1 });
  const results = mkdtempSync(path.join(tmpdir(), 'cc-nightly-'));
  try {
    const childEnv = { ...process.env, CLOUDCASE_ENDPOINT: sim.url, CLOUDCASE_HISTORY: 'off' };
    const t0 = Date.now();
    const { code, out } = await run(['run', '--env', 'local', '--report', '--results-dir', results], childEnv);
    const wallS = (Date.now() - t0) / 1000;
    const total = /cloudcase: (\d+) tests in/.exec(out)?.[1] ?? '?';
    const cov = coverage(modeledActions(), stepNames(results));

    process.env.CLOUDCASE_ENDPOINT = sim.url;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { sweepContext, SWEEPERS } = require('../runner/sweepers') as typeof import('../runner/sweepers');
    const left = await sweep(sweepContext(env, 'main'), SWEEPERS, env.regions, env.resources as Marker, false, () => undefined);

    return {
      title: 'Nightly on the simulator — `cloudcase run --env local --report`',
      lines: [
        '| figure | value |',
        '|---|---|',
        `| exit code | ${code} |`,
        `| tests | ${total} |`,
        `| wall time, suites + report (target ≤ 60 s) | ${fmt(wallS, 1)} s |`,
        ...cov.filter((c) => c.called.length).map((c) => `| ${c.title} actions called as API steps | ${c.called.length}/${c.modeled} |`),
        `| test resources still in the simulator after the run (dry-run sweep) | ${left.found.length} |`,
      ],
    };
  } finally {
    rmSync(results, { recursive: true, force: true });
    await sim.close();
  }
}
