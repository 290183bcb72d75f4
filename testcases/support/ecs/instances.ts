/**
 * ECS instances for the suites. `runEcsTestInstances` creates pay-as-you-go instances (paid on a real
 * account: only @billing tests, or the simulator, may call it), marked with the profile's name
 * prefix and tag and tracked for deletion. `acquireEcsTestInstance` gives a suite a Running instance:
 * against the simulator a fresh one of its own (free, and parallel test files must not share one),
 * against a real account one the team keeps tagged for tests (the marker tag; `cloudcase-role:
 * lifecycle` for the one whose status tests may change) — created only where the profile allows
 * @billing.
 */
import type { ResourceLedger } from '../../../core/ledger/resource-ledger';
import type { CreateInstanceModel, RunInstancesModel } from '../../../models/ecs';
import type { ApiParams } from '../../../apis/base';
import { ecs, type AccountName } from '../clients';
import { environment, testData } from '../environment';
import { resourceName, resourceTags } from '../names';
import { removeIgnoringNotFound } from './errors';
import { waitForEcsInstanceStatus } from './waiters';

/** A testData.ecs value the profile may leave out (a real account's vSwitch, say). */
export function optionalEcsData(key: string): string | undefined {
  return environment().testData?.ecs?.[key];
}

/** The RunInstances parameters of a test instance: the profile's image and type, no public IP, marked. */
export function testInstanceParams(overrides: Partial<ApiParams<RunInstancesModel>> = {}): ApiParams<RunInstancesModel> {
  return {
    imageId: testData('ecs', 'imageId'),
    instanceType: testData('ecs', 'instanceType'),
    securityGroupId: optionalEcsData('securityGroupId'),
    vSwitchId: optionalEcsData('vSwitchId'),
    instanceChargeType: 'PostPaid',
    internetMaxBandwidthOut: 0,
    instanceName: resourceName('ecs'),
    description: 'cloudcase test instance',
    tag: resourceTags(),
    ...overrides,
  };
}

/** The same test instance as CreateInstance parameters (one instance, created Stopped). */
export function testCreateInstanceParams(overrides: Partial<ApiParams<CreateInstanceModel>> = {}): ApiParams<CreateInstanceModel> {
  return {
    imageId: testData('ecs', 'imageId'),
    instanceType: testData('ecs', 'instanceType'),
    securityGroupId: optionalEcsData('securityGroupId'),
    vSwitchId: optionalEcsData('vSwitchId'),
    instanceChargeType: 'PostPaid',
    internetMaxBandwidthOut: 0,
    instanceName: resourceName('ecs'),
    description: 'cloudcase test instance',
    tag: resourceTags(),
    ...overrides,
  };
}

/** Deletes an instance whatever its state (Force), treating "already gone" as done. */
export function removeEcsInstance(instanceId: string, account?: AccountName): Promise<void> {
  return removeIgnoringNotFound(() => ecs(account).deleteInstance({ instanceId, force: true }));
}

/** RunInstances, each new instance tracked right away; resolves when all are Running. */
export async function runEcsTestInstances(
  resources: ResourceLedger,
  overrides: Partial<ApiParams<RunInstancesModel>> = {},
  account?: AccountName,
): Promise<string[]> {
  const r = await ecs(account).runInstances(testInstanceParams(overrides));
  const ids = r.body.InstanceIdSets?.InstanceIdSet ?? [];
  for (const id of ids) resources.track({ product: 'ecs', kind: 'Instance', id, remove: () => removeEcsInstance(id, account) });
  if (ids.length === 0) throw new Error(`RunInstances answered without instance ids: ${JSON.stringify(r.body)}`);
  await Promise.all(ids.map((id) => waitForEcsInstanceStatus(id, 'Running', { account })));
  return ids;
}

/**
 * What a test file does with its instance. `shared`: calls that leave its status alone (commands,
 * key pairs, security groups, images), so parallel files may share it. `lifecycle`: stop, start,
 * reboot — only one file (instances.test.ts) takes it, and returns it Running. (An instance a file
 * had to create itself is tagged `owned` and never lent to another file.)
 */
export type EcsInstanceRole = 'shared' | 'lifecycle';

/** On a real account, the tag that gives an instance a role (with the profile's marker tag). */
export const ECS_ROLE_TAG = 'cloudcase-role';

const acquired = new WeakMap<ResourceLedger, Map<EcsInstanceRole, Promise<string>>>();

/**
 * A Running instance this test file may use (see the file comment for where it comes from). One
 * per ledger and role: later calls with the same ledger get the same instance. Against the
 * simulator every file gets an instance of its own whatever the role.
 */
export function acquireEcsTestInstance(resources: ResourceLedger, role: EcsInstanceRole = 'shared'): Promise<string> {
  let byRole = acquired.get(resources);
  if (!byRole) acquired.set(resources, (byRole = new Map()));
  const key = environment().simulator ? 'shared' : role;
  let instance = byRole.get(key);
  if (!instance) {
    instance = acquire(resources, role);
    byRole.set(key, instance);
  }
  return instance;
}

async function acquire(resources: ResourceLedger, role: EcsInstanceRole): Promise<string> {
  const env = environment();
  if (env.simulator) return (await runEcsTestInstances(resources))[0];
  const marked = await ecs().describeInstances({ tag: resourceTags(), pageSize: 100 });
  const roleOf = (i: { Tags?: { Tag?: { TagKey?: string; TagValue?: string }[] } }): string | undefined =>
    i.Tags?.Tag?.find((t) => t.TagKey === ECS_ROLE_TAG)?.TagValue;
  const candidates = (marked.body.Instances?.Instance ?? []).filter((i) =>
    role === 'lifecycle' ? roleOf(i) === 'lifecycle' : (roleOf(i) === undefined || roleOf(i) === 'shared') && i.Status === 'Running',
  );
  const found = candidates.find((i) => roleOf(i) === role) ?? candidates[0];
  if (found?.InstanceId) {
    if (role === 'lifecycle') await bringToRunning(found.InstanceId);
    return found.InstanceId;
  }
  if (env.tags.allowed.includes('billing')) {
    // Role `owned`: this file deletes it at its end, so no other file may pick it up meanwhile.
    return (await runEcsTestInstances(resources, { tag: [...resourceTags(), { key: ECS_ROLE_TAG, value: 'owned' }] }))[0];
  }
  const { key, value } = env.resources.tag;
  const what = role === 'lifecycle' ? `an ECS instance tagged ${key}=${value} and ${ECS_ROLE_TAG}=lifecycle` : `a Running ECS instance tagged ${key}=${value}`;
  throw new Error(
    `no ${what} in ${env.regionId} for account main, and ${env.file} does not allow @billing, ` +
      `so the suite may not create one: tag an instance for tests, or allow billing in the profile`,
  );
}

/** The lifecycle instance may have been left Stopped (or mid-transition) by an earlier run. */
async function bringToRunning(instanceId: string): Promise<void> {
  const status = (await ecs().describeInstanceAttribute({ instanceId })).body.Status;
  if (status === 'Running') return;
  if (status === 'Stopping') await waitForEcsInstanceStatus(instanceId, 'Stopped');
  if (status === 'Stopping' || status === 'Stopped') await ecs().startInstance({ instanceId });
  await waitForEcsInstanceStatus(instanceId, 'Running');
}
