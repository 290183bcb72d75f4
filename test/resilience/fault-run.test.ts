/**
 * Fault-injected runs (issue 8). The regression suites run (`cloudcase run --env local`) against a
 * simulator started here, which outlives each run so its state and counters can be read after:
 *   clean      no faults (the reference: which tests fail anyway while suites are being written)
 *   faults+RA  10 % ServiceUnavailable (503), 5 % Throttling.User with x-acs-retry-after 150 ms,
 *              5 % latency spikes of 400 ms
 *   faults     the same without retry-after (the client backs off on its own)
 * (in the shell: CLOUDCASE_SIM_UNAVAILABLE_RATE=0.1 CLOUDCASE_SIM_THROTTLING_RATE=0.05
 *  CLOUDCASE_SIM_RETRY_AFTER_MS=150 CLOUDCASE_SIM_LATENCY_SPIKE_RATE=0.05 CLOUDCASE_SIM_LATENCY_SPIKE_MS=400
 *  CLOUDCASE_SIM_SEED=7 cloudcase run --env local --retry-attempts 6)
 * The runs use the local profile with a retry budget of 6 attempts (`--retry-attempts 6`, see BUDGET).
 * Checked: faults were really injected; no test fails under faults that passes without them (reads,
 * writes with a ClientToken, state-setting writes and throttled calls are retried by the client; the
 * few creates without a token are marked repeatable by the suites where a repeat is harmless);
 * no resource is left behind that the clean run did not leave;
 * every write the simulator executed ran once per ClientToken (retries replayed, never re-ran), and
 * no create ran more often than in the clean run; the report shows the retries (summary column,
 * a step per retried attempt). Beyond the retry budget (a fixture suite whose calls are always
 * refused), the failure is filed under the report's infrastructure category, not product defects.
 *
 * FAULT_SELECTION narrows the suite runs (e.g. "--product swas"); default: every suite.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnvironment, simulatorAccessKeys } from '../../conf';
import { PRODUCTS, startSimulator, type FaultOptions, type SimulatorHandle } from '../../simulator';
import type { ActionContext } from '../../simulator/products/types';
import { isReadAction } from '../../core/protocols/alibaba-rpc/idempotency';
import { runCli, scratch, summaryTotals, type CliResult, type SummaryTotals } from './support/cli';
import { filesUnder } from './support/secret-scan';

const env = loadEnvironment('local');
const SELECTION = (process.env.FAULT_SELECTION ?? '').split(' ').filter(Boolean);
const FAULTS: FaultOptions = { serviceUnavailableRate: 0.1, throttlingRate: 0.05, latencySpikeRate: 0.05, latencySpikeMs: 400, seed: 7 };
const NO_FAULTS: FaultOptions = { serviceUnavailableRate: 0, throttlingRate: 0, latencySpikeRate: 0, latencyMs: 0, quotas: {} };

// ---- what the simulator executed: every write handler that ran to success, with its ClientToken

interface Execution {
  action: string;
  token?: string;
  /** The business parameters (token left out), to spot the same create run twice under two tokens. */
  fingerprint: string;
}

let executions: Execution[] = [];
const originals = new Map<Record<string, unknown>, Record<string, unknown>>();

function recordExecutions(): void {
  for (const p of PRODUCTS) {
    const handlers = p.handlers as Record<string, (ctx: ActionContext<unknown>) => Record<string, unknown>>;
    originals.set(handlers, { ...handlers });
    for (const [action, handler] of Object.entries(handlers)) {
      if (isReadAction(action)) continue;
      handlers[action] = (ctx) => {
        const body = handler(ctx);
        const { ClientToken: token, ...rest } = ctx.params.values as Record<string, unknown>;
        executions.push({ action: `${p.id}:${action}`, token: token === undefined ? undefined : String(token), fingerprint: `${p.id}:${action} ${JSON.stringify(rest)}` });
        return body;
      };
    }
  }
}

function restoreHandlers(): void {
  for (const [handlers, saved] of originals) Object.assign(handlers, saved);
}

// ---- one run of the suites against a fresh simulator

interface TestResult {
  name: string;
  start?: number;
  fullName?: string;
  status: string;
  statusDetails?: { message?: string; trace?: string };
  steps?: Step[];
}
interface Step {
  name: string;
  status?: string;
  steps?: Step[];
}

interface Run {
  name: string;
  cli: CliResult;
  totals: SummaryTotals;
  results: TestResult[];
  injected: SimulatorHandle['faults']['injected'];
  executions: Execution[];
  resultsDir: string;
  reportDir?: string;
}

const work = scratch('faults');
/**
 * A retry budget sized for these fault rates (`cloudcase run --retry-attempts 6`): 15 % of attempts
 * fail, so the profile's 3 attempts leave 0.15³ ≈ 0.3 % of calls failing (several per run of
 * thousands of calls); 6 leave 0.15⁶ ≈ 1e-5. A real nightly against a flaky account needs the same sizing.
 */
const BUDGET = ['--retry-attempts', '6'];

async function suiteRun(name: string, faults: FaultOptions, args: string[] = SELECTION, extraEnv: Record<string, string> = {}, report = false): Promise<Run> {
  // the profile's clock speed, as `cloudcase run` gives its own simulator
  const sim = await startSimulator({ port: 0, accessKeys: simulatorAccessKeys(env), clockSpeed: env.simulatorClockSpeed ?? 1, faults: { ...NO_FAULTS, ...faults } });
  executions = [];
  try {
    const resultsDir = path.join(work, `${name}-results`);
    const cli = await runCli(['run', '--env', 'local', ...BUDGET, '--results-dir', resultsDir, ...args], { CLOUDCASE_ENDPOINT: sim.url, ...extraEnv }, 30 * 60_000);
    const totals = summaryTotals(cli.stdout);
    if (!totals) throw new Error(`run '${name}' printed no summary:\n${(cli.stdout + cli.stderr).slice(-3000)}`);
    let reportDir: string | undefined;
    if (report) {
      reportDir = path.join(work, `${name}-report`);
      const r = await runCli(['report', resultsDir, '--output', reportDir, '--no-history'], {}, 5 * 60_000);
      if (r.code !== 0) throw new Error(`report of '${name}' failed:\n${r.stdout}${r.stderr}`);
    }
    const results = filesUnder(resultsDir)
      .filter((f) => f.endsWith('-result.json'))
      .map((f) => JSON.parse(readFileSync(f, 'utf8')) as TestResult);
    return { name, cli, totals, results, injected: { ...sim.faults.injected }, executions, resultsDir, reportDir };
  } finally {
    await sim.close();
  }
}

const key = (r: TestResult): string => r.fullName ?? r.name;
const failing = (run: Run): TestResult[] => run.results.filter((r) => r.status === 'failed' || r.status === 'broken');
const message = (r: TestResult): string => `${r.statusDetails?.message ?? ''}\n${r.statusDetails?.trace ?? ''}`;

function stepNames(steps: Step[] | undefined): string[] {
  return (steps ?? []).flatMap((s) => [s.name, ...stepNames(s.steps)]);
}

/** Creates with the same parameters run more than once (under different tokens, or none). */
function repeatedCreates(run: Run): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of run.executions) if (/:(Create|Run|Allocate|Import|Copy|Add)/.test(e.action)) counts.set(e.fingerprint, (counts.get(e.fingerprint) ?? 0) + 1);
  return new Map([...counts].filter(([, n]) => n > 1));
}

interface CategoryNode {
  name?: string;
  childrenIds?: string[];
}

/** Test names under each category of a run's report (its embedded widgets/categories.json). */
function categories(run: Run): Record<string, string[]> {
  const html = readFileSync(path.join(run.reportDir as string, 'index.html'), 'utf8');
  const m = /d\("widgets\/categories\.json","([A-Za-z0-9+/=]*)"\)/.exec(html);
  if (!m) throw new Error('the report has no categories widget');
  const tree = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')) as { roots: string[]; nodes: Record<string, CategoryNode> };
  const leaves = (id: string): string[] => {
    const n = tree.nodes[id];
    if (!n) return [];
    if (!n.childrenIds?.length) return [n.name ?? id];
    return n.childrenIds.flatMap(leaves);
  };
  return Object.fromEntries(tree.roots.map((id) => [tree.nodes[id]?.name ?? id, leaves(id)]));
}

/** Test names in the category whose name starts with `prefix`. */
function categoryOf(run: Run, prefix: string): string[] {
  return Object.entries(categories(run)).find(([n]) => n.startsWith(prefix))?.[1] ?? [];
}

let clean: Run;
let withRetryAfter: Run;
let withoutRetryAfter: Run;

beforeAll(async () => {
  recordExecutions();
  clean = await suiteRun('clean', {});
  withRetryAfter = await suiteRun('faults-retry-after', { ...FAULTS, retryAfterMs: 150 }, SELECTION, {}, true);
  withoutRetryAfter = await suiteRun('faults', FAULTS, SELECTION, {}, true);
}, 90 * 60_000);
afterAll(() => restoreHandlers());

describe.each([
  ['with x-acs-retry-after', () => withRetryAfter],
  ['without retry-after', () => withoutRetryAfter],
])('the suites under injected faults, %s', (_, run) => {
  it('faults were injected: 503s, throttling and latency spikes', () => {
    const r = run();
    // eslint-disable-next-line no-console
    console.log(`${r.name}: ${JSON.stringify(r.totals)}, injected ${JSON.stringify(r.injected)}, ${(r.cli.durationMs / 1000).toFixed(0)} s (clean: ${JSON.stringify(clean.totals)}, ${(clean.cli.durationMs / 1000).toFixed(0)} s)`);
    expect(r.injected.unavailable).toBeGreaterThan(10);
    expect(r.injected.throttled).toBeGreaterThan(5);
    expect(r.injected.latencySpikes).toBeGreaterThan(5);
  });

  it('no test fails because of an injected fault, and nothing is left behind that the clean run did not leave', () => {
    const r = run();
    const cleanFailures = new Set(failing(clean).map(key));
    const extra = failing(r).filter((t) => !cleanFailures.has(key(t)));
    // eslint-disable-next-line no-console
    console.log(`${r.name}: ${extra.length} failures the clean run does not have${extra.length ? ': ' + extra.map((t) => `${key(t)}: ${message(t).split('\n')[0]}`).join(' | ') : ''}`);
    expect(extra.map((t) => `${key(t)}: ${message(t).split('\n')[0]}`)).toEqual([]);
    expect(r.totals.passed).toBe(clean.totals.passed);
    expect(r.totals.leftovers).toBe(clean.totals.leftovers);
  });

  it('every write ran once per ClientToken, and no create ran more often than without faults', () => {
    const r = run();
    const byToken = new Map<string, number>();
    for (const e of r.executions) if (e.token) byToken.set(`${e.action} ${e.token}`, (byToken.get(`${e.action} ${e.token}`) ?? 0) + 1);
    expect([...byToken].filter(([, n]) => n > 1)).toEqual([]);
    expect(r.executions.filter((e) => e.token).length).toBeGreaterThan(10);
    const base = repeatedCreates(clean);
    const now = [...repeatedCreates(r)].filter(([fp, n]) => n > (base.get(fp) ?? 1));
    expect(now).toEqual([]);
  });

  it('the report shows the retries: the summary counts retried calls, and each retried attempt is a step', () => {
    const r = run();
    expect(r.totals.retriedCalls).toBeGreaterThan(0);
    const retrySteps = r.results.flatMap((t) => stepNames(t.steps)).filter((n) => /^attempt \d+ of \d+ failed: (ServiceUnavailable|Throttling\.User)/.test(n));
    expect(retrySteps.length).toBeGreaterThan(0);
  });
});

describe('beyond the retry budget', () => {
  const fixture = { CLOUDCASE_SUITES_DIR: path.join(__dirname, 'fixtures', 'infra-suite') };
  let throttled: Run;
  let unavailable: Run;

  beforeAll(async () => {
    // SWAS ListInstances is always over its quota; everything else answers
    throttled = await suiteRun('beyond-budget-throttled', { quotas: { 'swas:ListInstances': { limit: 0, windowMs: 60_000 } }, retryAfterMs: 20 }, [], fixture, true);
    // every call answers 503
    unavailable = await suiteRun('beyond-budget-unavailable', { serviceUnavailableRate: 1 }, [], fixture, true);
  }, 10 * 60_000);

  it('a call throttled past every retry is filed as infrastructure; a wrong answer as a product defect', () => {
    expect(throttled.totals.failed + throttled.totals.broken).toBe(2);
    const infra = categoryOf(throttled, 'Infrastructure');
    const defects = categoryOf(throttled, 'Product defects');
    expect(infra).toEqual([expect.stringContaining('a call the cloud keeps refusing')]);
    expect(defects).toEqual([expect.stringContaining('an answer that contradicts the test')]);
    const t = throttled.results.find((x) => x.name.includes('keeps refusing'));
    expect(t?.statusDetails?.message).toMatch(/failed: Throttling\.Api \(HTTP 400\)/);
  });

  it('calls answered 503 past every retry, and a write not repeated after a 503, are all filed as infrastructure', () => {
    expect(unavailable.totals.failed + unavailable.totals.broken).toBe(3);
    const cats = categories(unavailable);
    const infra = Object.entries(cats).find(([n]) => n.startsWith('Infrastructure'))?.[1] ?? [];
    expect(infra).toHaveLength(3);
    const write = unavailable.results.find((x) => x.name.includes('may have run'));
    expect(write?.statusDetails?.message).toMatch(/but got ServiceUnavailable \(HTTP 503\): .* — not repeated: RunCommand without a ClientToken may have run/);
    expect(Object.entries(cats).filter(([n]) => !n.startsWith('Infrastructure')).flatMap(([, v]) => v)).toEqual([]);
  });
});
