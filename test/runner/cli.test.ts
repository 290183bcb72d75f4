/**
 * `cloudcase` end to end against the embedded simulator, on fixture suites written to a temp folder:
 * exit codes, the per-product summary (passed/failed/broken/skipped, retried calls, leftovers),
 * tag selection (billing stays out), the Allure results (labels, environment, no secret).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../runner/cli';

const ROOT = path.resolve(__dirname, '../..');
const SUPPORT = path.join(ROOT, 'testcases', 'support');
const dir = mkdtempSync(path.join(tmpdir(), 'cc-runner-'));
const suites = path.join(dir, 'suites');
const results = path.join(dir, 'allure-results');

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(suites, file)), { recursive: true });
  writeFileSync(path.join(suites, file), text.replaceAll('SUPPORT', JSON.stringify(SUPPORT)));
}

write(
  'swas/fixture.test.ts',
  `import { apiSuite, swas } from SUPPORT;
apiSuite({ product: 'swas', feature: 'Key pairs', action: 'ListKeyPairs' }, () => {
  it('answers @smoke', async () => {
    const r = await swas().listKeyPairs({});
    expect(r.status).toBe(200);
  });
  it('fails an assertion @regression', () => {
    expect(1 + 1).toBe(3);
  });
  it('is throttled even after retries', async () => {
    await swas().listKeyPairs({});
    await swas().listKeyPairs({});
  });
  it('costs money @billing', () => {
    throw new Error('billing tests must not run unless named');
  });
  it.skip('is skipped by its author', () => undefined);
});
`,
);
write(
  'ecs/fixture.test.ts',
  `import { apiSuite, useResources } from SUPPORT;
apiSuite({ product: 'ecs', feature: 'Instances', action: 'DescribeInstances' }, () => {
  const resources = useResources();
  it('throws a TypeError (a test defect) @smoke', () => {
    resources.track({ product: 'ecs', kind: 'Instance', id: 'i-fixture', remove: () => Promise.reject(new Error('IncorrectInstanceStatus')) });
    (undefined as unknown as { x: number }).x;
  });
});
`,
);

write('ecs/cannot-load.test.ts', `import './no-such-module';\nit('never runs', () => undefined);\n`);

function cloudcase(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'runner', 'bin.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CLOUDCASE_SUITES_DIR: suites, ...env },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function resultFiles(): { name: string; status: string; labels: { name: string; value: string }[] }[] {
  return readdirSync(results)
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(path.join(results, f), 'utf8')));
}

describe('cloudcase run', () => {
  let run: ReturnType<typeof cloudcase>;
  beforeAll(() => {
    // a quota of two ListKeyPairs per minute, asking for 5 ms pauses: the third call is throttled, and stays so through retries
    run = cloudcase(['run', '--env', 'local', '--results-dir', results], { CLOUDCASE_SIM_QUOTAS: 'ListKeyPairs=2/60000', CLOUDCASE_SIM_RETRY_AFTER_MS: '5' });
  });

  it('exits 1 when tests fail, and prints a summary row per product', () => {
    expect(run.status).toBe(1);
    const row = (p: string) => run.out.split('\n').find((l) => l.startsWith(p + ' '))?.trim().split(/\s{2,}/);
    // product, passed, failed, broken, skipped, retried calls, duration, left behind
    const swasRow = row('swas');
    const ecsRow = row('ecs');
    expect(swasRow?.slice(1, 6)).toEqual(['1', '1', '1', '1', '1']);
    expect(swasRow?.[7]).toBe('0');
    expect(ecsRow?.slice(1, 6)).toEqual(['0', '0', '1', '0', '0']);
    expect(ecsRow?.[7]).toBe('1');
    expect(run.out).toMatch(/\(suites not run\)\s+0\s+0\s+1\s/);
    expect(run.out).toMatch(/suite not run: .*ecs\/cannot-load\.test\.ts: .*no-such-module/);
    expect(run.out).toContain('FAILED');
  });

  it('shows live progress and keeps billing tests out', () => {
    expect(run.out).toMatch(/✓ \[\d+.*SWAS ListKeyPairs answers @smoke/);
    expect(run.out).toMatch(/✗ \[\d+, \d+ failed\] SWAS ListKeyPairs fails an assertion/);
    expect(run.out).not.toContain('costs money');
    expect(resultFiles().map((r) => r.name)).not.toContain('costs money @billing');
  });

  it('writes Allure results with product, feature, story, tags, severity and environment, and no secret', () => {
    const answered = resultFiles().find((r) => r.name === 'answers @smoke');
    const labels = Object.fromEntries((answered?.labels ?? []).map((l) => [l.name, l.value]));
    expect(labels).toMatchObject({ epic: 'SWAS', feature: 'Key pairs', story: 'ListKeyPairs', tag: 'smoke', severity: 'critical' });
    const statuses = Object.fromEntries(resultFiles().map((r) => [r.name, r.status]));
    expect(statuses).toMatchObject({
      'fails an assertion @regression': 'failed',
      'is throttled even after retries': 'broken',
      'throws a TypeError (a test defect) @smoke': 'broken',
      'is skipped by its author': 'skipped',
    });
    const envInfo = readFileSync(path.join(results, 'environment.properties'), 'utf8');
    expect(envInfo).toMatch(/^env=local$/m);
    expect(envInfo).toMatch(/^endpoint_host=127\.0\.0\.1:\d+$/m);
    expect(envInfo).toMatch(/^cloudcase_version=/m);
    const everything = readdirSync(results).map((f) => readFileSync(path.join(results, f), 'utf8')).join('\n');
    expect(everything).not.toContain('local-sk');
  });

  it('cloudcase report sorts failures into product defects, infrastructure and test defects', () => {
    const out = path.join(dir, 'report');
    const r = cloudcase(['report', results, '--output', out, '--no-history']);
    expect(r.status).toBe(0);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const encoded = /d\("widgets\/categories\.json","([A-Za-z0-9+/=]+)"\)/.exec(html)?.[1] as string;
    const tree = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as { roots: string[]; nodes: Record<string, { name: string; statistic: Record<string, number> }> };
    const categories = Object.fromEntries(tree.roots.map((id) => [tree.nodes[id].name.split(' (')[0], tree.nodes[id].statistic]));
    expect(categories).toEqual({
      'Infrastructure problems': { total: 1, broken: 1 },
      'Product defects': { total: 1, failed: 1 },
      'Test defects': { total: 1, broken: 1 },
    });
    expect(html).not.toContain('googletagmanager');
  });

  it('--tag smoke --product swas selects one test, which passes: exit 0', () => {
    const r = cloudcase(['run', '--tag', 'smoke', '--product', 'swas', '--results-dir', results]);
    expect(r.status).toBe(0);
    expect(resultFiles().map((x) => x.name)).toEqual(['answers @smoke']);
  });
});

describe('cloudcase exit code 2', () => {
  // In-process (main() is what bin.js runs), so each case costs no process start.
  it.each([
    [['run', '--env', 'nope'], /no such environment profile 'nope'/],
    [['run', '--tag', 'flaky'], /unknown --tag 'flaky'/],
    [['run', '--shard', '3/2'], /--shard '3\/2' must be i\/n/],
    [['run', '--workers', '0'], /--workers '0'/],
    [['run', '--retry-attempts', 'many'], /--retry-attempts \(CLOUDCASE_RETRY_ATTEMPTS\): 'retry.maxAttempts' must be a whole number of attempts from 1 to 20 \(1 = no retry\), got 'many'/],
    [['run', '--env', 'staging'], /CLOUDCASE_STAGING_MAIN_AK_ID and CLOUDCASE_STAGING_MAIN_AK_SECRET, which are not set/],
    [['report', path.join(dir, 'nothing-here')], /does not exist: run `cloudcase run` first/],
  ])('%j', async (args, message) => {
    const saved = { id: process.env.CLOUDCASE_STAGING_MAIN_AK_ID, secret: process.env.CLOUDCASE_STAGING_MAIN_AK_SECRET };
    delete process.env.CLOUDCASE_STAGING_MAIN_AK_ID;
    delete process.env.CLOUDCASE_STAGING_MAIN_AK_SECRET;
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    try {
      expect(await main(args)).toBe(2);
    } finally {
      spy.mockRestore();
      if (saved.id !== undefined) process.env.CLOUDCASE_STAGING_MAIN_AK_ID = saved.id;
      if (saved.secret !== undefined) process.env.CLOUDCASE_STAGING_MAIN_AK_SECRET = saved.secret;
    }
    expect(errors.join('')).toMatch(message);
  });

  it('from the command itself, for an unknown option', () => {
    const r = cloudcase(['run', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/unknown option '--bogus'/);
  });

  it('when no test matches the selection', () => {
    const r = cloudcase(['run', '--product', 'swas', '--grep', 'no test is called like this', '--results-dir', results]);
    expect(r.status).toBe(2);
    expect(r.out).toContain('no test matched the selection');
  });
});
