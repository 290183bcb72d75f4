/**
 * `cloudcase run`: picks the environment, starts the simulator for a simulator profile, runs the
 * suites in Jest workers (handing them the endpoint through CLOUDCASE_ENDPOINT), then prints the
 * per-product summary and optionally builds the report. Returns the exit code: 0 all passed,
 * 1 test failures, 2 usage or configuration error, 130 / 143 interrupted by SIGINT / SIGTERM (128 +
 * the signal number, as a shell reports a process the signal ended; the cleanup ran first).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadEnvironment, resolveAccount, resolveEndpoint, resolveRetry, simulatorAccessKeys, type Environment } from '../conf';
import { environmentInfo } from './environment-info';
import { descendantsOf, exited, signalAll } from './process-tree';
import { jestArgs, parseShard, parseWorkers } from './jest-args';
import { DEFAULT_RESULTS_DIR, ROOT, RUN_DIR, shown } from './paths';
import { knownProducts } from './products';
import { coverage, formatCoverage, modeledActions, stepNames } from './coverage';
import { generateReport } from './report';
import { pruneUnselected, readResults } from './results';
import { readStats } from './run-stats';
import { isSelected, select } from './selection';
import { formatDuration, formatSummary, hasFailures, summarize, type Summary } from './summary';

export interface RunOptions {
  env?: string;
  product?: string[];
  tag?: string[];
  excludeTag?: string[];
  grep?: string;
  workers?: string;
  /** Attempts per call for this run (CLOUDCASE_RETRY_ATTEMPTS for the workers), over the profile's retry budget. */
  retryAttempts?: string;
  shard?: string;
  report?: boolean;
  resultsDir?: string;
  /** Arguments after `--`, passed to Jest as they are. */
  jestArgs?: string[];
}

export interface RunOutcome {
  exitCode: 0 | 1 | 2 | 130 | 143;
  summary?: Summary;
  reportFile?: string;
}

type Log = (line: string) => void;

export async function runSuites(options: RunOptions, log: Log = (l) => process.stdout.write(l + '\n')): Promise<RunOutcome> {
  const env = loadEnvironment(options.env);
  const selection = select({
    tags: options.tag,
    excludeTags: options.excludeTag,
    grep: options.grep,
    products: options.product,
    knownProducts: knownProducts(),
    allowed: env.tags.allowed,
    envName: env.name,
    envFile: env.file,
  });
  if (options.workers !== undefined) parseWorkers(options.workers);
  const retryEnv: NodeJS.ProcessEnv = options.retryAttempts === undefined ? {} : { CLOUDCASE_RETRY_ATTEMPTS: options.retryAttempts };
  resolveRetry(env, retryEnv); // a bad value fails now, before anything is cleared or started
  const shard = options.shard !== undefined ? parseShard(options.shard) : undefined;

  // Fail now, before clearing anything or running a test, when the main account cannot be resolved
  // (e.g. a CI secret not set). A simulator profile's endpoint only exists once the simulator runs.
  if (!env.simulator) resolveAccount(env, 'main');

  const resultsDir = path.resolve(options.resultsDir ?? DEFAULT_RESULTS_DIR);
  // One scratch folder per results folder, so runs into different folders never share statistics.
  const runDir = path.join(RUN_DIR, createHash('sha256').update(resultsDir).digest('hex').slice(0, 12));
  rmSync(resultsDir, { recursive: true, force: true, maxRetries: 3 });
  rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(runDir, { recursive: true });

  // A simulator already running (`cloudcase simulator`, or a test that inspects its state after the run) is named by CLOUDCASE_ENDPOINT.
  const running = env.simulator ? process.env.CLOUDCASE_ENDPOINT : undefined;
  const started = Date.now();
  const sim = env.simulator && !running ? await startEmbeddedSimulator(env) : undefined;
  let jest: JestExit;
  try {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...retryEnv, CLOUDCASE_ENV: env.name };
    if (sim) childEnv.CLOUDCASE_ENDPOINT = sim.url;
    resolveAccount(env, 'main', childEnv);
    const endpoint = resolveEndpoint(env, childEnv);
    childEnv.CLOUDCASE_RESULTS_DIR = resultsDir;
    childEnv.CLOUDCASE_RUN_DIR = runDir;
    childEnv.CLOUDCASE_ALLURE_ENV = JSON.stringify(
      environmentInfo({ env, endpoint, tags: describeSelection(selection.include, selection.exclude), shard: shard?.text }),
    );
    log(`cloudcase: env ${env.name} (${env.file})${sim ? `, simulator at ${sim.url}` : running ? `, running simulator at ${running}` : ''}; ${describeSelection(selection.include, selection.exclude)}`);
    childEnv.CLOUDCASE_JEST_SUMMARY = path.join(runDir, 'jest.json');
    const workers = options.workers ?? (env.workers !== undefined ? String(env.workers) : undefined);
    const args = jestArgs({ selection, workers, shard: options.shard, extra: options.jestArgs });
    jest = await runJest(args, childEnv);
  } finally {
    await sim?.close();
  }

  pruneUnselected(resultsDir, (id) => isSelected(selection, id));
  const summary = summarize(readResults(resultsDir), readStats(runDir), suiteErrors(path.join(runDir, 'jest.json')));
  log('');
  log(formatSummary(summary));
  const covered = formatCoverage(coverage(modeledActions(), stepNames(resultsDir)));
  if (covered.length) log(['API coverage (actions that appear as an API step):', ...covered].join('\n'));
  const ran = summary.total.passed + summary.total.failed + summary.total.broken + summary.total.skipped;
  // Before the "could not start" guess below: an interrupted Jest writes no summary file either.
  if (jest.interrupted) {
    log(interruptedMessage(jest, ran, summary.total.leftovers, env.name));
    return { exitCode: SIGNAL_EXIT[jest.interrupted], summary };
  }
  const code = jest.code;
  if (ran === 0 && code !== 0 && !existsSync(path.join(runDir, 'jest.json'))) {
    log('cloudcase: Jest could not start (its error is above)');
    return { exitCode: 2, summary };
  }
  if (ran === 0) {
    log(`cloudcase: no test matched the selection (${describeSelection(selection.include, selection.exclude)}${selection.grep ? `, grep ${selection.grep}` : ''}${selection.products.length ? `, product ${selection.products.join(',')}` : ''})`);
    return { exitCode: 2, summary };
  }
  const failed = hasFailures(summary) || code !== 0;
  let reportFile: string | undefined;
  if (options.report) {
    try {
      reportFile = await generateReport({ resultsDirs: [resultsDir], name: `cloudcase ${env.name}` });
      log(`cloudcase: report ${shown(reportFile)}`);
    } catch (e) {
      log(`cloudcase: the report could not be built: ${(e as Error).message}`);
      return { exitCode: failed ? 1 : 2, summary };
    }
  }
  log(`cloudcase: ${ran} tests in ${formatDuration(Date.now() - started)}; results ${shown(resultsDir)}${failed ? ' — FAILED' : ' — all passed'}`);
  return { exitCode: failed ? 1 : 0, summary, reportFile };
}

function describeSelection(include: readonly string[], exclude: readonly string[]): string {
  const inc = include.length ? `tags ${include.map((t) => '@' + t).join(' ')}` : 'all tags';
  return exclude.length ? `${inc} except ${exclude.map((t) => '@' + t).join(' ')}` : inc;
}

async function startEmbeddedSimulator(env: Environment): Promise<{ url: string; close(): Promise<void> }> {
  // Loaded only when needed: a staging run does not pay for the simulator.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startSimulator } = require('../simulator') as typeof import('../simulator');
  // The environment variable, when set, wins over the profile (startSimulator reads it itself).
  const clockSpeed = process.env.CLOUDCASE_SIM_CLOCK_SPEED ? {} : env.simulatorClockSpeed !== undefined ? { clockSpeed: env.simulatorClockSpeed } : {};
  return startSimulator({ port: 0, accessKeys: simulatorAccessKeys(env), ...clockSpeed });
}

type Interrupt = 'SIGINT' | 'SIGTERM';
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

interface JestExit {
  code: number;
  /** The signal that ended the run: received by the runner and passed on, or the one that ended Jest. */
  interrupted?: Interrupt;
  /** False when processes of Jest's tree outlived the grace period and were killed mid-cleanup. */
  cleanedUp: boolean;
}

const CLEANUP_GRACE_MS = 60_000;

function interruptedMessage(jest: JestExit, ran: number, leftovers: number, envName: string): string {
  const sweep = `\`cloudcase sweep --env ${envName} --yes\` removes what carries the test name prefix or tag`;
  const cleanup = !jest.cleanedUp
    ? `the test processes did not finish deleting what their tests created within ${CLEANUP_GRACE_MS / 1000} s and were killed: resources may be left behind; ${sweep}`
    : leftovers > 0
      ? `the test processes ran their cleanup before exiting, but ${leftovers} resource(s) could not be deleted (listed above); ${sweep}`
      : 'the test processes deleted what their tests had created before exiting (nothing left behind)';
  return `cloudcase: interrupted by ${jest.interrupted} after ${ran} finished test(s); ${cleanup}; no report built — exit code ${SIGNAL_EXIT[jest.interrupted as Interrupt]}`;
}

function runJest(args: string[], env: NodeJS.ProcessEnv): Promise<JestExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env, cwd: ROOT });
    // Jest and its workers: the workers delete what their tests created before they exit (process-tree.ts).
    let signalled: number[] = [];
    let received: Interrupt | undefined;
    const forward = (signal: Interrupt) => () => {
      received ??= signal;
      const tree = child.pid === undefined ? [] : [child.pid, ...descendantsOf(child.pid)];
      signalled = [...new Set([...signalled, ...tree])];
      signalAll(tree, signal);
    };
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      // Jest signalled by someone else: ended by the signal, or exited 128 + n by core/ledger/interrupt.ts after its cleanup.
      const byJest = signal === 'SIGINT' || signal === 'SIGTERM' ? signal : code === 130 ? 'SIGINT' : code === 143 ? 'SIGTERM' : undefined;
      void exited(signalled, CLEANUP_GRACE_MS).then((ended) => resolve({ code: code ?? (signal ? 1 : 0), interrupted: received ?? byJest, cleanedUp: ended }));
    });
  });
}

interface JestJson {
  testResults?: { name: string; status?: string; message?: string; assertionResults?: unknown[] }[];
}

/** Test files Jest could not run at all (they write no Allure result). */
function suiteErrors(jsonFile: string): Summary['suiteErrors'] {
  if (!existsSync(jsonFile)) return [];
  const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as JestJson;
  return (json.testResults ?? [])
    .filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0)
    .map((r) => ({ file: shown(r.name), message: (r.message ?? 'failed to run').replace(/\u001b\[[0-9;]*m/g, '').trim() }));
}
