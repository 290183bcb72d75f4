/** The per-product table printed at the end of a run. Pure: records in, text out. */
import type { TestRecord } from './results';
import type { RunStat } from './run-stats';

export interface ProductRow {
  product: string;
  passed: number;
  failed: number;
  broken: number;
  skipped: number;
  retriedCalls: number;
  durationMs: number;
  leftovers: number;
}

export interface Summary {
  rows: ProductRow[];
  total: ProductRow;
  /** Test files that could not run at all (syntax error, failing import). */
  suiteErrors: { file: string; message: string }[];
}

const emptyRow = (product: string): ProductRow => ({ product, passed: 0, failed: 0, broken: 0, skipped: 0, retriedCalls: 0, durationMs: 0, leftovers: 0 });

export function summarize(tests: readonly TestRecord[], stats: readonly RunStat[], suiteErrors: Summary['suiteErrors'] = []): Summary {
  const rows = new Map<string, ProductRow>();
  const row = (p: string): ProductRow => {
    const key = p.toLowerCase();
    let r = rows.get(key);
    if (!r) rows.set(key, (r = emptyRow(key)));
    return r;
  };
  for (const t of tests) {
    const r = row(t.product);
    if (t.status === 'passed') r.passed++;
    else if (t.status === 'failed') r.failed++;
    else if (t.status === 'skipped') r.skipped++;
    else r.broken++;
    r.durationMs += t.durationMs;
  }
  for (const s of stats) {
    if (s.type === 'retried-call') row(s.product).retriedCalls++;
    else row(s.product).leftovers++;
  }
  const sorted = [...rows.values()].sort((a, b) => a.product.localeCompare(b.product));
  const total = sorted.reduce((acc, r) => {
    for (const k of ['passed', 'failed', 'broken', 'skipped', 'retriedCalls', 'durationMs', 'leftovers'] as const) acc[k] += r[k];
    return acc;
  }, emptyRow('total'));
  total.broken += suiteErrors.length;
  return { rows: sorted, total, suiteErrors };
}

export function hasFailures(s: Summary): boolean {
  return s.total.failed + s.total.broken > 0;
}

export function formatSummary(s: Summary): string {
  const head = ['product', 'passed', 'failed', 'broken', 'skipped', 'retried calls', 'duration', 'left behind'];
  const cells = (r: ProductRow): string[] => [
    r.product,
    String(r.passed),
    String(r.failed),
    String(r.broken),
    String(r.skipped),
    String(r.retriedCalls),
    formatDuration(r.durationMs),
    String(r.leftovers),
  ];
  const body = [...s.rows.map(cells), ...(s.suiteErrors.length ? [['(suites not run)', '0', '0', String(s.suiteErrors.length), '0', '0', '-', '0']] : []), cells(s.total)];
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (c: string[]): string => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const lines = [line(head), rule, ...body.slice(0, -1).map(line), rule, line(body[body.length - 1])];
  for (const e of s.suiteErrors) lines.push(`suite not run: ${e.file}: ${e.message.split('\n')[0]}`);
  return lines.join('\n');
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms - m * 60_000) / 1000)} s`;
}
