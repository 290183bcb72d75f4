/**
 * Writes generated files, or checks that the committed ones are what the pinned SDKs produce
 * and explains any difference with a drift report.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ProductOutput } from './generate';
import { driftBetween, driftReport, isEmptyDrift, parseManifest, type Manifest } from './manifest';

export interface SyncResult {
  /** Files that differ from what was generated (written in write mode, reported in check mode). */
  readonly changed: readonly string[];
  readonly missing: readonly string[];
  /** Files in generated folders that the generator no longer produces. */
  readonly stale: readonly string[];
  readonly report: string;
  readonly ok: boolean;
}

export function syncProduct(root: string, out: ProductOutput, mode: 'write' | 'check'): SyncResult {
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [rel, content] of out.files) {
    const path = join(root, rel);
    if (!existsSync(path)) missing.push(rel);
    else if (readFileSync(path, 'utf8') !== content) changed.push(rel);
  }
  const stale = out.ownedDirs.flatMap((d) => listFiles(root, d)).filter((rel) => !out.files.has(rel));
  if (mode === 'write') {
    for (const rel of [...missing, ...changed]) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), out.files.get(rel)!);
    }
    for (const rel of stale) rmSync(join(root, rel));
  }
  const report = describe(root, out, changed, missing, stale, mode);
  return { changed, missing, stale, report, ok: mode === 'write' || changed.length + missing.length + stale.length === 0 };
}

function describe(root: string, out: ProductOutput, changed: string[], missing: string[], stale: string[], mode: 'write' | 'check'): string {
  const id = out.config.id;
  const count = out.facts.actions.length;
  const differs = changed.length + missing.length + stale.length;
  const lines: string[] = [];
  if (mode === 'write') {
    lines.push(`${id}: ${count} actions from ${out.manifest.sdk}; ${differs ? `${missing.length} new, ${changed.length} changed, ${stale.length} removed files` : 'no file changed'}`);
  } else if (differs === 0) {
    lines.push(`${id}: up to date with ${out.manifest.sdk} (${count} actions, ${out.files.size} files)`);
  } else {
    lines.push(`${id}: generated files differ from what ${out.manifest.sdk} produces — run \`npm run codegen\` and commit the result.`);
    const committed = readManifest(root, `models/${id}/generated/manifest.tsv`);
    if (committed) {
      const d = driftBetween(committed, out.manifest);
      lines.push('API drift (committed → pinned SDK):');
      lines.push(driftReport(id, committed, out.manifest, d));
      if (isEmptyDrift(d)) lines.push('  (the difference is in the emitted code or the curation, not in the API facts)');
    } else {
      lines.push('  no committed manifest to compare with (first generation?)');
    }
    const show = (label: string, list: string[]): void => {
      list.slice(0, 20).forEach((f) => lines.push(`  ${label} ${f}`));
      if (list.length > 20) lines.push(`  … and ${list.length - 20} more ${label.trim()} files`);
    };
    // a new SDK version rewrites every header line; list only the files whose content changed
    const headerOnly = changed.filter((rel) => withoutHeader(readFileSync(join(root, rel), 'utf8')) === withoutHeader(out.files.get(rel)!));
    const content = changed.filter((rel) => !headerOnly.includes(rel));
    show('missing', missing);
    show('changed', content);
    show('stale  ', stale);
    if (headerOnly.length) lines.push(`  ${headerOnly.length} more files differ only in their generated-by header line`);
  }
  return lines.join('\n');
}

const withoutHeader = (text: string): string => text.slice(text.indexOf('\n') + 1);

function readManifest(root: string, rel: string): Manifest | undefined {
  const path = join(root, rel);
  return existsSync(path) ? parseManifest(readFileSync(path, 'utf8')) : undefined;
}

function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(abs).sort()) {
    const path = join(abs, entry);
    if (statSync(path).isDirectory()) out.push(...listFiles(root, relative(root, path)));
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}
