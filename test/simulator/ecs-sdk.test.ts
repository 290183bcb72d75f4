/**
 * Every simulated ECS action through the unmodified official ECS SDK, in both signing modes:
 * each succeeds with a body the SDK parses (ECS wrapper shapes, no field unknown to the SDK,
 * types as the generated response schema says) or fails with its documented code.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { ECS_IMPLEMENTED } from '../../simulator/products/ecs';
import { $Ecs, AnswerLog, callSdk, ecsClient, sdkFailure, unknownFields, type Signing } from './support/sdk';
import type EcsClient from '@alicloud/ecs20140526';
import { checkContract } from '../../models/response-schema';
import { ecsResponseSchemas } from '../../models/ecs';

type Ctx = Record<string, string>;
type Wire = Record<string, unknown>;

interface Step {
  action: string;
  params: (ctx: Ctx) => Wire;
  fails?: string;
  /** The documented HTTP status of that failure (simulator/ERROR-CODES.md); checked when given. */
  status?: number;
  check?: (body: Wire, ctx: Ctx) => void;
  advance?: number;
}

const R = { RegionId: 'cn-hangzhou' };
const list = (body: Wire, outer: string, inner: string): Wire[] => (body[outer] as Wire)[inner] as Wire[];
const b64 = (s: string): string => Buffer.from(s).toString('base64');

const STEPS: Step[] = [
  { action: 'DescribeRegions', params: () => ({}), check: (b) => expect(list(b, 'Regions', 'Region').map((r) => r.RegionId)).toContain('cn-hangzhou') },
  { action: 'DescribeZones', params: () => R, check: (b, c) => { c.zone = String(list(b, 'Zones', 'Zone')[0].ZoneId); } },
  {
    action: 'DescribeInstances', params: () => ({ ...R, PageSize: 10 }),
    check: (b, c) => {
      const items = list(b, 'Instances', 'Instance');
      expect(b.TotalCount).toBe(3);
      [c.i1, c.i2, c.i3] = items.map((i) => String(i.InstanceId));
      expect(items.map((i) => i.Status)).toEqual(['Running', 'Running', 'Stopped']);
      c.sg = String(((items[0].SecurityGroupIds as Wire).SecurityGroupId as string[])[0]);
      c.vsw = String((items[0].VpcAttributes as Wire).VSwitchId);
      expect(c.i1).toMatch(/^i-bp1[a-z0-9]{17}$/);
    },
  },
  { action: 'DescribeInstances', params: () => ({ ...R, InstanceName: 'ecs-*-0?', Status: 'Stopped' }), check: (b) => expect(b.TotalCount).toBe(0) },
  { action: 'DescribeInstances', params: () => ({ ...R, InstanceName: 'ecs-stopped*', MaxResults: 1 }), check: (b) => expect(list(b, 'Instances', 'Instance')).toHaveLength(1) },
  { action: 'DescribeInstanceStatus', params: (c) => ({ ...R, InstanceId: [c.i1, c.i3] }), check: (b) => expect(list(b, 'InstanceStatuses', 'InstanceStatus').map((s) => s.Status)).toEqual(['Running', 'Stopped']) },
  { action: 'DescribeInstanceAttribute', params: (c) => ({ InstanceId: c.i1 }), check: (b) => expect(b.Status).toBe('Running') },
  { action: 'DescribeImages', params: () => ({ ...R, ImageOwnerAlias: 'system', OSType: 'linux', PageSize: 3 }), check: (b, c) => { expect(b.TotalCount).toBe(7); c.image = String(list(b, 'Images', 'Image')[0].ImageId); } },
  { action: 'DescribeImages', params: () => ({ ...R, ImageOwnerAlias: 'self' }), check: (b) => expect(b.TotalCount).toBe(1) },
  { action: 'DescribeSecurityGroups', params: () => R, check: (b) => expect(b.TotalCount).toBe(1) },
  { action: 'DescribeKeyPairs', params: () => ({ ...R, KeyPairName: 'seed-*' }), check: (b) => expect(b.TotalCount).toBe(1) },
  { action: 'DescribeCommands', params: () => R, check: (b) => expect(b.TotalCount).toBe(1) },
  // instances
  { action: 'StartInstance', params: (c) => ({ InstanceId: c.i1 }), fails: 'IncorrectInstanceStatus' },
  { action: 'StartInstance', params: () => ({ InstanceId: 'i-bp1doesnotexist00000' }), fails: 'InvalidInstanceId.NotFound' },
  { action: 'StopInstance', params: (c) => ({ InstanceId: c.i2, DryRun: true }), fails: 'DryRunOperation' },
  { action: 'StopInstance', params: (c) => ({ InstanceId: c.i2 }), advance: 5_000 },
  { action: 'StartInstance', params: (c) => ({ InstanceId: c.i2 }), advance: 5_000 },
  { action: 'RebootInstance', params: (c) => ({ InstanceId: c.i2, ForceStop: false }), advance: 5_000 },
  { action: 'StopInstances', params: (c) => ({ ...R, InstanceId: [c.i2] }), check: (b) => expect(list(b, 'InstanceResponses', 'InstanceResponse')[0].CurrentStatus).toBe('Stopping'), advance: 5_000 },
  { action: 'StartInstances', params: (c) => ({ ...R, InstanceId: [c.i2, c.i1], BatchOptimization: 'SuccessFirst' }), check: (b) => expect(list(b, 'InstanceResponses', 'InstanceResponse').map((r) => r.Code)).toEqual(['200', 'IncorrectInstanceStatus']), advance: 5_000 },
  { action: 'RebootInstances', params: (c) => ({ ...R, InstanceId: [c.i1, c.i2] }), advance: 5_000 },
  { action: 'ModifyInstanceAttribute', params: (c) => ({ InstanceId: c.i1, InstanceName: 'ecs-web-renamed', Description: 'web', Password: 'Str0ng!Pass', DeletionProtection: true }) },
  { action: 'DescribeInstanceAttribute', params: (c) => ({ InstanceId: c.i1 }), check: (b) => expect(b.InstanceName).toBe('ecs-web-renamed') },
  { action: 'RunInstances', params: (c) => ({ ...R, ImageId: c.image, InstanceType: 'ecs.g7.large', SecurityGroupId: c.sg, VSwitchId: c.vsw, Amount: 2, InstanceName: 'ecs-run', Tag: [{ Key: 'app', Value: 'sim' }] }), check: (b, c) => { const ids = (b.InstanceIdSets as Wire).InstanceIdSet as string[]; expect(ids).toHaveLength(2); [c.r1, c.r2] = ids; }, advance: 6_000 },
  { action: 'RunInstances', params: (c) => ({ ...R, ImageId: c.image, InstanceType: 'ecs.nope.large' }), fails: 'InvalidInstanceType.ValueNotSupported' },
  { action: 'CreateInstance', params: (c) => ({ ...R, ImageId: c.image, InstanceType: 'ecs.t6-c1m1.large', SecurityGroupId: c.sg, ZoneId: c.zone }), check: (b, c) => { c.created = String(b.InstanceId); }, advance: 6_000 },
  { action: 'DescribeInstanceStatus', params: (c) => ({ ...R, InstanceId: [c.r1, c.r2, c.created] }), check: (b) => expect(list(b, 'InstanceStatuses', 'InstanceStatus').map((s) => s.Status)).toEqual(['Running', 'Running', 'Stopped']) },
  { action: 'DeleteInstance', params: (c) => ({ InstanceId: c.r1 }), fails: 'IncorrectInstanceStatus' },
  { action: 'DeleteInstance', params: (c) => ({ InstanceId: c.r1, Force: true }) },
  { action: 'DeleteInstances', params: (c) => ({ ...R, InstanceId: [c.created] }) },
  { action: 'DeleteInstance', params: (c) => ({ InstanceId: c.i1, Force: true }), fails: 'InvalidOperation.DeletionProtection', status: 403 },
  // images
  { action: 'CreateImage', params: (c) => ({ ...R, InstanceId: c.i1, ImageName: 'sdk-ecs-image', Description: 'from sdk' }), check: (b, c) => { c.myImage = String(b.ImageId); } },
  { action: 'DescribeImages', params: (c) => ({ ...R, ImageId: c.myImage, Status: 'Creating,Available' }), check: (b) => expect(list(b, 'Images', 'Image')[0].Status).toBe('Creating'), advance: 11_000 },
  { action: 'ModifyImageAttribute', params: (c) => ({ ...R, ImageId: c.myImage, ImageName: 'sdk-ecs-image-2' }) },
  { action: 'ModifyImageSharePermission', params: (c) => ({ ...R, ImageId: c.myImage, AddAccount: [c.otherUid] }) },
  { action: 'DescribeImageSharePermission', params: (c) => ({ ...R, ImageId: c.myImage }), check: (b, c) => expect(list(b, 'Accounts', 'Account')[0].AliyunId).toBe(c.otherUid) },
  { action: 'DeleteImage', params: (c) => ({ ...R, ImageId: c.myImage }), fails: 'ImageUseShared', status: 403 },
  { action: 'ModifyImageSharePermission', params: (c) => ({ ...R, ImageId: c.myImage, RemoveAccount: [c.otherUid] }) },
  { action: 'DeleteImage', params: (c) => ({ ...R, ImageId: c.myImage }) },
  // security groups
  { action: 'CreateSecurityGroup', params: () => ({ ...R, SecurityGroupName: 'sdk-sg', Description: 'sdk', Tag: [{ Key: 'k', Value: 'v' }] }), check: (b, c) => { c.sg2 = String(b.SecurityGroupId); } },
  { action: 'AuthorizeSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, IpProtocol: 'tcp', PortRange: '80/80', SourceCidrIp: '0.0.0.0/0', Priority: '1' }) },
  { action: 'AuthorizeSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, Permissions: [{ IpProtocol: 'TCP', PortRange: '80/80', SourceCidrIp: '0.0.0.0/0', Priority: '1' }] }), fails: 'InvalidPermission.Duplicate', status: 400 },
  { action: 'AuthorizeSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, Permissions: [{ IpProtocol: 'UDP', PortRange: '53/53', SourceCidrIp: '10.0.0.0/8', Policy: 'drop' }] }) },
  { action: 'AuthorizeSecurityGroupEgress', params: (c) => ({ ...R, SecurityGroupId: c.sg2, IpProtocol: 'ALL', PortRange: '-1/-1', DestCidrIp: '0.0.0.0/0' }) },
  { action: 'DescribeSecurityGroupAttribute', params: (c) => ({ ...R, SecurityGroupId: c.sg2, Direction: 'ingress' }), check: (b, c) => { const p = list(b, 'Permissions', 'Permission'); expect(p).toHaveLength(2); c.rule = String(p[1].SecurityGroupRuleId); } },
  { action: 'RevokeSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, SecurityGroupRuleId: [c.rule] }) },
  { action: 'RevokeSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, SecurityGroupRuleId: [c.rule] }), fails: 'InvalidParam.SecurityGroupRuleId', status: 400 },
  { action: 'RevokeSecurityGroupEgress', params: (c) => ({ ...R, SecurityGroupId: c.sg2, SecurityGroupRuleId: ['sgr-bp1doesnotexist000'] }), fails: 'InvalidSecurityGroupRule.RuleNotExist', status: 400 },
  { action: 'RevokeSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, IpProtocol: 'TCP', PortRange: '80/80', SourceCidrIp: '0.0.0.0/0', Priority: '1' }) },
  { action: 'RevokeSecurityGroupEgress', params: (c) => ({ ...R, SecurityGroupId: c.sg2, IpProtocol: 'ALL', PortRange: '-1/-1', DestCidrIp: '0.0.0.0/0' }) },
  { action: 'DescribeSecurityGroupAttribute', params: (c) => ({ ...R, SecurityGroupId: c.sg2 }), check: (b) => expect(list(b, 'Permissions', 'Permission')).toHaveLength(0) },
  { action: 'ModifySecurityGroupAttribute', params: (c) => ({ ...R, SecurityGroupId: c.sg2, SecurityGroupName: 'sdk-sg-2' }) },
  { action: 'JoinSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, InstanceId: c.i2 }) },
  { action: 'JoinSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, InstanceId: c.i2 }), fails: 'InvalidInstanceId.AlreadyExists', status: 403 },
  { action: 'DeleteSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2 }), fails: 'DependencyViolation', status: 403 },
  { action: 'LeaveSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, InstanceId: c.i2 }) },
  { action: 'LeaveSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2, InstanceId: c.i2 }), fails: 'InvalidSecurityGroupAssociation.NotFound', status: 400 },
  { action: 'DeleteSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2 }) },
  { action: 'DeleteSecurityGroup', params: (c) => ({ ...R, SecurityGroupId: c.sg2 }), fails: 'InvalidSecurityGroup.NotFound', status: 404 },
  { action: 'DescribeSecurityGroups', params: (c) => ({ ...R, SecurityGroupId: c.sg2 }), check: (b) => expect(b.TotalCount).toBe(0) },
  // cloud assistant
  { action: 'CreateCommand', params: () => ({ ...R, Name: 'sdk-cmd', Type: 'RunShellScript', CommandContent: b64('echo {{who}}'), EnableParameter: true, Timeout: 60 }), check: (b, c) => { c.cmd = String(b.CommandId); } },
  { action: 'CreateCommand', params: () => ({ ...R, Name: 'bad', Type: 'RunShellScript', CommandContent: 'not base64!' }), fails: 'CmdContent.DecodeError', status: 400 },
  { action: 'ModifyCommand', params: (c) => ({ ...R, CommandId: c.cmd, Description: 'greets', Timeout: 120 }) },
  { action: 'InvokeCommand', params: (c) => ({ ...R, CommandId: c.cmd, InstanceId: [c.i1, c.i2], Parameters: { who: 'world' } }), check: (b, c) => { c.inv1 = String(b.InvokeId); } },
  { action: 'RunCommand', params: (c) => ({ ...R, InstanceId: [c.i1], Type: 'RunShellScript', CommandContent: 'sleep 30 && echo late', Timeout: 60, KeepCommand: false }), check: (b, c) => { c.inv2 = String(b.InvokeId); } },
  // a Stopped instance: the call succeeds, the command is never delivered
  { action: 'RunCommand', params: (c) => ({ ...R, InstanceId: [c.i3], Type: 'RunShellScript', CommandContent: 'ls' }), check: (b, c) => { c.inv3 = String(b.InvokeId); } },
  {
    action: 'DescribeInvocationResults', params: (c) => ({ ...R, InvokeId: c.inv3 }),
    check: (b) => expect((((b.Invocation as Wire).InvocationResults as Wire).InvocationResult as Wire[])[0]).toMatchObject({ InvocationStatus: 'Aborted', ErrorCode: 'InstanceNotRunning', InvokeRecordStatus: 'Failed' }),
  },
  { action: 'StopInvocation', params: (c) => ({ ...R, InvokeId: c.inv2, InstanceId: [c.i1] }), advance: 2_000 },
  { action: 'DescribeInvocations', params: (c) => ({ ...R, InvokeId: c.inv1, IncludeOutput: true, ContentEncoding: 'PlainText' }), check: (b) => { const inv = list(b, 'Invocations', 'Invocation')[0]; expect(inv.InvocationStatus).toBe('Success'); expect(inv.CommandContent).toBe('echo {{who}}'); } },
  {
    action: 'DescribeInvocationResults', params: (c) => ({ ...R, InvokeId: c.inv1 }),
    check: (b) => {
      const results = ((b.Invocation as Wire).InvocationResults as Wire).InvocationResult as Wire[];
      expect(results).toHaveLength(2);
      expect(Buffer.from(String(results[0].Output), 'base64').toString()).toBe('world\n');
      expect(results[0].InvokeRecordStatus).toBe('Finished');
    },
  },
  { action: 'DescribeInvocationResults', params: (c) => ({ ...R, InvokeId: c.inv2 }), check: (b) => expect((((b.Invocation as Wire).InvocationResults as Wire).InvocationResult as Wire[])[0].InvocationStatus).toBe('Stopped') },
  { action: 'DescribeCloudAssistantStatus', params: (c) => ({ ...R, InstanceId: [c.i1, c.i3] }), check: (b) => expect(list(b, 'InstanceCloudAssistantStatusSet', 'InstanceCloudAssistantStatus').map((s) => s.CloudAssistantStatus)).toEqual(['true', 'false']) },
  { action: 'DeleteCommand', params: (c) => ({ ...R, CommandId: c.cmd }) },
  { action: 'ModifyCommand', params: (c) => ({ ...R, CommandId: c.cmd, Description: 'gone' }), fails: 'InvalidCmdId.NotFound', status: 404 },
  { action: 'DescribeCommands', params: (c) => ({ ...R, CommandId: c.cmd }), check: (b) => expect(b.TotalCount).toBe(0) },
  // key pairs
  { action: 'CreateKeyPair', params: () => ({ ...R, KeyPairName: 'sdk-ecs-key' }), check: (b) => expect(String(b.PrivateKeyBody)).toContain('PRIVATE KEY') },
  { action: 'ImportKeyPair', params: () => ({ ...R, KeyPairName: 'sdk-imported', PublicKeyBody: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDsimulatedkeymaterial0000000000' }) },
  { action: 'AttachKeyPair', params: (c) => ({ ...R, KeyPairName: 'sdk-ecs-key', InstanceIds: JSON.stringify([c.i2, 'i-bp1doesnotexist00000']) }), check: (b) => { expect(b.TotalCount).toBe('2'); expect(b.FailCount).toBe('1'); } },
  { action: 'DeleteKeyPairs', params: () => ({ ...R, KeyPairNames: JSON.stringify(['sdk-ecs-key']) }), fails: 'InvalidParameter.KeypairAlreadyAttachedInstance', status: 400 },
  { action: 'DetachKeyPair', params: (c) => ({ ...R, KeyPairName: 'sdk-ecs-key', InstanceIds: JSON.stringify([c.i2]) }), check: (b) => expect(b.FailCount).toBe('0') },
  { action: 'DeleteKeyPairs', params: () => ({ ...R, KeyPairNames: JSON.stringify(['sdk-ecs-key', 'sdk-imported']) }) },
  { action: 'DescribeKeyPairs', params: () => ({ ...R, KeyPairName: 'sdk-*' }), check: (b) => expect(b.TotalCount).toBe(0) },
  // tags
  { action: 'TagResources', params: (c) => ({ ...R, ResourceType: 'instance', ResourceId: [c.i1, c.i2], Tag: [{ Key: 'team', Value: 'qa' }] }) },
  { action: 'ListTagResources', params: (c) => ({ ...R, ResourceType: 'instance', ResourceId: [c.i1, c.i2] }), check: (b) => expect(list(b, 'TagResources', 'TagResource').filter((t) => t.TagKey === 'team')).toHaveLength(2) },
  { action: 'DescribeInstances', params: () => ({ ...R, Tag: [{ Key: 'team', Value: 'qa' }] }), check: (b) => expect(b.TotalCount).toBe(2) },
  { action: 'UntagResources', params: (c) => ({ ...R, ResourceType: 'instance', ResourceId: [c.i1, c.i2], TagKey: ['team'] }) },
  { action: 'DescribeInstances', params: () => ({ ...R, Tag: [{ Key: 'team', Value: 'qa' }] }), check: (b) => expect(b.TotalCount).toBe(0) },
];

describe.each<Signing>(['v3', 'v1'])('every simulated ECS action through the official SDK (%s signature)', (signing) => {
  let sim: SimulatorHandle;
  let client: EcsClient;
  const log = new AnswerLog();
  const ctx: Ctx = {};
  const called = new Set<string>();

  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0, observe: log.observe });
    client = ecsClient(sim.endpoint, { signing });
    ctx.otherUid = sim.accountUid('second-account');
  });
  afterAll(() => sim.close());

  STEPS.forEach((step, n) => {
    test(`${n + 1}. ${step.action}${step.fails ? ` fails with ${step.fails}` : ''}`, async () => {
      called.add(step.action);
      const call = callSdk(client, $Ecs, step.action, step.params(ctx));
      if (step.fails) {
        const err = await sdkFailure(call);
        expect(err.code).toBe(step.fails);
        if (step.status !== undefined) expect(err.statusCode).toBe(step.status);
      } else {
        const res = await call;
        const raw = log.last();
        expect(raw?.action).toBe(`ecs:${step.action}`);
        expect(unknownFields(raw!.body, res.body)).toEqual([]);
        expect(checkContract(ecsResponseSchemas[step.action], raw!.body).errors).toEqual([]);
        step.check?.(res.body, ctx);
      }
      if (step.advance) sim.clock.advance(step.advance);
    });
  });

  test(`covers all ${ECS_IMPLEMENTED.length} simulated ECS actions (at least 40)`, () => {
    expect(ECS_IMPLEMENTED.length).toBeGreaterThanOrEqual(40);
    expect(ECS_IMPLEMENTED.filter((a) => !called.has(a))).toEqual([]);
  });
});
