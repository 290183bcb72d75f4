/** ECS tag actions: instance, image, securitygroup, keypair and command resources. */
import { errors } from '../../../errors';
import { hasTags, mergeTags } from '../../common';
import type { TagPair } from '../../../wire/params';
import type { Handlers } from '../../types';
import { tokenPage, type Ctx } from '../common';
import type { EcsWorld } from '../world';

const KINDS: Readonly<Record<string, { code: string; map: (w: EcsWorld) => ReadonlyMap<string, { tags: TagPair[] }>; byName?: boolean }>> = {
  instance: { code: 'InvalidInstanceId.NotFound', map: (w) => w.instances },
  image: { code: 'InvalidImageId.NotFound', map: (w) => w.images },
  securitygroup: { code: 'InvalidSecurityGroupId.NotFound', map: (w) => w.groups },
  keypair: { code: 'InvalidKeyPairName.NotFound', map: (w) => new Map([...w.keyPairs.values()].map((k) => [k.id, k])) },
  command: { code: 'InvalidCommandId.NotFound', map: (w) => w.commands },
};

function kind(type: string): (typeof KINDS)[string] {
  const k = KINDS[type.toLowerCase()];
  if (!k) throw errors.invalid('ResourceType', `must be one of ${Object.keys(KINDS).join(', ')}`);
  return k;
}

function targets(c: Ctx, type: string, ids: readonly string[]): Array<{ id: string; tags: TagPair[] }> {
  const k = kind(type);
  const map = k.map(c.world);
  return ids.map((id) => {
    const r = map.get(id);
    if (!r) throw errors.notFound(k.code, `${type} ${id}`);
    return { id, tags: r.tags };
  });
}

export const ecsTagHandlers: Handlers<EcsWorld> = {
  TagResources: (c) => {
    const type = c.params.need('ResourceType');
    const ids = c.params.needList('ResourceId');
    const tags = c.params.tags();
    if (tags.length === 0) throw errors.missing('Tag');
    if (ids.length > 50) throw errors.invalid('ResourceId', 'at most 50 resources');
    if (tags.some((t) => /^(aliyun|acs:)/.test(t.Key))) throw errors.invalid('Tag.Key', "tag keys may not start with 'aliyun' or 'acs:'");
    const list = targets(c, type, ids);
    list.forEach((l) => mergeTags([...l.tags], tags));
    list.forEach((l) => mergeTags(l.tags, tags));
    return {};
  },
  UntagResources: (c) => {
    const type = c.params.need('ResourceType');
    const all = c.params.bool('All');
    const keys = c.params.list('TagKey');
    if (!all && keys.length === 0) throw errors.missing('TagKey');
    for (const l of targets(c, type, c.params.needList('ResourceId'))) l.tags.splice(0, l.tags.length, ...(all ? [] : l.tags.filter((t) => !keys.includes(t.Key))));
    return {};
  },
  ListTagResources: (c) => {
    const type = c.params.need('ResourceType');
    const ids = c.params.list('ResourceId');
    const wanted = c.params.tags();
    if (ids.length === 0 && wanted.length === 0) throw errors.missing('ResourceId');
    const pool = ids.length ? targets(c, type, ids) : [...kind(type).map(c.world).entries()].map(([id, r]) => ({ id, tags: r.tags }));
    const rows = pool.filter((l) => hasTags(l.tags, wanted)).flatMap((l) => l.tags.map((t) => ({ ResourceId: l.id, ResourceType: type.toLowerCase(), TagKey: t.Key, TagValue: t.Value })));
    const page = tokenPage(c, rows, 1000);
    return { NextToken: page.nextToken, TagResources: { TagResource: page.items } };
  },
};
