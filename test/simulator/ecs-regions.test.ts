/**
 * ECS instance actions on an instance outside the simulator's first region (cn-hangzhou). Most of
 * them take no RegionId (the endpoint's region decides in the cloud; the simulator has one endpoint
 * for all regions), so the simulator finds the instance in whichever region of the account holds it
 * and acts in that region; an action given a RegionId acts in that region only.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { createClient } from '../../core/client';
import { EcsApi } from '../../apis';
import { $Ecs, callSdk, ecsClient, sdkFailure, type Signing } from './support/sdk';

let sim: SimulatorHandle;
beforeAll(async () => {
  sim = await startSimulator({ clockSpeed: 0 });
});
afterAll(() => sim.close());

const SH = 'cn-shanghai';
const settle = (): void => sim.clock.advance(60_000);
const failure = (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e);

describe.each(['v3', 'v1'] as const)('own client, %s signature', (signatureVersion: Signing) => {
  const api = (regionId: string): { ecs: EcsApi; close(): void } => {
    const c = createClient({ endpoint: sim.url, regionId, accessKeyId: 'local-ak', accessKeySecret: 'local-sk', signatureVersion, retry: false });
    return { ecs: new EcsApi(c), close: () => c.close() };
  };

  test('an instance created in cn-shanghai is started, stopped, rebooted, modified, described and deleted there', async () => {
    const sh = api(SH);
    try {
      const { ecs } = sh;
      const image = (await ecs.describeImages({ imageOwnerAlias: 'system' })).body.Images?.Image?.[0]?.ImageId as string;
      const id = (await ecs.createInstance({ imageId: image, instanceType: 'ecs.g7.large' })).body.InstanceId as string;
      settle();
      await ecs.startInstance({ instanceId: id });
      settle();
      await ecs.rebootInstance({ instanceId: id });
      settle();
      await ecs.modifyInstanceAttribute({ instanceId: id, instanceName: 'moved-east' });
      const attr = (await ecs.describeInstanceAttribute({ instanceId: id })).body;
      expect(attr).toMatchObject({ InstanceId: id, RegionId: SH, InstanceName: 'moved-east', Status: 'Running' });
      await ecs.stopInstance({ instanceId: id });
      settle();
      await ecs.deleteInstance({ instanceId: id });
      const left = (await ecs.describeInstances({ instanceIds: JSON.stringify([id]) })).body.Instances?.Instance ?? [];
      expect(left).toHaveLength(0);
    } finally {
      sh.close();
    }
  });

  test('an action given a RegionId acts in that region only: cn-hangzhou does not know a cn-shanghai instance', async () => {
    const sh = api(SH);
    const hz = api('cn-hangzhou');
    try {
      const image = (await sh.ecs.describeImages({ imageOwnerAlias: 'system' })).body.Images?.Image?.[0]?.ImageId as string;
      const id = (await sh.ecs.createInstance({ imageId: image, instanceType: 'ecs.g7.large' })).body.InstanceId as string;
      settle();
      expect(await failure(hz.ecs.stopInstances({ instanceId: [id] }))).toMatchObject({ code: 'InvalidInstanceId.NotFound', status: 404 });
      expect(await failure(hz.ecs.deleteInstances({ instanceId: [id], force: true }))).toMatchObject({ code: 'InvalidInstanceId.NotFound', status: 404 });
      await sh.ecs.deleteInstances({ instanceId: [id], force: true });
      expect((await sh.ecs.describeInstances({ instanceIds: JSON.stringify([id]) })).body.Instances?.Instance ?? []).toHaveLength(0);
    } finally {
      sh.close();
      hz.close();
    }
  });
});

test('the official SDK: Join/LeaveSecurityGroup without their optional RegionId find the group in the instance’s region', async () => {
  const c = ecsClient(sim.endpoint, { regionId: SH });
  const images = (await callSdk(c, $Ecs, 'DescribeImages', { RegionId: SH, ImageOwnerAlias: 'system' })).body.Images as { Image: Array<{ ImageId: string }> };
  const id = String((await callSdk(c, $Ecs, 'CreateInstance', { RegionId: SH, ImageId: images.Image[0].ImageId, InstanceType: 'ecs.g7.large' })).body.InstanceId);
  const group = String((await callSdk(c, $Ecs, 'CreateSecurityGroup', { RegionId: SH, SecurityGroupName: 'east-group' })).body.SecurityGroupId);
  const groups = async (): Promise<string[]> =>
    ((await callSdk(c, $Ecs, 'DescribeInstanceAttribute', { InstanceId: id })).body.SecurityGroupIds as { SecurityGroupId: string[] }).SecurityGroupId;
  await callSdk(c, $Ecs, 'JoinSecurityGroup', { SecurityGroupId: group, InstanceId: id });
  expect(await groups()).toContain(group);
  await callSdk(c, $Ecs, 'LeaveSecurityGroup', { SecurityGroupId: group, InstanceId: id });
  expect(await groups()).not.toContain(group);
  // a group of another region is still not found, whatever region the instance is in
  const other = String((await callSdk(c, $Ecs, 'CreateSecurityGroup', { RegionId: 'cn-hangzhou', SecurityGroupName: 'west-group' })).body.SecurityGroupId);
  expect(await sdkFailure(callSdk(c, $Ecs, 'JoinSecurityGroup', { SecurityGroupId: other, InstanceId: id }))).toMatchObject({ code: 'InvalidSecurityGroupId.NotFound', statusCode: 404 });
});

test('the official SDK: DeleteInstance (no RegionId parameter) deletes a cn-shanghai instance', async () => {
  const c = ecsClient(sim.endpoint, { regionId: SH });
  const images = (await callSdk(c, $Ecs, 'DescribeImages', { RegionId: SH, ImageOwnerAlias: 'system' })).body.Images as { Image: Array<{ ImageId: string }> };
  const id = String((await callSdk(c, $Ecs, 'CreateInstance', { RegionId: SH, ImageId: images.Image[0].ImageId, InstanceType: 'ecs.g7.large' })).body.InstanceId);
  settle();
  await callSdk(c, $Ecs, 'DeleteInstance', { InstanceId: id });
  const left = (await callSdk(c, $Ecs, 'DescribeInstances', { RegionId: SH, InstanceIds: JSON.stringify([id]) })).body.Instances as { Instance: unknown[] };
  expect(left.Instance).toHaveLength(0);
});
