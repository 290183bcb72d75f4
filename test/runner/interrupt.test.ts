/**
 * `cloudcase run` interrupted mid-test (Ctrl-C, a CI cancel): the runner passes the signal on to
 * Jest, waits for the test process to delete what its tests created (core/ledger/interrupt.ts), then
 * says so and exits 128 + the signal number — not "Jest could not start" with exit code 2.
 * The fixture suite tracks fake resources whose deletion writes a line to a marker file, so the test
 * sees the cleanup happen; one of them can be made to refuse deletion (a leftover).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'cc-interrupt-'));
const suites = path.join(dir, 'suites');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

mkdirSync(path.join(suites, 'swas'), { recursive: true });
writeFileSync(
  path.join(suites, 'swas', 'waits.test.ts'),
  `import { appendFileSync } from 'node:fs';
import { apiSuite, useResources } from ${JSON.stringify(path.join(ROOT, 'testcases', 'support'))};

const marker = process.env.CLOUDCASE_KILL_MARKER as string;

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'CreateKeyPair' }, () => {
  const resources = useResources();
  it('finishes before the interruption', () => undefined);
  it('creates, then waits to be interrupted', async () => {
    resources.track({ product: 'swas', kind: 'KeyPair', id: 'cc-test-fine', remove: async () => void appendFileSync(marker, 'removed cc-test-fine\\n') });
    if (process.env.CLOUDCASE_FIXTURE_STUCK === '1') {
      resources.track({ product: 'swas', kind: 'KeyPair', id: 'cc-test-stuck', remove: () => Promise.reject(new Error('KeyPair.InUse')) });
    }
    appendFileSync(marker, 'created\\n');
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  }, 90_000);
});
`,
);

interface Ended {
  code: number | null;
  output: string;
  marker: string;
}

/** Runs the fixture suite, sends `signal` to the runner once the test created its resources, and waits for the run to end. */
async function interruptedRun(signal: 'SIGINT' | 'SIGTERM', env: Record<string, string> = {}): Promise<Ended> {
  const run = mkdtempSync(path.join(dir, 'run-'));
  const marker = path.join(run, 'marker');
  const child = spawn(process.execPath, [path.join(ROOT, 'runner', 'bin.js'), 'run', '--env', 'local', '--workers', '1', '--results-dir', path.join(run, 'results')], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', CLOUDCASE_SUITES_DIR: suites, CLOUDCASE_KILL_MARKER: marker, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // Bounded: a run that never gets to its resources (or never ends) is killed and the test fails with its output.
  const deadline = Date.now() + 60_000;
  while (!(existsSync(marker) && readFileSync(marker, 'utf8').includes('created'))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the fixture test did not create its resources:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill(signal);
  const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await closed;
  clearTimeout(guard);
  return { code, output, marker: readFileSync(marker, 'utf8') };
}

it('SIGINT: the cleanup runs, the runner says the run was interrupted and exits 130', async () => {
  const r = await interruptedRun('SIGINT');
  expect(r.marker).toContain('removed cc-test-fine');
  expect(r.output).toContain('cloudcase: interrupted by SIGINT after 1 finished test(s); the test processes deleted what their tests had created before exiting (nothing left behind); no report built — exit code 130');
  expect(r.output).not.toContain('could not start');
  expect(r.code).toBe(130);
}, 120_000);

it('SIGTERM with a resource that cannot be deleted: says what was left and how to sweep it, exits 143', async () => {
  const r = await interruptedRun('SIGTERM', { CLOUDCASE_FIXTURE_STUCK: '1' });
  expect(r.marker).toContain('removed cc-test-fine');
  expect(r.output).toMatch(/left behind swas KeyPair cc-test-stuck: .*KeyPair\.InUse/);
  expect(r.output).toContain(
    'cloudcase: interrupted by SIGTERM after 1 finished test(s); the test processes ran their cleanup before exiting, but 1 resource(s) could not be deleted (listed above); `cloudcase sweep --env local --yes` removes what carries the test name prefix or tag; no report built — exit code 143',
  );
  expect(r.output).not.toContain('could not start');
  expect(r.code).toBe(143);
}, 120_000);
