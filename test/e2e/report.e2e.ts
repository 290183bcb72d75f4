/**
 * Opens the generated single-file Allure report from file:// in headless Debian chromium and checks
 * what a reader needs: the test names, an API call step, and its request attachment (redacted).
 * Produces its own report: the SWAS smoke suite (testcases/smoke) against the simulator, into
 * reports/e2e/ (history untouched), so what it looks for does not depend on the other suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'reports', 'e2e');
const RESULTS = path.join(OUT, 'allure-results');
const REPORT = path.join(OUT, 'allure-report');
const SCREENSHOT = path.join(OUT, 'report-test-detail.png');
const CHROMIUM = process.env.CLOUDCASE_CHROMIUM ?? '/usr/bin/chromium';

const SMOKE_TESTS = [
  'lists the instances of the account in the default region @smoke',
  "does not show one account's instances to another @smoke",
  'opens a port, marked with the test tag, and the rule is listed @smoke',
  'is refused to a RAM user whose policy does not allow it @smoke',
];

function cloudcase(...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'runner', 'bin.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CLOUDCASE_ENV: 'local', CLOUDCASE_SUITES_DIR: path.join(ROOT, 'testcases', 'smoke') } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CLOUDCASE_CHROMIUM)`);
  mkdirSync(OUT, { recursive: true });
  const run = cloudcase('run', '--env', 'local', '--tag', 'smoke', '--product', 'swas', '--results-dir', RESULTS);
  expect({ status: run.status, output: run.output }).toMatchObject({ status: 0 });
  const report = cloudcase('report', RESULTS, '--output', REPORT, '--no-history', '--name', 'cloudcase e2e');
  expect({ status: report.status, output: report.output }).toMatchObject({ status: 0 });

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(pathToFileURL(path.join(REPORT, 'index.html')).href);
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a group of the tree (epic → feature → story) by its title. */
async function expand(title: string): Promise<void> {
  await page.getByText(title, { exact: true }).first().click();
}

describe('the Allure report, opened from file://', () => {
  it('is one self-contained file with the run title and environment, and no secret', async () => {
    await page.getByText('cloudcase e2e', { exact: true }).waitFor();
    for (const text of ['env', 'local', 'endpoint_host', 'git_revision', 'cloudcase_version']) {
      await page.getByText(text, { exact: true }).first().waitFor();
    }
    const html = await page.content();
    expect(html).not.toContain('local-sk');
    expect(html).not.toContain('googletagmanager');
  });

  it('shows every smoke test by name under product, feature and action', async () => {
    await expand('SWAS');
    for (const group of ['Instances', 'ListInstances', 'Firewall', 'CreateFirewallRules', 'Commands', 'RunCommand']) await expand(group);
    for (const name of SMOKE_TESTS) await page.getByText(name, { exact: true }).waitFor();
  });

  it('shows an API call as a step, with its redacted request attached', async () => {
    await page.getByText('opens a port, marked with the test tag, and the rule is listed @smoke', { exact: true }).click();
    const step = page.getByText('SWAS CreateFirewallRules', { exact: true }).last();
    await step.waitFor();
    await step.click();
    await page.getByText('request', { exact: true }).first().click();
    const request = page.getByText('"x-acs-action": "CreateFirewallRules"');
    await request.waitFor();
    const body = await page.locator('body').innerText();
    expect(body).toContain('"authorization": "***"');
    expect(body).toMatch(/"Tag\.1\.Key": "cloudcase"/);
    expect(body).not.toContain('local-sk');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });
});
