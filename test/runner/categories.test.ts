/**
 * Where the report files a negative test that met a transport fault instead of its expected error.
 * A fixture RFS suite runs through `cloudcase run` with the simulator answering every call 503
 * (beyond the client's retries), then `cloudcase report` builds the report, whose categories
 * (allurerc.mjs) are read back:
 * - `rejects.toMatchApiError({ status })` fails with "… but got ServiceUnavailable (HTTP 503)": infrastructure;
 * - the raw `expect(e.status).toBe(404)` the RFS suites used to write fails with "Expected: 404,
 *   Received: 503", which nothing tells apart from a wrong answer: a product defect. That is why the
 *   suites assert API errors with the matcher.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'cc-categories-'));
const suites = path.join(dir, 'suites');
const results = path.join(dir, 'allure-results');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const imports = (file: string): string => JSON.stringify(path.join(ROOT, file));
mkdirSync(path.join(suites, 'rfs'), { recursive: true });
writeFileSync(
  path.join(suites, 'rfs', 'fixture.test.ts'),
  `import { ApiError } from ${imports('core/errors')};
import { apiSuite } from ${imports('testcases/support')};
import { rfs } from ${imports('testcases/rfs/support')};

apiSuite({ product: 'rfs', feature: 'Private modules', action: 'ShowPrivateModuleMetadata' }, () => {
  it('asserts the status with toMatchApiError', async () => {
    await expect(rfs().showPrivateModuleMetadata({ moduleName: 'cc-test-ghost' })).rejects.toMatchApiError({ status: 404 });
  });
  it('asserts a class of statuses and the message with toMatchApiError', async () => {
    await expect(rfs().deleteStack({ stackName: 'cc-test-busy' })).rejects.toMatchApiError({ status: '4xx', message: /IN_PROGRESS/ });
  });
  it('asserts the raw status', async () => {
    let e: unknown;
    try {
      await rfs().showPrivateModuleMetadata({ moduleName: 'cc-test-ghost' });
    } catch (x) {
      e = x;
    }
    expect((e as ApiError).status).toBe(404);
  });
});
`,
);

function cloudcase(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'runner', 'bin.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CLOUDCASE_SUITES_DIR: suites, ...env },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

interface Node {
  name: string;
  type: string;
  childrenIds?: string[];
}

/** Category name (up to its parenthesis) → the names of the tests filed under it. */
function categories(reportDir: string): Record<string, string[]> {
  const html = readFileSync(path.join(reportDir, 'index.html'), 'utf8');
  const encoded = /d\("widgets\/categories\.json","([A-Za-z0-9+/=]+)"\)/.exec(html)?.[1];
  if (!encoded) throw new Error('the report has no categories widget');
  const tree = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as { roots: string[]; nodes: Record<string, Node> };
  const tests = (id: string): string[] => {
    const n = tree.nodes[id];
    return n.type === 'tr' ? [n.name] : (n.childrenIds ?? []).flatMap(tests);
  };
  return Object.fromEntries(tree.roots.map((id) => [tree.nodes[id].name.split(' (')[0], tests(id).sort()]));
}

it('a 503 met by a toMatchApiError assertion is filed under infrastructure; a raw status assertion as a product defect', () => {
  const run = cloudcase(['run', '--env', 'local', '--results-dir', results], { CLOUDCASE_SIM_UNAVAILABLE_RATE: '1' });
  expect(run.status).toBe(1);
  expect(run.out).toContain('but got ServiceUnavailable (HTTP 503)');
  const report = cloudcase(['report', results, '--output', path.join(dir, 'report'), '--no-history']);
  expect(report.status).toBe(0);
  expect(categories(path.join(dir, 'report'))).toEqual({
    'Infrastructure problems': ['asserts a class of statuses and the message with toMatchApiError', 'asserts the status with toMatchApiError'],
    'Product defects': ['asserts the raw status'],
  });
}, 120_000);
