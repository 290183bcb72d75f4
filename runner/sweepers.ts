/**
 * The resource kinds `cloudcase sweep` knows, each listed and deleted through the API objects: every
 * kind the suites create that the API can list and delete. A resource is the suites' when its name
 * starts with the profile's prefix or it carries the marker tag (an ECS instance: see below).
 *
 * Order matters (first listed, first deleted): what holds another goes first — ECS instances before
 * the images, key pairs and security groups they use; SWAS custom images before their snapshots; a
 * key pair is detached from its instances before it is deleted; a custom image is unshared (with ECS
 * and with other accounts) before it is deleted.
 *
 * Not swept: SWAS instances are subscriptions the API cannot release — listed, left as they are;
 * RFS stacks — the API has no way to list them (the simulator serves no ListStacks).
 */
import { EcsApi } from '../apis/ecs';
import { RfsApi } from '../apis/rfs';
import { SwasApi } from '../apis/swas';
import { createClient } from '../conf/create-client';
import type { Environment } from '../conf';
import { ApiError } from '../core/errors';
import { isMarked, type Found, type Marker, type Sweeper } from './sweep';

export interface SweepContext {
  swas: SwasApi;
  ecs: EcsApi;
  /** ECS in a given region: DeleteInstance takes no RegionId, the endpoint's region decides. */
  ecsIn(region: string): EcsApi;
  /** RFS, when the profile names its project (testData.rfs.projectId); the suites use it in the profile's region only. */
  rfs?: { api: RfsApi; region: string };
}

export function sweepContext(env: Environment, account: string): SweepContext {
  const client = createClient({ env: env.name, account });
  const regional = new Map<string, EcsApi>();
  const projectId = env.testData?.rfs?.projectId;
  return {
    swas: new SwasApi(client),
    ecs: new EcsApi(client),
    ecsIn(region) {
      let api = regional.get(region);
      if (!api) regional.set(region, (api = region === env.regionId ? new EcsApi(client) : new EcsApi(createClient({ env: env.name, account, regionId: region }))));
      return api;
    },
    ...(projectId ? { rfs: { api: new RfsApi(client, { projectId }), region: env.regionId } } : {}),
  };
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

const isNotFound = (e: unknown): boolean => e instanceof ApiError && (e.status === 404 || /NotFound/i.test(e.code));

async function listSwasInstances(swas: SwasApi, region: string) {
  return allPages(100, async (pageNumber) => (await swas.listInstances({ regionId: region, pageNumber, pageSize: 100 })).body.Instances ?? []);
}

const swasFirewallRules: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'FirewallRule',
  async list({ swas }, region, marker) {
    const found: Found[] = [];
    for (const instance of await listSwasInstances(swas, region)) {
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

const swasFirewallTemplates: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'FirewallTemplate',
  async list({ swas }, region, marker) {
    const templates = await allPages(50, async (pageNumber) => (await swas.describeFirewallTemplates({ regionId: region, pageNumber, pageSize: 50 })).body.FirewallTemplates ?? []);
    return templates
      .filter((t) => t.FirewallTemplateId && isMarked(marker, t.Name))
      .map((t) => ({ product: 'swas', kind: 'FirewallTemplate', id: t.FirewallTemplateId as string, name: t.Name, region }));
  },
  async remove({ swas }, f) {
    await swas.deleteFirewallTemplates({ regionId: f.region, firewallTemplateId: [f.id] });
  },
};

const swasCommands: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'Command',
  async list({ swas }, region, marker) {
    // Provider User: the account's own commands (AlibabaCloud lists the public ones).
    const commands = await allPages(50, async (pageNumber) => (await swas.describeCommands({ regionId: region, provider: 'User', pageNumber: String(pageNumber), pageSize: '50' })).body.Commands ?? []);
    return commands
      .filter((c) => c.CommandId && isMarked(marker, c.Name, tagsOf(c.Tags)))
      .map((c) => ({ product: 'swas', kind: 'Command', id: c.CommandId as string, name: c.Name, region }));
  },
  async remove({ swas }, f) {
    await swas.deleteCommand({ regionId: f.region, commandId: f.id });
  },
};

/** The key pair an instance was created with or given (CreateInstanceKeyPair): one per instance, deleted by instance. */
const swasInstanceKeyPairs: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'InstanceKeyPair',
  async list({ swas }, region, marker) {
    const found: Found[] = [];
    for (const instance of await listSwasInstances(swas, region)) {
      if (!instance.InstanceId) continue;
      let name: string | undefined;
      try {
        name = (await swas.describeInstanceKeyPair({ regionId: region, instanceId: instance.InstanceId })).body.KeyPairName;
      } catch (e) {
        if (isNotFound(e)) continue; // the instance has none
        throw e;
      }
      if (isMarked(marker, name)) found.push({ product: 'swas', kind: 'InstanceKeyPair', id: instance.InstanceId, name, region });
    }
    return found;
  },
  async remove({ swas }, f) {
    await swas.deleteInstanceKeyPair({ regionId: f.region, instanceId: f.id });
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
    // A test that stopped between AttachKeyPair and its detach leaves the pair bound (KeyPair.InUse):
    // detaching the suites' own key pair is what that test's cleanup would have done.
    const listed = (await swas.listKeyPairs({ regionId: f.region, keyPairName: f.id, pageSize: 100 })).body.KeyPairs ?? [];
    const instanceIds = listed.find((k) => k.KeyPairName === f.id)?.InstanceIds ?? [];
    if (instanceIds.length) await swas.detachKeyPair({ regionId: f.region, keyPairName: f.id, instanceIds });
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
    // A shared image cannot be deleted (CustomImageInShare): stop sharing it with ECS and with other
    // accounts first, as the test that shared it would have done. Read fresh, not from the listing:
    // the sharing may have changed since.
    const regionId = f.region;
    const sharedToEcs = (await allPages(100, async (pageNumber) => (await swas.listCustomImages({ regionId, share: true, pageNumber, pageSize: 100 })).body.CustomImages ?? []))
      .some((i) => i.ImageId === f.id);
    if (sharedToEcs) await swas.modifyImageShareStatus({ regionId, imageId: f.id, operation: 'UnShare' });
    const accounts = (await allPages(50, async (pageNumber) => (await swas.listCustomImageShareAccounts({ regionId, imageId: f.id, pageNumber, pageSize: 50 })).body.ImageShareUsers ?? []))
      .map((u) => u.UserId)
      .filter((id): id is number => typeof id === 'number');
    if (accounts.length) await swas.removeCustomImageShareAccount({ regionId, imageId: f.id, account: accounts });
    await swas.deleteCustomImage({ regionId, imageId: f.id });
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

/** Listed so a person sees it (the suites' @billing CreateInstances test leaves one behind), never deleted. */
const swasInstanceList: Sweeper<SweepContext> = {
  product: 'swas',
  kind: 'Instance',
  async list({ swas }, region, marker) {
    return (await listSwasInstances(swas, region))
      .filter((i) => i.InstanceId && isMarked(marker, i.InstanceName, tagsOf(i.Tags)))
      .map((i) => ({ product: 'swas', kind: 'Instance', id: i.InstanceId as string, name: i.InstanceName, region }));
  },
  cannotDelete: 'SWAS instances are subscriptions the API cannot release; it expires at the end of its period',
};

/**
 * The tag key that gives an ECS instance a role on a real account (testcases/support/ecs/instances.ts,
 * ECS_ROLE_TAG; not imported: that module needs the suites' Jest setup).
 */
const ECS_ROLE_TAG = 'cloudcase-role';

/**
 * ECS instances the suites created: RunInstances/CreateInstance name them with the prefix, pay as you
 * go. The marker tag alone is not enough: on a real account the team keeps instances tagged with it
 * for the suites to use (role shared or lifecycle), which must survive a sweep.
 */
const ecsInstances: Sweeper<SweepContext> = {
  product: 'ecs',
  kind: 'Instance',
  async list({ ecsIn }, region, marker) {
    const ecs = ecsIn(region);
    const instances = await allPages(100, async (pageNumber) => (await ecs.describeInstances({ regionId: region, pageNumber, pageSize: 100 })).body.Instances?.Instance ?? []);
    return instances
      .filter((i) => {
        const role = tagsOf(i.Tags?.Tag).find((t) => t.key === ECS_ROLE_TAG)?.value;
        return i.InstanceId && i.InstanceName?.startsWith(marker.namePrefix) && i.InstanceChargeType === 'PostPaid' && (role === undefined || role === 'owned');
      })
      .map((i) => ({ product: 'ecs', kind: 'Instance', id: i.InstanceId as string, name: i.InstanceName, region }));
  },
  async remove({ ecsIn }, f) {
    // Force: a test instance is usually Running; deletion protection still refuses (reported, left to a person).
    await ecsIn(f.region).deleteInstance({ instanceId: f.id, force: true });
  },
};

/** Every status, not only the default Available: an image a killed run left Creating is the suites' too. */
const ALL_IMAGE_STATUSES = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated';

const ecsImages: Sweeper<SweepContext> = {
  product: 'ecs',
  kind: 'Image',
  async list({ ecs }, region, marker) {
    const images = await allPages(100, async (pageNumber) =>
      (await ecs.describeImages({ regionId: region, imageOwnerAlias: 'self', status: ALL_IMAGE_STATUSES, pageNumber, pageSize: 100 })).body.Images?.Image ?? [],
    );
    return images
      .filter((i) => i.ImageId && isMarked(marker, i.ImageName, tagsOf(i.Tags?.Tag)))
      .map((i) => ({ product: 'ecs', kind: 'Image', id: i.ImageId as string, name: i.ImageName, region }));
  },
  async remove({ ecs }, f) {
    // No Force: an image still used by an instance that is not the suites' is reported, not pulled from under it.
    await ecs.deleteImage({ regionId: f.region, imageId: f.id });
  },
};

const ecsCommands: Sweeper<SweepContext> = {
  product: 'ecs',
  kind: 'Command',
  async list({ ecs }, region, marker) {
    const commands = await allPages(50, async (pageNumber) => (await ecs.describeCommands({ regionId: region, pageNumber, pageSize: 50 })).body.Commands?.Command ?? []);
    return commands
      .filter((c) => c.CommandId && isMarked(marker, c.Name, tagsOf(c.Tags?.Tag)))
      .map((c) => ({ product: 'ecs', kind: 'Command', id: c.CommandId as string, name: c.Name, region }));
  },
  async remove({ ecs }, f) {
    await ecs.deleteCommand({ regionId: f.region, commandId: f.id });
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
    // Still bound to an instance that is not the suites' (theirs were deleted above): detach first, as the test would have.
    const bound = (await ecs.describeInstances({ regionId: f.region, keyPairName: f.id, pageSize: 100 })).body.Instances?.Instance ?? [];
    const instanceIds = bound.map((i) => i.InstanceId).filter((id): id is string => !!id);
    if (instanceIds.length) await ecs.detachKeyPair({ regionId: f.region, keyPairName: f.id, instanceIds: JSON.stringify(instanceIds) });
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

/** RFS private modules carry no tags: the name alone marks them (rfsName in testcases/rfs/support.ts keeps the prefix). */
const rfsPrivateModules: Sweeper<SweepContext> = {
  product: 'rfs',
  kind: 'PrivateModule',
  async list({ rfs }, region, marker) {
    if (!rfs || region !== rfs.region) return [];
    const modules: Found[] = [];
    let nextMarker: string | undefined;
    for (let n = 0; n < MAX_PAGES; n++) {
      const page = (await rfs.api.listPrivateModules({ limit: 100, ...(nextMarker ? { marker: nextMarker } : {}) })).body;
      for (const m of page.modules) {
        if (isMarked(marker, m.module_name)) modules.push({ product: 'rfs', kind: 'PrivateModule', id: m.module_id, name: m.module_name, region });
      }
      nextMarker = page.page_info?.next_marker;
      if (!nextMarker) break;
    }
    return modules;
  },
  async remove({ rfs }, f) {
    // module_id guards against deleting a module someone re-created under the same name since the listing.
    await (rfs as NonNullable<SweepContext['rfs']>).api.deletePrivateModule({ moduleName: f.name as string, moduleId: f.id });
  },
};

export const SWEEPERS: readonly Sweeper<SweepContext>[] = [
  swasFirewallRules,
  swasFirewallTemplates,
  swasCommands,
  swasInstanceKeyPairs,
  swasKeyPairs,
  swasCustomImages,
  swasSnapshots,
  swasInstanceList,
  ecsInstances,
  ecsImages,
  ecsCommands,
  ecsKeyPairs,
  ecsSecurityGroups,
  rfsPrivateModules,
];
