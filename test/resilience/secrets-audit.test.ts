/**
 * Secrets audit (issue 8). Two real `cloudcase` runs with distinctive fake secrets — the AccessKey
 * secrets of all three accounts of a copy of the local profile (CLOUDCASE_CONF_DIR), and for the
 * second run also passwords, a refused VNC password and a wrong secret, sent by a fixture suite
 * (fixtures/secrets-suite) in every way a suite can, two of its tests failing on purpose — then
 * a report of each; then everything written is searched: the Allure results and attachments, the
 * runner's scratch (Jest JSON, statistics), the single-file HTML report (its embedded base64 data
 * decoded), and all console output of the runs (simulator request log on). Zero hits expected.
 *
 * It proves it can fail: the secrets were really used (the simulator only accepts those keys,
 * and tests passed), a wrong secret was refused (the simulator checks it), the scanner finds the
 * secrets in the profile it wrote, and it reads the report's embedded data (finds a test title).
 *
 * AUDIT_SELECTION (e.g. "--tag smoke") narrows the first run; default: the whole regression suite.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { profileCopy, ROOT, runCli, scratch, summaryTotals, type CliResult } from './support/cli';
import { filesUnder, needlesFor, scan, type Needle } from './support/secret-scan';

const hex = (): string => randomBytes(6).toString('hex');
const SECRETS = {
  main: `CcAuditSkMain${hex()}`,
  second: `CcAuditSkSecond${hex()}`,
  ram: `CcAuditSkRam${hex()}`,
  password: `Aud1t-Pw-${hex()}!`,
  vncBad: `AuditVnc${hex()}`,
  wrongSecret: `CcAuditWrongSk${hex()}`,
};
/** The real suites' instance passwords (testcases/support/swas/passwords.ts) have a recognisable shape. */
const SUITE_PASSWORD = /Cc-[0-9a-f]{12}Z[0-9]!/;

const work = scratch('audit');
const confDir = profileCopy([
  ['accessKeyId: local-ak,', 'accessKeyId: audit-main-ak,'],
  ['accessKeySecret: local-sk }', `accessKeySecret: ${SECRETS.main} }`],
  ['accessKeySecret: local-second-sk }', `accessKeySecret: ${SECRETS.second} }`],
  ['accessKeySecret: local-ram-sk }', `accessKeySecret: ${SECRETS.ram} }`],
]);

/** The runner's scratch folder for a results folder (runner/run.ts names it by a hash of the path). */
const runDirOf = (resultsDir: string): string => path.join(ROOT, 'reports', '.run', createHash('sha256').update(path.resolve(resultsDir)).digest('hex').slice(0, 12));

const needles: Needle[] = [
  ...needlesFor('AccessKey secret of main', SECRETS.main),
  ...needlesFor('AccessKey secret of second', SECRETS.second),
  ...needlesFor('AccessKey secret of ram-limited', SECRETS.ram),
  ...needlesFor('instance password', SECRETS.password),
  ...needlesFor('refused VNC password', SECRETS.vncBad),
  ...needlesFor('wrong AccessKey secret', SECRETS.wrongSecret),
  { label: 'a suite instance password (Cc-…Z9!)', pattern: SUITE_PASSWORD },
];

interface Outcome {
  run: CliResult;
  report: CliResult;
  resultsDir: string;
  reportDir: string;
}

async function runAndReport(name: string, args: string[], env: Record<string, string>): Promise<Outcome> {
  const resultsDir = path.join(work, `${name}-results`);
  const reportDir = path.join(work, `${name}-report`);
  const base = { CLOUDCASE_CONF_DIR: confDir, CLOUDCASE_SIM_LOG: '1', ...env };
  const run = await runCli(['run', '--env', 'local', '--results-dir', resultsDir, ...args], base, 15 * 60_000);
  const report = await runCli(['report', resultsDir, '--output', reportDir, '--no-history'], base, 5 * 60_000);
  // kept for a person to look at when an assertion fails (the folder is under the OS temp dir)
  writeFileSync(path.join(work, `${name}.log`), [run.stdout, run.stderr, report.stdout, report.stderr].join('\n----\n'));
  return { run, report, resultsDir, reportDir };
}

interface AllureResult {
  name: string;
  status: string;
  statusDetails?: { message?: string; trace?: string };
}

function results(dir: string): AllureResult[] {
  return filesUnder(dir)
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as AllureResult);
}

let full: Outcome;
let fixture: Outcome;

beforeAll(async () => {
  const selection = (process.env.AUDIT_SELECTION ?? '').split(' ').filter(Boolean);
  full = await runAndReport('full', selection, {});
  fixture = await runAndReport('fixture', [], {
    CLOUDCASE_SUITES_DIR: path.join(__dirname, 'fixtures', 'secrets-suite'),
    CLOUDCASE_AUDIT_PASSWORD: SECRETS.password,
    CLOUDCASE_AUDIT_VNC_BAD: SECRETS.vncBad,
    CLOUDCASE_AUDIT_WRONG_SECRET: SECRETS.wrongSecret,
  });
}, 25 * 60_000);

describe('secrets audit of full runs', () => {
  it('the secrets were used: the runs passed tests signed with them, and the reports were built', () => {
    const a = summaryTotals(full.run.stdout);
    expect(a?.passed).toBeGreaterThan(0);
    const b = summaryTotals(fixture.run.stdout);
    // the fixture: 6 tests pass (3 of them calls the API accepted with the password), 2 fail on purpose
    expect(b).toMatchObject({ passed: 6 });
    expect((b?.failed ?? 0) + (b?.broken ?? 0)).toBe(2);
    expect(fixture.run.code).toBe(1);
    expect(full.report.code).toBe(0);
    expect(fixture.report.code).toBe(0);
    // the wrong secret was refused by the simulator's signature check: that test asserts it, then fails on purpose at its next call
    const failed = results(fixture.resultsDir).filter((r) => r.status !== 'passed');
    expect(failed.map((r) => r.name).sort()).toEqual([
      expect.stringContaining('FAILS ON PURPOSE: an uncaught API error'),
      expect.stringContaining('FAILS ON PURPOSE: an uncaught ParameterError'),
    ]);
    expect(failed.find((r) => r.name.includes('ParameterError'))?.statusDetails?.message).toMatch(/InvalidParameter/);
  });

  it('the scanner finds the secrets where they are (the profile) and reads the report data', () => {
    const control = scan({ dirs: [confDir], texts: {}, needles });
    expect(new Set(control.hits.map((h) => h.needle))).toEqual(new Set(['AccessKey secret of main', 'AccessKey secret of second', 'AccessKey secret of ram-limited']));
    const titles = scan({ dirs: [fixture.reportDir], texts: {}, needles: [{ label: 'title', pattern: 'FAILS ON PURPOSE: an uncaught API error' }] });
    expect(titles.blobsDecoded).toBeGreaterThan(10);
    expect(titles.hits.some((h) => h.where.includes('→'))).toBe(true);
  });

  it('no secret and no password appears in anything the runs wrote or printed', () => {
    const outcomes = { full, fixture };
    const dirs = Object.values(outcomes).flatMap((o) => [o.resultsDir, o.reportDir, runDirOf(o.resultsDir)]);
    const texts: Record<string, string> = {};
    for (const [name, o] of Object.entries(outcomes)) {
      texts[`${name} run stdout`] = o.run.stdout;
      texts[`${name} run stderr`] = o.run.stderr;
      texts[`${name} report output`] = o.report.stdout + o.report.stderr;
    }
    const result = scan({ dirs, texts, needles });
    // eslint-disable-next-line no-console
    console.log(`secrets audit: ${result.filesScanned} files, ${result.blobsDecoded} report blobs decoded, ${(result.bytesScanned / 1e6).toFixed(1)} MB searched, ${result.hits.length} hits`);
    expect(result.hits).toEqual([]);
    expect(result.filesScanned).toBeGreaterThan(20);
  });

  it('the requests carrying the password were recorded, redacted (so the scan above had something to miss)', () => {
    const redacted = scan({ dirs: [fixture.resultsDir], texts: {}, needles: [{ label: 'redacted Password', pattern: /"Password"\s*:\s*"\*\*\*"/ }] });
    expect(redacted.hits.length).toBeGreaterThan(0);
  });
});
