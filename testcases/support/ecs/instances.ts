/**
 * ECS instances for the suites. `runEcsTestInstances` creates pay-as-you-go instances (paid on a real
 * account: only @billing tests, or the simulator, may call it), marked with the profile's name
 * prefix and tag and tracked for deletion. `acquireEcsTestInstance` gives a suite a Running instance:
 * against the simulator a fresh one of its own (free, and parallel test files must not share one),
 * against a real account the instance the team keeps tagged for tests — created only where the
 * profile allows @billing.
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

const acquired = new WeakMap<ResourceLedger, Promise<string>>();

/**
 * A Running instance this test file may use (see the file comment for where it comes from). One
 * per ledger: later calls with the same ledger get the same instance.
 */
export function acquireEcsTestInstance(resources: ResourceLedger): Promise<string> {
  let instance = acquired.get(resources);
  if (!instance) {
    instance = acquire(resources);
    acquired.set(resources, instance);
  }
  return instance;
}

async function acquire(resources: ResourceLedger): Promise<string> {
  const env = environment();
  if (env.simulator) return (await runEcsTestInstances(resources))[0];
  const tagged = await ecs().describeInstances({ tag: resourceTags(), status: 'Running', pageSize: 100 });
  const found = tagged.body.Instances?.Instance?.find((i) => i.InstanceId);
  if (found?.InstanceId) return found.InstanceId;
  if (env.tags.allowed.includes('billing')) return (await runEcsTestInstances(resources))[0];
  const { key, value } = env.resources.tag;
  throw new Error(
    `no Running ECS instance tagged ${key}=${value} in ${env.regionId} for account main, and ${env.file} does not allow @billing, ` +
      `so the suite may not create one: tag an instance for tests, or allow billing in the profile`,
  );
}
