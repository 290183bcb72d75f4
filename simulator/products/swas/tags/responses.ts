/** SWAS tag actions. */
import { errors } from '../../../errors';
import { hasTags, mergeTags } from '../../common';
import type { Handlers } from '../../types';
import type { SwasWorld } from '../world';
import { allTagLists, kindOf, tagListsOf } from './model';

const PAGE = 50;

export const tagHandlers: Handlers<SwasWorld> = {
  TagResources: (c) => {
    const type = c.params.need('ResourceType');
    const ids = c.params.needList('ResourceId');
    const tags = c.params.tags();
    if (tags.length === 0) throw errors.missing('Tag');
    if (ids.length > 50) throw errors.invalid('ResourceId', 'at most 50 resources');
    if (tags.some((t) => t.Key.startsWith('aliyun') || t.Key.startsWith('acs:'))) throw errors.invalid('Tag.Key', "tag keys may not start with 'aliyun' or 'acs:'");
    const lists = tagListsOf(c.world, type, ids);
    // Check the 20-tag limit on copies first so a failure changes nothing.
    lists.forEach((l) => mergeTags([...l.tags], tags));
    lists.forEach((l) => mergeTags(l.tags, tags));
    return {};
  },
  UntagResources: (c) => {
    const type = c.params.need('ResourceType');
    const ids = c.params.needList('ResourceId');
    const all = c.params.bool('All');
    const keys = c.params.list('TagKey');
    if (!all && keys.length === 0) throw errors.missing('TagKey');
    for (const l of tagListsOf(c.world, type, ids)) {
      const keep = all ? [] : l.tags.filter((t) => !keys.includes(t.Key));
      l.tags.splice(0, l.tags.length, ...keep);
    }
    return {};
  },
  ListTagResources: (c) => {
    const type = c.params.need('ResourceType');
    const kind = kindOf(type);
    const ids = c.params.list('ResourceId');
    const wanted = c.params.tags();
    if (ids.length === 0 && wanted.length === 0) throw errors.missing('ResourceId');
    const lists = (ids.length ? tagListsOf(c.world, type, ids) : allTagLists(c.world, type)).filter((l) => hasTags(l.tags, wanted));
    const rows = lists.flatMap((l) => l.tags.map((t) => ({ ResourceId: l.id, ResourceType: kind.wireType, TagKey: t.Key, TagValue: t.Value })));
    const token = c.params.str('NextToken');
    const offset = token ? Number(Buffer.from(token, 'base64').toString()) : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > rows.length) throw errors.invalid('NextToken', 'not a token this API returned');
    const next = offset + PAGE < rows.length ? Buffer.from(String(offset + PAGE)).toString('base64') : '';
    return { NextToken: next, TagResources: { TagResource: rows.slice(offset, offset + PAGE) } };
  },
};
