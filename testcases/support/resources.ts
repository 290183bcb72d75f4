/**
 * Resources a test creates are deleted in one place: `const resources = useResources()` in a
 * describe block, then `resources.track({ product, kind, id, remove })` right after each create.
 * After the block, core's ResourceLedger deletes them newest first; whatever cannot be deleted is
 * counted as left behind in the runner's summary, and `cloudcase sweep` finds it later by its name
 * prefix or tag.
 */
import { ResourceLedger, type Leftover } from '../../core/ledger/resource-ledger';
import { cleanupOnInterrupt } from '../../core/ledger/interrupt';
import { recordStat } from '../../runner/run-stats';

export type { LedgerEntry } from '../../core/ledger/resource-ledger';

export function useResources(): ResourceLedger {
  const ledger = new ResourceLedger();
  // An interrupted run (Ctrl-C, a CI cancel) never reaches afterAll: delete what the ledger holds then too.
  const unwatch = cleanupOnInterrupt(ledger, leftBehind);
  afterAll(async () => {
    const { leftovers } = await ledger.cleanup();
    unwatch();
    for (const l of leftovers) leftBehind(l);
  });
  return ledger;
}

function leftBehind(l: Leftover): void {
  recordStat({ type: 'leftover', product: l.product, kind: l.kind, id: l.id, reason: l.error });
  process.stderr.write(`cloudcase: left behind ${l.product} ${l.kind} ${l.id}${l.region ? ` in ${l.region}` : ''}: ${l.error}\n`);
}
