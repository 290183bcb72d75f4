/**
 * The resource ledger: every resource a test creates is recorded with the function that deletes
 * it, and deleted in reverse order when the suite ends — even when the test failed. What cannot
 * be deleted is reported, never silently dropped.
 */
import { isRetryableError } from '../retry/policy';

export interface LedgerEntry {
  /** Product id, e.g. `swas`. */
  product: string;
  /** Resource kind, e.g. `firewallRule`, `snapshot`, `keyPair`. */
  kind: string;
  id: string;
  /** Region or other context, for the report. */
  region?: string;
  /** Deletes the resource. Treat "already gone" as success inside it. */
  remove: () => Promise<unknown>;
}

export interface Leftover {
  product: string;
  kind: string;
  id: string;
  region?: string;
  error: string;
}

export interface CleanupReport {
  removed: number;
  leftovers: Leftover[];
}

export class ResourceLedger {
  private readonly entries: LedgerEntry[] = [];

  /** Records a created resource. Returns the id, so `ledger.track({...})` can wrap a creation. */
  track(entry: LedgerEntry): string {
    this.entries.push(entry);
    return entry.id;
  }

  /** Forgets a resource the test deleted itself (so cleanup does not try again). */
  forget(product: string, kind: string, id: string): void {
    const at = this.entries.findIndex((e) => e.product === product && e.kind === kind && e.id === id);
    if (at >= 0) this.entries.splice(at, 1);
  }

  get size(): number {
    return this.entries.length;
  }

  list(): readonly Omit<LedgerEntry, 'remove'>[] {
    return this.entries.map(({ remove: _remove, ...rest }) => rest);
  }

  /** Deletes everything recorded, newest first; never throws; reports what is left. */
  async cleanup(): Promise<CleanupReport> {
    const leftovers: Leftover[] = [];
    let removed = 0;
    while (this.entries.length) {
      const entry = this.entries.pop()!;
      try {
        await removeWithRetries(entry);
        removed++;
      } catch (e) {
        leftovers.push({
          product: entry.product,
          kind: entry.kind,
          id: entry.id,
          region: entry.region,
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }
    return { removed, leftovers };
  }
}

/**
 * A delete that met a transport fault (503, throttling, timeout) is tried again: the client does
 * not repeat a write without ClientToken itself, and leaving the resource behind is worse than a
 * second delete (which, if the first one ran, answers "not found" — removers treat that as done).
 */
async function removeWithRetries(entry: LedgerEntry, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await entry.remove();
      return;
    } catch (e) {
      if (attempt >= tries || !isRetryableError(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
