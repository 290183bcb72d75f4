/**
 * The side channel between test workers and the runner: each worker appends JSON lines to
 * `<CLOUDCASE_RUN_DIR>/stats/<pid>.jsonl` — one per API call that needed retries, one per resource
 * a test created and could not delete. The runner reads them for the summary table.
 * Lines carry ids and names only, never a secret.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type RunStat =
  | { type: 'retried-call'; product: string; action: string; attempts: number }
  | { type: 'leftover'; product: string; kind: string; id: string; reason: string };

export function statsDir(runDir: string): string {
  return path.join(runDir, 'stats');
}

/** Appends a line (workers call this; a no-op when no run directory was given, e.g. plain `jest`). */
export function recordStat(stat: RunStat, runDir: string | undefined = process.env.CLOUDCASE_RUN_DIR): void {
  if (!runDir) return;
  const dir = statsDir(runDir);
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, `${process.pid}.jsonl`), JSON.stringify(stat) + '\n');
}

export function readStats(runDir: string): RunStat[] {
  const dir = statsDir(runDir);
  if (!existsSync(dir)) return [];
  const out: RunStat[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as RunStat);
      } catch {
        // a worker killed mid-write leaves a torn last line: skip it
      }
    }
  }
  return out;
}
