/** ECS conventions shared by its handlers: wrapper lists, tags as TagKey/TagValue, DryRun, lookups across regions. */
import { isoMinutes } from '../../clock';
import { SimError } from '../../errors';
import type { TagPair } from '../../wire/params';
import type { ActionContext } from '../types';
import { ECS_REGIONS } from './catalog';
import type { EcsInstance, EcsWorld } from './world';

export type Ctx = ActionContext<EcsWorld>;

/** ECS renders tags as `{ Tag: [{ TagKey, TagValue }] }`. */
export function ecsTags(tags: readonly TagPair[]): { Tag: Array<{ TagKey: string; TagValue: string }> } {
  return { Tag: tags.map((t) => ({ TagKey: t.Key, TagValue: t.Value })) };
}

/** ECS times: minute precision UTC, `2017-12-10T04:04Z`. */
export const ecsTime = isoMinutes;

/**
 * DryRun=true: the request was valid, nothing is done (the cloud answers with this error). The batch
 * instance actions (Start/Stop/RebootInstances, DeleteInstances) document DRYRUN.SUCCESS instead.
 */
export function dryRun(c: Ctx, code: 'DryRunOperation' | 'DRYRUN.SUCCESS' = 'DryRunOperation'): void {
  if (c.params.bool('DryRun')) {
    throw new SimError(code, 'Request validation has been passed with DryRun flag set.', 400);
  }
}

/** An instance by id in the request's region, or in any region of the account when the action takes no RegionId. */
export function findInstance(c: Ctx, id: string, code = 'InvalidInstanceId.NotFound'): { inst: EcsInstance; world: EcsWorld } {
  const here = c.world.instances.get(id);
  if (here) return { inst: here, world: c.world };
  if (!c.params.has('RegionId')) {
    for (const r of ECS_REGIONS) {
      const w = c.worldIn(r.regionId);
      const inst = w.instances.get(id);
      if (inst) return { inst, world: w };
    }
  }
  throw new SimError(code, `The specified instance ${id} does not exist.`, 404);
}

/** The NextToken codes the ECS actions document for a token they never issued. */
export const BAD_TOKEN = {
  commands: { code: 'InvalidParameter.NextToken', status: 400 },
  securityGroups: { code: 'InValidParameter.NextToken', status: 400 },
  tags: { code: 'Invalid.NextToken', status: 403 },
} as const;

/** `*web*`-style fuzzy name match, as ECS name filters allow. */
export function nameMatches(name: string, pattern: string | undefined): boolean {
  if (pattern === undefined) return true;
  if (!pattern.includes('*')) return name === pattern;
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

/**
 * Token paging (NextToken/MaxResults): the token is the offset of the next item. A token this API
 * never issued fails with `badToken`, the action's documented code (see simulator/ERROR-CODES.md).
 */
export function tokenPage<T>(
  c: Ctx,
  list: readonly T[],
  max = 100,
  badToken: { code: string; status: number } = { code: 'InvalidNextToken.Malformed', status: 400 },
): { items: T[]; nextToken: string } {
  const size = c.params.int('MaxResults', 10, { min: 1, max }) as number;
  const token = c.params.str('NextToken');
  const offset = token ? Number(Buffer.from(token, 'base64').toString()) : 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > list.length) throw new SimError(badToken.code, 'The NextToken is not one this API returned.', badToken.status);
  const end = offset + size;
  return { items: list.slice(offset, end), nextToken: end < list.length ? Buffer.from(String(end)).toString('base64') : '' };
}
