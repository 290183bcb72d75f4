/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or the ones named on the command line, e.g.
 * `npm run bench -- builder`) one after another and prints their tables. Each bench file
 * exports `default` = async () => BenchReport. Figures go into BENCHMARKS.md by hand, with the
 * command that produced them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport } from './harness';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  if (files.length === 0) throw new Error(`no bench file matches ${only.join(', ')}`);
  for (const f of files) {
    const mod = (await import(join(__dirname, f))) as { default: () => Promise<BenchReport> };
    const report = await mod.default();
    console.log(`\n## ${report.title}  (${f})`);
    for (const line of report.lines) console.log(line);
  }
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
