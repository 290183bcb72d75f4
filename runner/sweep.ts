/**
 * `cloudcase sweep`: finds resources that tests created (name starts with the profile's prefix, or
 * they carry its marker tag) and deletes them. Dry run unless --yes. One sweeper per resource kind
 * (runner/sweepers.ts) lists candidates through the API objects and deletes one.
 */
import { loadEnvironment, resolveAccount, type Environment } from '../conf';
import { UsageError } from './usage-error';

export interface SweepOptions {
  env?: string;
  account?: string;
  region?: string[];
  yes?: boolean;
}

export interface Found {
  product: string;
  kind: string;
  id: string;
  name?: string;
  region: string;
  /** The resource it belongs to, when deleting needs it (a firewall rule's instance). */
  parent?: string;
}

export interface Marker {
  namePrefix: string;
  tag: { key: string; value: string };
}

/**
 * Lists one kind of resource in a region and deletes one of them. A kind the API cannot delete
 * (a SWAS instance expires with its subscription) has no `remove` but says why in `cannotDelete`:
 * the sweep lists what it finds, so a person sees it, and leaves it as it is.
 */
export type Sweeper<C = unknown> = {
  product: string;
  kind: string;
  list(context: C, region: string, marker: Marker): Promise<Found[]>;
} & ({ remove(context: C, found: Found): Promise<void>; cannotDelete?: undefined } | { remove?: undefined; cannotDelete: string });

export interface SweepResult {
  found: Found[];
  deleted: Found[];
  failed: { found: Found; error: string }[];
  /** Found, but of a kind the API cannot delete. */
  kept: Found[];
}

type Log = (line: string) => void;

/** The engine, independent of how the API objects are built (tests give it their own sweepers). */
export async function sweep<C>(
  context: C,
  sweepers: readonly Sweeper<C>[],
  regions: readonly string[],
  marker: Marker,
  yes: boolean,
  log: Log,
): Promise<SweepResult> {
  const result: SweepResult = { found: [], deleted: [], failed: [], kept: [] };
  for (const region of regions) {
    for (const s of sweepers) {
      let found: Found[];
      try {
        found = await s.list(context, region, marker);
      } catch (e) {
        log(`  ! ${s.product} ${s.kind} in ${region}: could not list: ${(e as Error).message}`);
        continue;
      }
      for (const f of found) {
        result.found.push(f);
        if (!s.remove) {
          result.kept.push(f);
          log(`  left as it is: ${f.product} ${f.kind} ${f.id}${f.name ? ` (${f.name})` : ''} in ${f.region}: ${s.cannotDelete}`);
          continue;
        }
        if (!yes) {
          log(`  would delete ${f.product} ${f.kind} ${f.id}${f.name ? ` (${f.name})` : ''} in ${f.region}`);
          continue;
        }
        try {
          await s.remove(context, f);
          result.deleted.push(f);
          log(`  deleted ${f.product} ${f.kind} ${f.id}${f.name ? ` (${f.name})` : ''} in ${f.region}`);
        } catch (e) {
          result.failed.push({ found: f, error: (e as Error).message });
          log(`  ! could not delete ${f.product} ${f.kind} ${f.id} in ${f.region}: ${(e as Error).message}`);
        }
      }
    }
  }
  return result;
}

/** True when a name or a tag list marks a resource as created by the suites. */
export function isMarked(marker: Marker, name: string | undefined, tags: readonly { key?: string; value?: string }[] = []): boolean {
  if (name?.startsWith(marker.namePrefix)) return true;
  return tags.some((t) => t.key === marker.tag.key && t.value === marker.tag.value);
}

export async function runSweep(options: SweepOptions, log: Log = (l) => process.stdout.write(l + '\n')): Promise<0 | 1 | 2> {
  const env = loadEnvironment(options.env);
  const regions = options.region?.length ? options.region : env.regions;
  for (const r of regions) {
    if (!env.regions.includes(r)) throw new UsageError(`--region ${r} is not a region of '${env.name}' (${env.file}: regions = [${env.regions.join(', ')}])`);
  }
  const account = options.account ?? 'main';
  resolveAccount(env, account); // fails early (exit 2) on a missing credential or endpoint
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sweepContext, SWEEPERS } = require('./sweepers') as typeof import('./sweepers');
  const marker: Marker = env.resources;
  log(`cloudcase sweep: env ${env.name}, account ${account}, regions ${regions.join(', ')}; marker: name prefix '${marker.namePrefix}' or tag ${marker.tag.key}=${marker.tag.value}${options.yes ? '' : ' (dry run: add --yes to delete)'}`);
  const result = await sweep(sweepContext(env as Environment, account), SWEEPERS, regions, marker, options.yes ?? false, log);
  const kept = result.kept.length ? `, ${result.kept.length} left as it is (cannot be deleted through the API)` : '';
  log(
    options.yes
      ? `cloudcase sweep: ${result.deleted.length} deleted, ${result.failed.length} could not be deleted${kept}`
      : `cloudcase sweep: ${result.found.length} found (nothing deleted)${kept}`,
  );
  return result.failed.length > 0 ? 1 : 0;
}
