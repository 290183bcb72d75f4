/**
 * All simulated state: one world per product, account and region, created on first use by the
 * product's seeder (deterministic), kept in memory for the simulator's life.
 */
import type { SimClock } from '../clock';
import { IdGen, accountUid } from './ids';

export interface WorldSeed {
  readonly account: string;
  readonly accountUid: string;
  readonly regionId: string;
  readonly ids: IdGen;
  readonly clock: SimClock;
}

export class StateStore {
  private readonly worlds = new Map<string, { world: unknown; ids: IdGen }>();

  constructor(readonly clock: SimClock) {}

  /** The world of (product, account, region) and its id generator; `create` seeds it the first time. */
  world<S>(product: string, account: string, regionId: string, create: (seed: WorldSeed) => S): { world: S; ids: IdGen } {
    const key = `${product}|${account}|${regionId}`;
    let entry = this.worlds.get(key);
    if (entry === undefined) {
      const seed: WorldSeed = { account, accountUid: accountUid(account), regionId, ids: new IdGen(key), clock: this.clock };
      entry = { world: create(seed), ids: seed.ids };
      this.worlds.set(key, entry);
    }
    return entry as { world: S; ids: IdGen };
  }

  /** Worlds of a product in a region that already exist, by account (cross-account reads: image sharing). */
  existing<S>(product: string, regionId: string): Array<{ account: string; world: S }> {
    const out: Array<{ account: string; world: S }> = [];
    for (const [key, entry] of this.worlds) {
      const [p, account, r] = key.split('|');
      if (p === product && r === regionId) out.push({ account, world: entry.world as S });
    }
    return out;
  }

  /** The numeric account id (UID) the simulator gives an account name. */
  accountUid(account: string): string {
    return accountUid(account);
  }

  /** Forgets everything (the next request reseeds). */
  reset(): void {
    this.worlds.clear();
  }
}
