/**
 * Runs the `cloudcase` command (node runner/bin.js) as a child process with its own environment,
 * capturing everything it prints, with a deadline (a hung run is killed and reported, never waited
 * on forever). Also reads the per-product summary table the runner prints at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BIN = path.join(ROOT, 'runner', 'bin.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface RunningCli {
  child: ChildProcess;
  /** Everything printed so far. */
  output(): string;
  done: Promise<CliResult>;
}

/** Starts `cloudcase <args>`; the environment is process.env minus any CLOUDCASE_* of the shell, plus `env`. */
export function startCli(args: string[], env: Record<string, string | undefined> = {}, deadlineMs = 10 * 60_000, options: { detached?: boolean } = {}): RunningCli {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CLOUDCASE_') && !k.startsWith('JEST_') && k !== 'NODE_OPTIONS'));
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...clean, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        if (options.detached) process.kill(-(child.pid as number), 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`cloudcase ${args.join(' ')} did not finish within ${deadlineMs} ms; output so far:\n${(stdout + stderr).slice(-3000)}`));
    }, deadlineMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started });
    });
  });
  return { child, output: () => stdout + stderr, done };
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}, deadlineMs?: number): Promise<CliResult> {
  return startCli(args, env, deadlineMs).done;
}

export interface SummaryTotals {
  passed: number;
  failed: number;
  broken: number;
  skipped: number;
  retriedCalls: number;
  leftovers: number;
}

/** The `total` row of the runner's summary table (undefined when the run printed none). */
export function summaryTotals(stdout: string): SummaryTotals | undefined {
  const line = stdout.split('\n').find((l) => /^total\s+\d+/.test(l));
  if (!line) return undefined;
  const n = line.trim().split(/\s+/);
  // total passed failed broken skipped retried duration(1 or 2+ tokens) left-behind
  return { passed: +n[1], failed: +n[2], broken: +n[3], skipped: +n[4], retriedCalls: +n[5], leftovers: +n[n.length - 1] };
}

const scratches: string[] = [];

/** A scratch folder under the OS temp dir, removed at exit unless CLOUDCASE_KEEP_SCRATCH=1 (to look at a failure). */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `cloudcase-${prefix}-`));
  if (scratches.length === 0 && process.env.CLOUDCASE_KEEP_SCRATCH !== '1') {
    const removeAll = (): void => {
      for (const d of scratches.splice(0)) rmSync(d, { recursive: true, force: true });
    };
    // In a Jest test file `process` is a sandbox copy that never hears 'exit': use the file's teardown.
    if (typeof afterAll === 'function') afterAll(removeAll);
    else process.once('exit', removeAll);
  }
  scratches.push(dir);
  return dir;
}

/**
 * A copy of conf/local.yaml in its own folder (point CLOUDCASE_CONF_DIR at it), with text
 * replacements applied (e.g. the simulator's keys swapped for the audit's distinctive ones).
 */
export function profileCopy(replacements: ReadonlyArray<readonly [string, string]>, name = 'local'): string {
  const dir = scratch('conf');
  let text = readFileSync(path.join(ROOT, 'conf', 'local.yaml'), 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`conf/local.yaml has no '${from}' to replace`);
    text = text.split(from).join(to);
  }
  if (name !== 'local') text = text.replace(/^name: local$/m, `name: ${name}`);
  writeFileSync(path.join(dir, `${name}.yaml`), text);
  return dir;
}
