/** SWAS tags: which resource kinds take tags, and where each kind's tag list lives. */
import { errors } from '../../../errors';
import type { TagPair } from '../../../wire/params';
import type { SwasWorld } from '../world';

export const TAGGABLE = {
  instance: { wireType: 'ALIYUN::SWAS::INSTANCE', code: 'InvalidInstanceId.NotFound', map: (w: SwasWorld) => w.instances },
  snapshot: { wireType: 'ALIYUN::SWAS::SNAPSHOT', code: 'InvalidSnapshotId.NotFound', map: (w: SwasWorld) => w.snapshots },
  customimage: { wireType: 'ALIYUN::SWAS::CUSTOMIMAGE', code: 'InvalidImageId.NotFound', map: (w: SwasWorld) => w.images },
  command: { wireType: 'ALIYUN::SWAS::COMMAND', code: 'InvalidCommandId.NotFound', map: (w: SwasWorld) => w.commands },
  firewallrule: { wireType: 'ALIYUN::SWAS::FIREWALLRULE', code: 'InvalidFirewallRuleId.NotFound', map: (w: SwasWorld) => w.rules },
  disk: { wireType: 'ALIYUN::SWAS::DISK', code: 'InvalidDiskId.NotFound', map: (w: SwasWorld) => w.disks },
} as const;

export type TaggableType = keyof typeof TAGGABLE;

export function kindOf(type: string): (typeof TAGGABLE)[TaggableType] {
  const kind = (TAGGABLE as Record<string, (typeof TAGGABLE)[TaggableType]>)[type];
  if (!kind) throw errors.invalid('ResourceType', `must be one of ${Object.keys(TAGGABLE).join(', ')}`);
  return kind;
}

/** The tag lists of the given resources, all found or a not-found error. */
export function tagListsOf(w: SwasWorld, type: string, ids: readonly string[]): Array<{ id: string; tags: TagPair[] }> {
  const kind = kindOf(type);
  const map = kind.map(w) as ReadonlyMap<string, { tags: TagPair[] }>;
  return ids.map((id) => {
    const r = map.get(id);
    if (!r) throw errors.notFound(kind.code, `${type} ${id}`);
    return { id, tags: r.tags };
  });
}

export function allTagLists(w: SwasWorld, type: string): Array<{ id: string; tags: TagPair[] }> {
  const map = kindOf(type).map(w) as ReadonlyMap<string, { tags: TagPair[] }>;
  return [...map.entries()].map(([id, r]) => ({ id, tags: r.tags }));
}
