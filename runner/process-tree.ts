/**
 * Signals for a child's whole process tree. Jest does not pass a signal on to its workers, yet the
 * workers hold the cleanup of what their tests created (core/ledger/interrupt.ts): on Ctrl-C or a
 * CI cancel the runner signals Jest and every worker, then waits for them to finish cleaning up.
 * Linux /proc; elsewhere only the child itself is known.
 */
import { readFileSync } from 'node:fs';

/** The pids below `pid` (children, grandchildren, …). */
export function descendantsOf(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number): void => {
    let children: number[];
    try {
      children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return;
    }
    for (const c of children) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Sends `signal` to each pid that still exists. */
export function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Resolves once none of `pids` exists: true when they all ended on their own, false when some were
 * still there after `withinMs` and had to be killed (SIGKILL) — their cleanup did not finish.
 */
export async function exited(pids: readonly number[], withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (pids.some(alive)) {
    if (Date.now() > deadline) {
      signalAll(pids.filter(alive), 'SIGKILL');
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
