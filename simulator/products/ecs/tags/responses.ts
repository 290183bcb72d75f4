/** ECS tag actions: instance, image, securitygroup, keypair and command resources. */
import { SimError, errors } from '../../../errors';
import { hasTags, mergeTags } from '../../common';
import type { TagPair } from '../../../wire/params';
import type { Handlers } from '../../types';
import { BAD_TOKEN, tokenPage, type Ctx } from '../common';
import type { EcsWorld } from '../world';

const KINDS: Readonly<Record<string, { map: (w: EcsWorld) => ReadonlyMap<string, { tags: TagPair[] }> }>> = {
  instance: { map: (w) => w.instances },
  image: { map: (w) => w.images },
  securitygroup: { map: (w) => w.groups },
  keypair: { map: (w) => new Map([...w.keyPairs.values()].map((k) => [k.id, k])) },
  command: { map: (w) => w.commands },
};

/** The tag actions name an unknown type and an unknown resource with one code each, whatever the kind. */
function kind(type: string): (typeof KINDS)[string] {
  const k = KINDS[type.toLowerCase()];
  if (!k) throw new SimError('InvalidResourceType.NotFound', `The ResourceType '${type}' is not one of ${Object.keys(KINDS).join(', ')}.`, 404);
  return k;
}

function targets(c: Ctx, type: string, ids: readonly string[]): Array<{ id: string; tags: TagPair[] }> {
  const map = kind(type).map(c.world);
  return ids.map((id) => {
    const r = map.get(id);
    if (!r) throw new SimError('InvalidResourceId.NotFound', `The ${type} ${id} does not exist.`, 404);
    return { id, tags: r.tags };
  });
}

/** At most 20 tags per resource: checked here, before mergeTags, to answer with the ECS code and status. */
function checkTagQuota(list: ReadonlyArray<{ tags: TagPair[] }>, add: readonly TagPair[]): void {
  for (const l of list) {
    const keys = new Set([...l.tags.map((t) => t.Key), ...add.map((t) => t.Key)]);
    if (keys.size > 20) throw new SimError('QuotaExceed.Tags', 'A resource can have at most 20 tags.', 403);
  }
}

export const ecsTagHandlers: Handlers<EcsWorld> = {
  TagResources: (c) => {
    const type = c.params.need('ResourceType');
    const ids = c.params.needList('ResourceId');
    const tags = c.params.tags();
    if (tags.length === 0) throw new SimError('MissingParameter.Tags', 'The input parameter Tag is not supplied.', 404);
    if (ids.length > 50) throw new SimError('NumberExceed.ResourceIds', 'ResourceId takes at most 50 resources.', 400);
    if (tags.length > 20) throw new SimError('NumberExceed.Tags', 'Tag takes at most 20 tags.', 400);
    if (tags.some((t) => /^(aliyun|acs:)/.test(t.Key))) throw new SimError('InvalidTagKey.Malformed', "Tag keys may not start with 'aliyun' or 'acs:'.", 400);
    const list = targets(c, type, ids);
    checkTagQuota(list, tags);
    list.forEach((l) => mergeTags(l.tags, tags));
    return {};
  },
  UntagResources: (c) => {
    const type = c.params.need('ResourceType');
    const all = c.params.bool('All');
    const keys = c.params.list('TagKey');
    if (!all && keys.length === 0) throw errors.missing('TagKey');
    if (all && keys.length > 0) throw new SimError('Param.Conflict', 'All=true removes every tag; leave TagKey out.', 403);
    for (const l of targets(c, type, c.params.needList('ResourceId'))) l.tags.splice(0, l.tags.length, ...(all ? [] : l.tags.filter((t) => !keys.includes(t.Key))));
    return {};
  },
  ListTagResources: (c) => {
    const type = c.params.need('ResourceType');
    const ids = c.params.list('ResourceId');
    const wanted = c.params.tags();
    if (ids.length === 0 && wanted.length === 0) throw new SimError('BothEmpty.TagsAndResources', 'Give ResourceId or Tag, or both.', 403);
    const pool = ids.length ? targets(c, type, ids) : [...kind(type).map(c.world).entries()].map(([id, r]) => ({ id, tags: r.tags }));
    const rows = pool.filter((l) => hasTags(l.tags, wanted)).flatMap((l) => l.tags.map((t) => ({ ResourceId: l.id, ResourceType: type.toLowerCase(), TagKey: t.Key, TagValue: t.Value })));
    const page = tokenPage(c, rows, 1000, BAD_TOKEN.tags);
    return { NextToken: page.nextToken, TagResources: { TagResource: page.items } };
  },
};
