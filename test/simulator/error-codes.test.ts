/**
 * The error codes and HTTP statuses the simulator answers where the API documentation names them
 * (simulator/ERROR-CODES.md), for the situations the SDK walk-throughs (swas-sdk, ecs-sdk) do not
 * reach: quotas, wrong states, malformed values a handler checks. Each case calls the official SDK.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { $Ecs, $Swas, callSdk, ecsClient, sdkFailure, swasClient } from './support/sdk';

const R = { RegionId: 'cn-hangzhou' };
type Row = Record<string, unknown>;

describe('SWAS', () => {
  let sim: SimulatorHandle;
  const call = (action: string, wire: Row) => callSdk(swasClient(sim.endpoint), $Swas, action, { ...R, ...wire });
  const fails = (action: string, wire: Row) => sdkFailure(call(action, wire));
  let web: string;
  let app: string;
  let stopped: string;

  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0 });
    [web, app, stopped] = ((await call('ListInstances', {})).body.Instances as Row[]).map((i) => String(i.InstanceId));
  });
  afterAll(() => sim.close());

  const systemDisk = async (instanceId: string): Promise<string> =>
    String(((await call('ListDisks', { InstanceId: instanceId, DiskType: 'System' })).body.Disks as Row[])[0].DiskId);

  test('firewall: a port that is no port, a duplicate rule, and one rule past the per-instance limit', async () => {
    expect(await fails('CreateFirewallRule', { InstanceId: app, Port: '70000', RuleProtocol: 'TCP' })).toMatchObject({ code: 'InvalidPort.ValueNotSupported', statusCode: 400 });
    await call('CreateFirewallRule', { InstanceId: app, Port: '7000', RuleProtocol: 'TCP' });
    expect(await fails('CreateFirewallRule', { InstanceId: app, Port: '7000', RuleProtocol: 'TCP' })).toMatchObject({ code: 'FirewallRuleAlreadyExist', statusCode: 403 });
    const have = ((await call('ListFirewallRules', { InstanceId: app, PageSize: 100 })).body.TotalCount as number);
    const rules = Array.from({ length: 50 - have + 1 }, (_, i) => ({ Port: String(20_000 + i), RuleProtocol: 'UDP' }));
    expect(await fails('CreateFirewallRules', { InstanceId: app, FirewallRules: rules })).toMatchObject({ code: 'FirewallRuleLimitExceed', statusCode: 403 });
    expect((await call('ListFirewallRules', { InstanceId: app, PageSize: 100 })).body.TotalCount).toBe(have);
  });

  test('snapshots: a malformed name, an instance in transition, and one past the per-instance limit', async () => {
    const disk = await systemDisk(app);
    expect(await fails('CreateSnapshot', { DiskId: disk, SnapshotName: 'http://snap' })).toMatchObject({ code: 'InvalidSnapshotName.ValueNotSupported', statusCode: 400 });
    for (let n = 0; n < 5; n++) await call('CreateSnapshot', { DiskId: disk, SnapshotName: `quota-${n}` });
    expect(await fails('CreateSnapshot', { DiskId: disk, SnapshotName: 'quota-5' })).toMatchObject({ code: 'SnapshotLimitExceed', statusCode: 403 });
    await call('StartInstance', { InstanceId: stopped });
    expect(await fails('CreateSnapshot', { DiskId: await systemDisk(stopped), SnapshotName: 'starting' })).toMatchObject({ code: 'IncorrectStatus', statusCode: 400 });
    sim.clock.advance(10_000);
  });

  test('disks: rolling back needs a Stopped instance', async () => {
    const disk = await systemDisk(web);
    const snapshot = String(((await call('ListSnapshots', { DiskId: disk })).body.Snapshots as Row[])[0].SnapshotId);
    expect(await fails('ResetDisk', { DiskId: disk, SnapshotId: snapshot })).toMatchObject({ code: 'IncorrectInstanceStatus.ResetDisk', statusCode: 403 });
  });

  test('custom images: a taken name, a malformed name, and a system snapshot that does not exist', async () => {
    const snapshot = String(((await call('ListSnapshots', { InstanceId: web })).body.Snapshots as Row[])[0].SnapshotId);
    expect(await fails('CreateCustomImage', { InstanceId: web, ImageName: 'seed-custom-image', SystemSnapshotId: snapshot })).toMatchObject({ code: 'ImageNameAlreadyExist', statusCode: 400 });
    expect(await fails('CreateCustomImage', { InstanceId: web, ImageName: 'http://image', SystemSnapshotId: snapshot })).toMatchObject({ code: 'InvalidParam.IllegalImageName', statusCode: 400 });
    expect(await fails('CreateCustomImage', { InstanceId: web, ImageName: 'no-such-snapshot', SystemSnapshotId: 's-doesnotexist0000000' })).toMatchObject({
      code: 'InvalidParam.SystemSnapshotIdNotFound',
      statusCode: 400,
    });
  });

  test('instances: passwords, names, plans and purchase parameters', async () => {
    expect(await fails('UpdateInstanceAttribute', { InstanceId: web, Password: 'password' })).toMatchObject({ code: 'InvalidPassword.ValueNotSupported', statusCode: 400 });
    expect(await fails('UpdateInstanceAttribute', { InstanceId: web, InstanceName: 'x' })).toMatchObject({ code: 'InvalidInstanceName.ValueNotSupported', statusCode: 400 });
    expect(await fails('ModifyInstanceVncPassword', { InstanceId: web, VncPassword: 'abc' })).toMatchObject({ code: 'InvalidPassword.ValueNotSupported', statusCode: 400 });
    const plans = (await call('ListPlans', {})).body.Plans as Row[];
    expect(await fails('UpgradeInstance', { InstanceId: web, PlanId: String(plans[0].PlanId) })).toMatchObject({ code: 'InvalidPlanIdUpgrade.ValueNotSupported', statusCode: 400 });
    const image = String(((await call('ListImages', { ImageType: 'system' })).body.Images as Row[])[0].ImageId);
    const order = { PlanId: String(plans[0].PlanId), ImageId: image, Period: 1 };
    expect(await fails('CreateInstances', { ...order, DataDiskSize: 30 })).toMatchObject({ code: 'InvalidDataDiskSize.ValueNotSupported', statusCode: 400 });
  });

  test('key pairs: detaching a pair that is not attached is reported per instance', async () => {
    const r = await call('DetachKeyPair', { KeyPairName: 'seed-keypair', InstanceIds: [app] });
    expect((r.body.Results as Row[])[0]).toMatchObject({ InstanceId: app, Code: 'InvalidParameter.KeypairNotAttachedInstance', Success: 'false' });
  });
});

describe('ECS', () => {
  let sim: SimulatorHandle;
  const call = (action: string, wire: Row) => callSdk(ecsClient(sim.endpoint), $Ecs, action, { ...R, ...wire });
  const fails = (action: string, wire: Row) => sdkFailure(call(action, wire));
  let web: string;
  let sg: string;
  let image: string;

  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0 });
    const instances = ((await call('DescribeInstances', {})).body.Instances as Row).Instance as Row[];
    web = String(instances[0].InstanceId);
    sg = String(((instances[0].SecurityGroupIds as Row).SecurityGroupId as string[])[0]);
    image = String((((await call('DescribeImages', { ImageOwnerAlias: 'self' })).body.Images as Row).Image as Row[])[0].ImageId);
  });
  afterAll(() => sim.close());

  test('security groups: rule values, and one rule past the per-group limit', async () => {
    const base = { SecurityGroupId: sg, IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
    expect(await fails('AuthorizeSecurityGroup', { ...base, SourceCidrIp: '10.0.0' })).toMatchObject({ code: 'InvalidSourceCidrIp.Malformed', statusCode: 400 });
    expect(await fails('AuthorizeSecurityGroup', { ...base, Priority: '101' })).toMatchObject({ code: 'InvalidPriority.Malformed', statusCode: 400 });
    expect(await fails('AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'TCP', SourceCidrIp: '10.0.0.0/8' })).toMatchObject({ code: 'InvalidPortRange.Malformed', statusCode: 400 });
    expect(await fails('AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'TCP', PortRange: '22/22' })).toMatchObject({ code: 'MissingParameter.Source', statusCode: 400 });
    const have = (((await call('DescribeSecurityGroupAttribute', { SecurityGroupId: sg })).body.Permissions as Row).Permission as Row[]).length;
    const permission = (n: number) => ({ IpProtocol: 'TCP', PortRange: `${10_000 + n}/${10_000 + n}`, SourceCidrIp: '10.0.0.0/8' });
    for (let n = have; n < 200; n += 50) await call('AuthorizeSecurityGroup', { SecurityGroupId: sg, Permissions: Array.from({ length: Math.min(50, 200 - n) }, (_, i) => permission(n + i)) });
    expect(await fails('AuthorizeSecurityGroup', { SecurityGroupId: sg, Permissions: [permission(500)] })).toMatchObject({ code: 'AuthorizationLimitExceed', statusCode: 403 });
  });

  test('instances: a dry run of a batch action answers DRYRUN.SUCCESS, of a single action DryRunOperation', async () => {
    expect(await fails('StopInstances', { InstanceId: [web], DryRun: true })).toMatchObject({ code: 'DRYRUN.SUCCESS', statusCode: 400 });
    const single = callSdk(ecsClient(sim.endpoint), $Ecs, 'StopInstance', { InstanceId: web, DryRun: true });
    expect(await sdkFailure(single)).toMatchObject({ code: 'DryRunOperation', statusCode: 400 });
  });

  test('security groups: a token this API never issued', async () => {
    expect(await fails('DescribeSecurityGroups', { MaxResults: 10, NextToken: 'not-a-token!' })).toMatchObject({ code: 'InValidParameter.NextToken', statusCode: 400 });
  });

  test('images: an image in use, and sharing with the own account or with too many accounts', async () => {
    const run = await call('RunInstances', { ImageId: image, InstanceType: 'ecs.g7.large', SecurityGroupId: sg });
    expect(((run.body.InstanceIdSets as Row).InstanceIdSet as string[])).toHaveLength(1);
    expect(await fails('DeleteImage', { ImageId: image })).toMatchObject({ code: 'ImageUsingByInstance', statusCode: 403 });
    expect(await fails('ModifyImageSharePermission', { ImageId: image, AddAccount: [sim.accountUid('local-ak')] })).toMatchObject({ code: 'InvalidAccount.Forbbiden', statusCode: 404 });
    const accounts = Array.from({ length: 11 }, (_, i) => sim.accountUid(`share-${i}`));
    await call('ModifyImageSharePermission', { ImageId: image, AddAccount: accounts.slice(0, 10) });
    expect(await fails('ModifyImageSharePermission', { ImageId: image, AddAccount: accounts.slice(10) })).toMatchObject({ code: 'QuotaExceed.ShareImageUser', statusCode: 403 });
  });

  test('tags: a 21st tag on a resource', async () => {
    const tags = Array.from({ length: 20 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await call('TagResources', { ResourceType: 'securitygroup', ResourceId: [sg], Tag: tags });
    expect(await fails('TagResources', { ResourceType: 'securitygroup', ResourceId: [sg], Tag: [{ Key: 'one-more', Value: 'v' }] })).toMatchObject({ code: 'QuotaExceed.Tags', statusCode: 403 });
  });

  test('key pairs: a malformed name, and an unknown pair to attach', async () => {
    expect(await fails('CreateKeyPair', { KeyPairName: '1-starts-with-a-digit' })).toMatchObject({ code: 'InvalidKeyPairName.Malformed', statusCode: 400 });
    expect(await fails('AttachKeyPair', { KeyPairName: 'no-such-key', InstanceIds: JSON.stringify([web]) })).toMatchObject({ code: 'InvalidKeyPairName.NotFound', statusCode: 400 });
  });

  test('cloud assistant: a command in use, and a token this API never issued', async () => {
    const cmd = String((await call('CreateCommand', { Name: 'busy', Type: 'RunShellScript', CommandContent: Buffer.from('sleep 30').toString('base64'), Timeout: 60 })).body.CommandId);
    await call('InvokeCommand', { CommandId: cmd, InstanceId: [web] });
    expect(await fails('DeleteCommand', { CommandId: cmd })).toMatchObject({ code: 'InvalidStatus.CmdIdInUse', statusCode: 403 });
    expect(await fails('DescribeInvocations', { MaxResults: 10, NextToken: 'not-a-token!' })).toMatchObject({ code: 'InvalidParameter.NextToken', statusCode: 400 });
  });
});
