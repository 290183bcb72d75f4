/**
 * The resource kinds `cloudcase sweep` knows, each listed and deleted through the API objects.
 * A resource is the suites' when its name starts with the profile's prefix or it carries the
 * marker tag. Instances are deliberately not swept (SWAS instances are subscriptions; deleting ECS
 * instances is left to a person).
 */
import { EcsApi } from '../apis/ecs';
import { SwasApi } from '../apis/swas';
import { createClient } from '../conf/create-client';
import type { Environment } from '../conf';
import { isMarked, type Found, type Marker, type Sweeper } from './sweep';

export interface SweepContext {
  swas: SwasApi;
  ecs: EcsApi;
}

export function sweepContext(env: Environment, account: string): SweepContext {
  const client = createClient({ env: env.name, account });
  return { swas: new SwasApi(client), ecs: new EcsApi(client) };
}

/** SWAS tags are { Key, Value }, ECS tags { TagKey, TagValue }. */
type Tag = { Key?: string; Value?: string; TagKey?: string; TagValue?: string };
const tagsOf = (tags: readonly Tag[] | undefined): { key?: string; value?: string }[] =>
  (tags ?? []).map((t) => ({ key: t.Key ?? t.TagKey, value: t.Value ?? t.TagValue }));

const MAX_PAGES = 50;

/** Reads numbered pages until a short page (or MAX_PAGES, a guard against a server that never ends). */
async function allPages<T>(pageSize: number, page: (pageNumber: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let n = 1; n <= MAX_PAGES; n++) {
    const items = await page(n);
    out.push(...items);
    if (items.length < pageSize) break;
  }
  return out;
}

const swasFirewallRules: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'FirewallRule',
  async list({ swas }, region, marker) {
    const instances = await allPages(100, async (pageNumber) => (await swas.listInstances({ regionId: region, pageNumber, pageSize: 100 })).body.Instances ?? []);
    const found: Found[] = [];
    for (const instance of instances) {
      if (!instance.InstanceId) continue;
      const instanceId = instance.InstanceId;
      const rules = await allPages(100, async (pageNumber) => (await swas.listFirewallRules({ regionId: region, instanceId, pageNumber, pageSize: 100 })).body.FirewallRules ?? []);
      for (const r of rules) {
        if (r.RuleId && isMarked(marker, r.Remark, tagsOf(r.Tags))) found.push({ product: 'swas', kind: 'FirewallRule', id: r.RuleId, name: r.Remark, region, parent: instanceId });
      }
    }
    return found;
  },
  async remove({ swas }, f) {
    await swas.deleteFirewallRules({ regionId: f.region, instanceId: f.parent as string, ruleIds: [f.id] });
  },
};

const swasKeyPairs: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'KeyPair',
  async list({ swas }, region, marker) {
    const pairs = await allPages(100, async (pageNumber) => (await swas.listKeyPairs({ regionId: region, pageNumber, pageSize: 100 })).body.KeyPairs ?? []);
    return pairs
      .filter((k) => isMarked(marker, k.KeyPairName))
      .map((k) => ({ product: 'swas', kind: 'KeyPair', id: k.KeyPairName as string, name: k.KeyPairName, region }));
  },
  async remove({ swas }, f) {
    await swas.deleteKeyPairs({ regionId: f.region, keyPairNames: [f.id] });
  },
};

const swasCustomImages: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'CustomImage',
  async list({ swas }, region, marker) {
    const images = await allPages(100, async (pageNumber) => (await swas.listCustomImages({ regionId: region, pageNumber, pageSize: 100 })).body.CustomImages ?? []);
    return images
      .filter((i) => i.ImageId && isMarked(marker, i.Name, tagsOf(i.Tags)))
      .map((i) => ({ product: 'swas', kind: 'CustomImage', id: i.ImageId as string, name: i.Name, region }));
  },
  async remove({ swas }, f) {
    await swas.deleteCustomImage({ regionId: f.region, imageId: f.id });
  },
};

const swasSnapshots: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'Snapshot',
  async list({ swas }, region, marker) {
    const snapshots = await allPages(100, async (pageNumber) => (await swas.listSnapshots({ regionId: region, pageNumber, pageSize: 100 })).body.Snapshots ?? []);
    return snapshots
      .filter((s) => s.SnapshotId && isMarked(marker, s.SnapshotName, tagsOf(s.Tags)))
      .map((s) => ({ product: 'swas', kind: 'Snapshot', id: s.SnapshotId as string, name: s.SnapshotName, region }));
  },
  async remove({ swas }, f) {
    await swas.deleteSnapshot({ regionId: f.region, snapshotId: f.id });
  },
};

const ecsKeyPairs: Sweeper<SweepContext> = {
  product: 'ecs',
  kind: 'KeyPair',
  async list({ ecs }, region, marker) {
    const pairs = await allPages(50, async (pageNumber) => (await ecs.describeKeyPairs({ regionId: region, pageNumber, pageSize: 50 })).body.KeyPairs?.KeyPair ?? []);
    return pairs
      .filter((k) => k.KeyPairName && isMarked(marker, k.KeyPairName, tagsOf(k.Tags?.Tag)))
      .map((k) => ({ product: 'ecs', kind: 'KeyPair', id: k.KeyPairName as string, name: k.KeyPairName, region }));
  },
  async remove({ ecs }, f) {
    await ecs.deleteKeyPairs({ regionId: f.region, keyPairNames: JSON.stringify([f.id]) });
  },
};

const ecsSecurityGroups: Sweeper<SweepContext> = {
  product: 'ecs',
  kind: 'SecurityGroup',
  async list({ ecs }, region, marker: Marker) {
    const groups = await allPages(50, async (pageNumber) => (await ecs.describeSecurityGroups({ regionId: region, pageNumber, pageSize: 50 })).body.SecurityGroups?.SecurityGroup ?? []);
    return groups
      .filter((g) => g.SecurityGroupId && isMarked(marker, g.SecurityGroupName, tagsOf(g.Tags?.Tag)))
      .map((g) => ({ product: 'ecs', kind: 'SecurityGroup', id: g.SecurityGroupId as string, name: g.SecurityGroupName, region }));
  },
  async remove({ ecs }, f) {
    await ecs.deleteSecurityGroup({ regionId: f.region, securityGroupId: f.id });
  },
};

export const SWEEPERS: readonly Sweeper<SweepContext>[] = [swasFirewallRules, swasKeyPairs, swasCustomImages, swasSnapshots, ecsKeyPairs, ecsSecurityGroups];
