/**
 * Cleanup when a run is interrupted (SIGINT: Ctrl-C or `kill -INT`; SIGTERM: a CI cancel). Jest's
 * own teardown (afterAll) never runs then, so whatever the ledgers registered here still hold is
 * deleted, newest ledger first, before the process exits with 128 + the signal number. One handler
 * per process, installed at the first registration; a second signal during cleanup is ignored
 * (cleanup is bounded by each delete call's own timeout and retries).
 */
import { EventEmitter } from 'node:events';
import type { Leftover, ResourceLedger } from './resource-ledger';

/**
 * The real process. Inside Jest's sandbox `process` is a copy whose listeners never hear a real
 * signal; a core module's functions belong to the host realm, so its Function constructor
 * evaluates `process` there. Outside Jest this is plain `process`.
 */
const host = (EventEmitter as unknown as { constructor: FunctionConstructor }).constructor('return process')() as NodeJS.Process;

const live: ResourceLedger[] = [];
let onLeft: ((l: Leftover) => void) | undefined;
let installed = false;
let cleaning = false;

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Deletes what `ledger` holds if the process is interrupted; returns a function that stops
 * watching it (call it once the ledger was cleaned up normally). `onLeftover` hears of each
 * resource that could not be deleted.
 */
export function cleanupOnInterrupt(ledger: ResourceLedger, onLeftover?: (l: Leftover) => void): () => void {
  live.push(ledger);
  if (onLeftover) onLeft = onLeftover;
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) host.on(signal, () => void interrupted(signal));
  }
  return () => {
    const at = live.indexOf(ledger);
    if (at >= 0) live.splice(at, 1);
  };
}

async function interrupted(signal: keyof typeof SIGNALS): Promise<void> {
  if (cleaning) return;
  cleaning = true;
  // The parent may already be gone (its pipes closed): a failed write must not end the cleanup.
  host.stdout.on('error', () => undefined);
  host.stderr.on('error', () => undefined);
  const pending = live.reduce((n, l) => n + l.size, 0);
  if (pending > 0) host.stderr.write(`cloudcase: ${signal}: deleting the ${pending} resource(s) this process created before exiting\n`);
  while (live.length > 0) {
    const ledger = live.pop() as ResourceLedger;
    const { leftovers } = await ledger.cleanup();
    for (const l of leftovers) {
      try {
        onLeft?.(l);
      } catch {
        // reporting a leftover must not stop the cleanup of the others
      }
    }
  }
  host.exit(128 + SIGNALS[signal]);
}
