/**
 * `cloudcase report`: one single-file HTML report from one or more Allure results folders
 * (shards merge by being listed together), with history appended to reports/history/history.jsonl.
 * Allure 3 (npm `allure`, pure JS) does the work; settings (categories, history, single file) are in allurerc.mjs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALLURE_CONFIG, DEFAULT_REPORT_DIR, HISTORY_FILE, ROOT, shown } from './paths';
import { UsageError } from './usage-error';

export interface ReportOptions {
  resultsDirs: string[];
  outputDir?: string;
  name?: string;
  /** History file (JSON lines, one per report; default reports/history/history.jsonl), or false for none. */
  history?: string | false;
}

export async function generateReport(options: ReportOptions): Promise<string> {
  const dirs = options.resultsDirs.map((d) => path.resolve(d));
  for (const d of dirs) {
    if (!existsSync(d)) throw new UsageError(`results folder ${shown(d)} does not exist: run \`cloudcase run\` first, or name the folders to merge`);
    if (!readdirSync(d).some((f) => f.endsWith('-result.json'))) {
      throw new UsageError(`results folder ${shown(d)} holds no test results (*-result.json)`);
    }
  }
  const output = path.resolve(options.outputDir ?? DEFAULT_REPORT_DIR);
  const bin = path.join(ROOT, 'node_modules', 'allure', 'cli.js');
  const args = [bin, 'generate', ...dirs, '--config', ALLURE_CONFIG, '--output', output];
  if (options.name) args.push('--report-name', options.name);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ALLURE_NO_ANALYTICS: 'true', CLOUDCASE_HISTORY: historySetting(options.history) } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`allure generate exited with ${code}:\n${output.slice(-2000)}`))));
  });
  const index = path.join(output, 'index.html');
  if (!existsSync(index)) throw new Error(`allure generate wrote no ${shown(index)}`);
  writeFileSync(index, stripAnalytics(readFileSync(index, 'utf8')));
  return index;
}

function historySetting(history: ReportOptions['history']): string {
  if (history === false) return 'off';
  return path.resolve(history ?? HISTORY_FILE);
}

/**
 * Allure 3's report embeds a Google Tag Manager loader even when analytics are off; the report is
 * read offline and from file://, so it goes.
 */
export function stripAnalytics(html: string): string {
  return html
    .replace(/<script[^>]*src="https:\/\/www\.googletagmanager\.com[^"]*"[^>]*>\s*<\/script>/g, '')
    .replace(/<script>\s*window\.dataLayer = window\.dataLayer \|\| \[\];[\s\S]*?<\/script>/g, '');
}
