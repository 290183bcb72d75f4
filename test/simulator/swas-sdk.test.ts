/**
 * Every SWAS action, called through the unmodified official SDK in both signing modes against a
 * fresh simulator: each call succeeds (and the SDK parses the answer, which carries no field the
 * SDK's response model lacks) or fails with its documented code. The steps run in order and share
 * what earlier steps created; the clock is frozen and stepped, so transitions are deterministic.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { SWAS_ACTIONS } from '../../simulator/products/swas/actions';
import { $Swas, AnswerLog, callSdk, sdkFailure, swasClient, unknownFields, type Signing } from './support/sdk';
import type SwasClient from '@alicloud/swas-open20200601';
import { checkContract } from '../../models/response-schema';
import { swasResponseSchemas } from '../../models/swas';

type Ctx = Record<string, string>;
type Wire = Record<string, unknown>;

interface Step {
  action: string;
  params: (ctx: Ctx) => Wire;
  /** A documented error code the call must fail with; omitted = must succeed. */
  fails?: string;
  /** The documented HTTP status of that failure (simulator/ERROR-CODES.md); checked when given. */
  status?: number;
  check?: (body: Wire, ctx: Ctx) => void;
  /** Simulated ms to step the clock after the call. */
  advance?: number;
}

const R = { RegionId: 'cn-hangzhou' };
const rows = (body: Wire, key: string): Wire[] => body[key] as Wire[];
const hour = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const STEPS: Step[] = [
  { action: 'ListRegions', params: () => ({ AcceptLanguage: 'en-US' }), check: (b) => expect(rows(b, 'Regions').map((r) => r.RegionId)).toContain('cn-hangzhou') },
  { action: 'ListPlans', params: () => R, check: (b, c) => { c.bigPlan = String(rows(b, 'Plans').at(-1)!.PlanId); } },
  { action: 'ListImages', params: () => ({ ...R, ImageType: 'system' }), check: (b, c) => { c.systemImage = String(rows(b, 'Images')[0].ImageId); } },
  {
    action: 'ListInstances', params: () => ({ ...R, PageSize: 10 }),
    check: (b, c) => {
      const list = rows(b, 'Instances');
      expect(b.TotalCount).toBe(3);
      [c.i1, c.i2, c.i3] = list.map((i) => String(i.InstanceId));
      expect(list.map((i) => i.Status)).toEqual(['Running', 'Running', 'Stopped']);
    },
  },
  { action: 'ListInstanceStatus', params: (c) => ({ ...R, InstanceIds: JSON.stringify([c.i1, c.i3]) }), check: (b) => expect(rows(b, 'InstanceStatuses').map((s) => s.Status)).toEqual(['Running', 'Stopped']) },
  { action: 'ListInstancePlansModification', params: (c) => ({ ...R, InstanceId: c.i2 }), check: (b) => expect(rows(b, 'Plans').length).toBeGreaterThan(0) },
  { action: 'ListInstancesTrafficPackages', params: (c) => ({ ...R, InstanceIds: JSON.stringify([c.i1]) }), check: (b) => expect(rows(b, 'InstanceTrafficPackageUsages')[0].InstanceId).toBeDefined() },
  {
    action: 'ListDisks', params: (c) => ({ ...R, InstanceId: c.i1 }),
    check: (b, c) => {
      const disks = rows(b, 'Disks');
      c.sysDisk = String(disks.find((d) => d.DiskType === 'System')!.DiskId);
      expect(disks.some((d) => d.DiskType === 'Data')).toBe(true);
    },
  },
  { action: 'ListDisks', params: (c) => ({ ...R, InstanceId: c.i3, DiskType: 'System' }), check: (b, c) => { c.sysDisk3 = String(rows(b, 'Disks')[0].DiskId); } },
  { action: 'ListSnapshots', params: () => R, check: (b) => expect(b.TotalCount).toBe(1) },
  { action: 'ListCustomImages', params: () => R, check: (b) => expect(b.TotalCount).toBe('1') },
  { action: 'ListFirewallRules', params: (c) => ({ ...R, InstanceId: c.i1 }), check: (b) => expect(rows(b, 'FirewallRules').map((r) => r.Port)).toContain('22') },
  { action: 'DescribeFirewallTemplates', params: () => R, check: (b) => expect(b.TotalCount).toBe(1) },
  { action: 'ListKeyPairs', params: () => R, check: (b) => expect(rows(b, 'KeyPairs')[0].KeyPairName).toBe('seed-keypair') },
  { action: 'DescribeCommands', params: () => ({ ...R, Provider: 'User' }), check: (b) => expect(b.TotalCount).toBe(1) },
  { action: 'DescribeDatabaseInstances', params: () => R, check: (b, c) => { c.db = String(rows(b, 'DatabaseInstances')[0].DatabaseInstanceId); } },
  // instances: state rules and transitions
  { action: 'StartInstance', params: (c) => ({ ...R, InstanceId: c.i1 }), fails: 'IncorrectInstanceStatus' },
  { action: 'StartInstance', params: () => ({ ...R, InstanceId: 'ffffffffffffffffffffffffffffffff' }), fails: 'InvalidInstanceId.NotFound' },
  { action: 'StopInstance', params: (c) => ({ ...R, InstanceId: c.i1 }), advance: 5_000 },
  { action: 'StartInstance', params: (c) => ({ ...R, InstanceId: c.i1 }), advance: 5_000 },
  { action: 'RebootInstance', params: (c) => ({ ...R, InstanceId: c.i1 }), advance: 5_000 },
  { action: 'StopInstances', params: (c) => ({ ...R, InstanceIds: JSON.stringify([c.i2]), ForceStop: false }), advance: 5_000 },
  { action: 'StartInstances', params: (c) => ({ ...R, InstanceIds: JSON.stringify([c.i2]) }), advance: 5_000 },
  { action: 'RebootInstances', params: (c) => ({ ...R, InstanceIds: JSON.stringify([c.i2]), ForceReboot: false }), advance: 5_000 },
  { action: 'ResetSystem', params: (c) => ({ ...R, InstanceId: c.i2, ImageId: c.systemImage, LoginCredentials: { Password: 'Sim-Passw0rd' } }), advance: 10_000 },
  { action: 'UpgradeInstance', params: (c) => ({ ...R, InstanceId: c.i2, PlanId: c.bigPlan }), advance: 10_000 },
  { action: 'RenewInstance', params: (c) => ({ ...R, InstanceId: c.i1, Period: 1 }) },
  { action: 'UpdateInstanceAttribute', params: (c) => ({ ...R, InstanceId: c.i1, InstanceName: 'renamed-web', Password: 'Str0ng!Pass' }) },
  { action: 'DescribeInstancePasswordsSetting', params: (c) => ({ ...R, InstanceId: c.i1 }), check: (b) => expect(b.InstancePasswordSetting).toBe(true) },
  { action: 'ModifyInstanceVncPassword', params: (c) => ({ ...R, InstanceId: c.i1, VncPassword: 'Ab12cd' }) },
  { action: 'DescribeInstanceVncUrl', params: (c) => ({ ...R, InstanceId: c.i1 }), check: (b) => expect(String(b.VncUrl)).toMatch(/^wss%3A/) },
  { action: 'LoginInstance', params: (c) => ({ ...R, InstanceId: c.i1, Username: 'root', Port: 22 }), check: (b) => expect(String(b.RedirectUrl)).toMatch(/^https:/) },
  { action: 'StartTerminalSession', params: (c) => ({ ...R, InstanceId: c.i1 }), check: (b) => expect(b.SessionId).toBeDefined() },
  {
    action: 'DescribeMonitorData', params: (c) => ({ ...R, InstanceId: c.i1, MetricName: 'CPU_UTILIZATION', Period: '300', StartTime: iso(Date.now() - hour), EndTime: iso(Date.now()) }),
    check: (b) => expect((JSON.parse(String(b.Datapoints)) as unknown[]).length).toBeGreaterThanOrEqual(11),
  },
  { action: 'InstallCloudMonitorAgent', params: (c) => ({ ...R, InstanceId: c.i1, Force: false }) },
  { action: 'DescribeCloudMonitorAgentStatuses', params: (c) => ({ ...R, InstanceIds: JSON.stringify([c.i1]) }), check: (b) => expect(rows(b, 'InstanceStatusList')[0].Status).toBe('running') },
  { action: 'DescribeSecurityAgentStatus', params: (c) => ({ ...R, InstanceId: c.i1 }), check: (b) => expect(b.ClientStatus).toBe('online') },
  // disks, snapshots, custom images
  { action: 'CreateSnapshot', params: (c) => ({ ...R, DiskId: c.sysDisk, SnapshotName: 'sdk-snap', Tag: [{ Key: 'k', Value: 'v' }] }), check: (b, c) => { c.snap = String(b.SnapshotId); }, advance: 6_000 },
  { action: 'UpdateSnapshotAttribute', params: (c) => ({ ...R, SnapshotId: c.snap, Remark: 'from the sdk test' }) },
  { action: 'UpdateDiskAttribute', params: (c) => ({ ...R, DiskId: c.sysDisk, Remark: 'system disk' }) },
  { action: 'CreateCustomImage', params: (c) => ({ ...R, InstanceId: c.i1, ImageName: 'sdk-image', SystemSnapshotId: c.snap, Description: 'd' }), check: (b, c) => { c.image = String(b.ImageId); } },
  { action: 'ModifyImageShareStatus', params: (c) => ({ ...R, ImageId: c.image, Operation: 'Share' }) },
  { action: 'AddCustomImageShareAccount', params: (c) => ({ ...R, ImageId: c.image, Account: [Number(c.otherUid)] }) },
  { action: 'ListCustomImageShareAccounts', params: (c) => ({ ...R, ImageId: c.image }), check: (b, c) => expect(String(rows(b, 'ImageShareUsers')[0].UserId)).toBe(c.otherUid) },
  { action: 'DeleteCustomImage', params: (c) => ({ ...R, ImageId: c.image }), fails: 'CustomImageInShare', status: 400 },
  { action: 'RemoveCustomImageShareAccount', params: (c) => ({ ...R, ImageId: c.image, Account: [Number(c.otherUid)] }) },
  // still shared with ECS
  { action: 'DeleteCustomImage', params: (c) => ({ ...R, ImageId: c.image }), fails: 'CustomImageInShare', status: 400 },
  { action: 'ModifyImageShareStatus', params: (c) => ({ ...R, ImageId: c.image, Operation: 'UnShare' }) },
  { action: 'DeleteCustomImage', params: (c) => ({ ...R, ImageId: c.image }) },
  { action: 'CreateCustomImage', params: (c) => ({ ...R, InstanceId: c.i1, ImageName: 'sdk-image-2', SystemSnapshotId: c.snap }), check: (b, c) => { c.image2 = String(b.ImageId); } },
  { action: 'DeleteCustomImages', params: (c) => ({ ...R, ImageIds: JSON.stringify([c.image2]) }) },
  { action: 'ListCustomImages', params: (c) => ({ ...R, ImageIds: JSON.stringify([c.image, c.image2]) }), check: (b) => expect(b.TotalCount).toBe('0') },
  { action: 'CreateSnapshot', params: (c) => ({ ...R, DiskId: c.sysDisk3, SnapshotName: 'sdk-snap-3' }), check: (b, c) => { c.snap3 = String(b.SnapshotId); }, advance: 6_000 },
  { action: 'ResetDisk', params: (c) => ({ ...R, DiskId: c.sysDisk, SnapshotId: c.snap3 }), fails: 'InvalidSnapshotId.NotBelongToDisk' },
  { action: 'ResetDisk', params: (c) => ({ ...R, DiskId: c.sysDisk3, SnapshotId: c.snap3 }), advance: 6_000 },
  { action: 'DeleteSnapshot', params: (c) => ({ ...R, SnapshotId: c.snap3 }) },
  { action: 'DeleteSnapshots', params: (c) => ({ ...R, SnapshotIds: JSON.stringify([c.snap]) }) },
  { action: 'ListSnapshots', params: (c) => ({ ...R, SnapshotIds: JSON.stringify([c.snap, c.snap3]) }), check: (b) => expect(b.TotalCount).toBe(0) },
  // firewall rules
  { action: 'CreateFirewallRule', params: (c) => ({ ...R, InstanceId: c.i1, Port: '8080', RuleProtocol: 'TCP', Remark: 'alt' }), check: (b, c) => { c.rule = String(b.FirewallId); } },
  { action: 'CreateFirewallRule', params: (c) => ({ ...R, InstanceId: c.i1, Port: '8080', RuleProtocol: 'TCP' }), fails: 'FirewallRuleAlreadyExist', status: 403 },
  { action: 'ModifyFirewallRule', params: (c) => ({ ...R, InstanceId: c.i1, RuleId: c.rule, Port: '8081', RuleProtocol: 'TCP', SourceCidrIp: '10.0.0.0/8' }) },
  { action: 'DisableFirewallRule', params: (c) => ({ ...R, InstanceId: c.i1, RuleId: c.rule, Remark: 'off' }) },
  { action: 'EnableFirewallRule', params: (c) => ({ ...R, InstanceId: c.i1, RuleId: c.rule, SourceCidrIp: '10.1.0.0/16' }) },
  { action: 'DeleteFirewallRule', params: (c) => ({ ...R, InstanceId: c.i1, RuleId: c.rule }) },
  {
    action: 'CreateFirewallRules', params: (c) => ({ ...R, InstanceId: c.i1, FirewallRules: [{ Port: '3000/3005', RuleProtocol: 'UDP', SourceCidrIp: '0.0.0.0/0', Remark: 'game' }, { Port: '9000', RuleProtocol: 'TCP' }], Tag: [{ Key: 'env', Value: 'test' }] }),
    check: (b, c) => { c.rules = (b.FirewallRuleIds as string[]).join(','); expect(b.FirewallRuleIds).toHaveLength(2); },
  },
  { action: 'DeleteFirewallRules', params: (c) => ({ ...R, InstanceId: c.i1, RuleIds: c.rules.split(',') }) },
  // firewall templates
  { action: 'CreateFirewallTemplate', params: () => ({ ...R, Name: 'sdk-template', Description: 'd', FirewallRule: [{ Port: '6379', RuleProtocol: 'TCP', SourceCidrIp: '10.0.0.0/8', Remark: 'redis' }] }), check: (b, c) => { c.tpl = String(b.FirewallTemplateId); } },
  { action: 'CreateFirewallTemplateRules', params: (c) => ({ ...R, FirewallTemplateId: c.tpl, FirewallRule: [{ Port: '5432', RuleProtocol: 'TCP', SourceCidrIp: '10.0.0.0/8' }] }), check: (b, c) => { c.tplRule = String(rows(b, 'FirewallTemplateRules')[0].FirewallTemplateRuleId); } },
  { action: 'ModifyFirewallTemplate', params: (c) => ({ ...R, FirewallTemplateId: c.tpl, Name: 'sdk-template-2', FirewallTemplateRule: [{ FirewallTemplateRuleId: c.tplRule, Port: '5433' }] }) },
  { action: 'ApplyFirewallTemplate', params: (c) => ({ ...R, FirewallTemplateId: c.tpl, InstanceIds: [c.i1] }), check: (b, c) => { c.task = String(b.TaskId); }, advance: 3_000 },
  { action: 'DescribeFirewallTemplateApplyResults', params: (c) => ({ ...R, TaskId: [c.task] }), check: (b) => expect(rows(b, 'data')[0].Status).toBe('Success') },
  { action: 'DescribeFirewallTemplateRulesApplyResult', params: (c) => ({ ...R, TaskId: c.task, FirewallTemplateId: c.tpl, InstanceId: c.i1 }), check: (b) => expect(rows(b, 'data')).toHaveLength(2) },
  { action: 'DeleteFirewallTemplateRules', params: (c) => ({ ...R, FirewallTemplateId: c.tpl, FirewallTemplateRuleId: [c.tplRule] }) },
  { action: 'DeleteFirewallTemplates', params: (c) => ({ ...R, FirewallTemplateId: [c.tpl] }) },
  // key pairs
  { action: 'CreateKeyPair', params: () => ({ ...R, KeyPairName: 'sdk-key' }), check: (b) => expect(String(b.PrivateKeyBody)).toContain('PRIVATE KEY') },
  { action: 'CreateKeyPair', params: () => ({ ...R, KeyPairName: 'sdk-key' }), fails: 'KeyPairNameAlreadyExist', status: 400 },
  { action: 'ImportKeyPair', params: () => ({ ...R, KeyPairName: 'sdk-imported', PublicKeyBody: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDsimulatedkeymaterial0000000000 test' }) },
  { action: 'AttachKeyPair', params: (c) => ({ ...R, KeyPairName: 'sdk-key', InstanceIds: [c.i2, 'ffffffffffffffffffffffffffffffff'] }), check: (b) => { expect(b.TotalCount).toBe(2); expect(b.FailCount).toBe(1); } },
  { action: 'DeleteKeyPairs', params: () => ({ ...R, KeyPairNames: ['sdk-key'] }), fails: 'InvalidParameter.KeypairAlreadyAttachedInstance', status: 400 },
  { action: 'DetachKeyPair', params: (c) => ({ ...R, KeyPairName: 'sdk-key', InstanceIds: [c.i2] }), check: (b) => expect(b.FailCount).toBe(0) },
  { action: 'DeleteKeyPairs', params: () => ({ ...R, KeyPairNames: ['sdk-key', 'sdk-imported'] }) },
  { action: 'CreateInstanceKeyPair', params: (c) => ({ ...R, InstanceId: c.i2, KeyPairName: 'inst-key' }), check: (b) => expect(String(b.PrivateKey)).toContain('PRIVATE KEY') },
  { action: 'DescribeInstanceKeyPair', params: (c) => ({ ...R, InstanceId: c.i2 }), check: (b) => expect(b.KeyPairName).toBe('inst-key') },
  { action: 'DeleteInstanceKeyPair', params: (c) => ({ ...R, InstanceId: c.i2 }) },
  { action: 'UploadInstanceKeyPair', params: (c) => ({ ...R, InstanceId: c.i2, KeyPairName: 'uploaded', PublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDsimulatedkeymaterial0000000000' }) },
  // cloud assistant
  { action: 'CreateCommand', params: () => ({ ...R, Name: 'sdk-cmd', CommandContent: 'echo {{greeting}}', Type: 'RunShellScript', EnableParameter: true, Timeout: 60, Tag: [{ Key: 'k', Value: 'v' }] }), check: (b, c) => { c.cmd = String(b.CommandId); } },
  { action: 'UpdateCommandAttribute', params: (c) => ({ ...R, CommandId: c.cmd, Description: 'says hello', Timeout: 120 }) },
  { action: 'InvokeCommand', params: (c) => ({ ...R, CommandId: c.cmd, InstanceIds: JSON.stringify([c.i1]), Parameters: { greeting: 'hello' } }), check: (b, c) => { c.inv1 = String(b.InvokeId); } },
  { action: 'RunCommand', params: (c) => ({ ...R, InstanceId: c.i1, Name: 'sdk-run', Type: 'RunShellScript', CommandContent: "echo 'hi there' && exit 3", Timeout: 60 }), check: (b, c) => { c.inv2 = String(b.InvokeId); } },
  { action: 'RunCommand', params: (c) => ({ ...R, InstanceId: c.i3, Name: 'n', Type: 'RunShellScript', CommandContent: 'ls' }), fails: 'IncorrectInstanceStatus' },
  { action: 'DescribeInvocationResult', params: (c) => ({ ...R, InstanceId: c.i1, InvokeId: c.inv1 }), check: (b) => expect((b.InvocationResult as Wire).InvokeRecordStatus).toBe('Running'), advance: 5_000 },
  {
    action: 'DescribeInvocationResult', params: (c) => ({ ...R, InstanceId: c.i1, InvokeId: c.inv1 }),
    check: (b) => {
      const r = b.InvocationResult as Wire;
      expect(r.InvocationStatus).toBe('Success');
      expect(Buffer.from(String(r.Output), 'base64').toString()).toBe('hello\n');
    },
  },
  { action: 'DescribeInvocations', params: (c) => ({ ...R, InstanceId: c.i1, InvokeStatus: 'Finished' }), check: (b) => expect(b.TotalCount).toBe(2) },
  {
    action: 'DescribeCommandInvocations', params: (c) => ({ ...R, InvokeId: c.inv2 }),
    check: (b) => {
      const inv = rows(b, 'CommandInvocations')[0];
      expect(inv.InvocationStatus).toBe('Failed');
      expect((inv.InvokeInstances as Wire[])[0].ExitCode).toBe(3);
    },
  },
  { action: 'DeleteCommand', params: (c) => ({ ...R, CommandId: c.cmd }) },
  { action: 'InstallCloudAssistant', params: (c) => ({ ...R, InstanceIds: [c.i1] }) },
  { action: 'DescribeCloudAssistantStatus', params: (c) => ({ ...R, InstanceIds: [c.i1, c.i3] }), check: (b) => expect(rows(b, 'CloudAssistantStatus').map((s) => s.Status)).toEqual([true, false]) },
  { action: 'DescribeCloudAssistantAttributes', params: (c) => ({ ...R, InstanceIds: [c.i1] }), check: (b) => expect(rows(b, 'CloudAssistant')[0].InvocationCount).toBe(2) },
  // database
  { action: 'StartDatabaseInstance', params: (c) => ({ ...R, DatabaseInstanceId: c.db }), fails: 'IncorrectDatabaseInstanceStatus' },
  { action: 'StopDatabaseInstance', params: (c) => ({ ...R, DatabaseInstanceId: c.db }), advance: 5_000 },
  { action: 'StartDatabaseInstance', params: (c) => ({ ...R, DatabaseInstanceId: c.db }), advance: 5_000 },
  { action: 'RestartDatabaseInstance', params: (c) => ({ ...R, DatabaseInstanceId: c.db }), advance: 5_000 },
  { action: 'ModifyDatabaseInstanceDescription', params: (c) => ({ ...R, DatabaseInstanceId: c.db, DatabaseInstanceDescription: 'orders-db' }) },
  { action: 'ModifyDatabaseInstanceParameter', params: (c) => ({ ...R, DatabaseInstanceId: c.db, Parameters: JSON.stringify({ max_connections: '800' }), ForceRestart: false }) },
  { action: 'DescribeDatabaseInstanceParameters', params: (c) => ({ ...R, DatabaseInstanceId: c.db }), check: (b) => expect(rows(b, 'RunningParameters').find((p) => p.ParameterName === 'max_connections')!.ParameterValue).toBe('800') },
  { action: 'AllocatePublicConnection', params: (c) => ({ ...R, DatabaseInstanceId: c.db }), check: (b) => expect(String(b.PublicConnection)).toMatch(/rds\.aliyuncs\.com$/) },
  { action: 'ReleasePublicConnection', params: (c) => ({ ...R, DatabaseInstanceId: c.db }) },
  { action: 'ResetDatabaseAccountPassword', params: (c) => ({ ...R, DatabaseInstanceId: c.db, AccountPassword: 'Db-Passw0rd' }) },
  { action: 'DescribeDatabaseErrorLogs', params: (c) => ({ ...R, DatabaseInstanceId: c.db, StartTime: '2024-09-07T04:04Z', EndTime: '2024-09-07T10:04Z', PageSize: 30 }), check: (b) => expect(b.TotalCount).toBe(6) },
  { action: 'DescribeDatabaseSlowLogRecords', params: (c) => ({ ...R, DatabaseInstanceId: c.db, StartTime: '2024-09-07T04:04:44Z', EndTime: '2024-09-07T10:04:44Z' }), check: (b) => expect(b.TotalCount).toBe(6) },
  { action: 'DescribeDatabaseInstanceMetricData', params: (c) => ({ ...R, DatabaseInstanceId: c.db, MetricName: 'MySQL_MemCpuUsage', StartTime: '2024-09-06T04:04Z', EndTime: '2024-09-06T08:04Z' }), check: (b) => expect(b.DataFormat).toBe('cpuusage&memusage') },
  // tags
  { action: 'TagResources', params: (c) => ({ ...R, ResourceType: 'instance', ResourceId: [c.i1, c.i2], Tag: [{ Key: 'team', Value: 'qa' }] }) },
  { action: 'ListTagResources', params: (c) => ({ ...R, ResourceType: 'instance', ResourceId: [c.i1, c.i2] }), check: (b) => expect(((b.TagResources as Wire).TagResource as Wire[]).filter((t) => t.TagKey === 'team')).toHaveLength(2) },
  { action: 'UntagResources', params: (c) => ({ ...R, ResourceType: 'instance', ResourceId: [c.i1, c.i2], TagKey: ['team'] }) },
  { action: 'ListInstances', params: () => ({ ...R, Tag: [{ Key: 'team', Value: 'qa' }] }), check: (b) => expect(b.TotalCount).toBe(0) },
  // creation
  { action: 'CreateInstances', params: (c) => ({ ...R, PlanId: c.bigPlan, ImageId: c.systemImage, Period: 1, Amount: 2, ChargeType: 'PrePaid' }), check: (b, c) => { c.created = (b.InstanceIds as string[]).join(','); }, advance: 6_000 },
  { action: 'ListInstanceStatus', params: (c) => ({ ...R, InstanceIds: JSON.stringify(c.created.split(',')) }), check: (b) => expect(rows(b, 'InstanceStatuses').map((s) => s.Status)).toEqual(['Running', 'Running']) },
];

describe.each<Signing>(['v3', 'v1'])('every SWAS action through the official SDK (%s signature)', (signing) => {
  let sim: SimulatorHandle;
  let client: SwasClient;
  const log = new AnswerLog();
  const ctx: Ctx = {};
  const called = new Set<string>();

  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0, observe: log.observe });
    client = swasClient(sim.endpoint, { signing });
    ctx.otherUid = sim.accountUid('second-account');
  });
  afterAll(() => sim.close());

  STEPS.forEach((step, n) => {
    test(`${n + 1}. ${step.action}${step.fails ? ` fails with ${step.fails}` : ''}`, async () => {
      called.add(step.action);
      const call = callSdk(client, $Swas, step.action, step.params(ctx));
      if (step.fails) {
        const err = await sdkFailure(call);
        expect(err.code).toBe(step.fails);
        if (step.status !== undefined) expect(err.statusCode).toBe(step.status);
      } else {
        const res = await call;
        const raw = log.last();
        expect(raw?.action).toBe(`swas:${step.action}`);
        expect(unknownFields(raw!.body, res.body)).toEqual([]);
        expect(checkContract(swasResponseSchemas[step.action], raw!.body).errors).toEqual([]);
        expect(res.body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
        step.check?.(res.body, ctx);
      }
      if (step.advance) sim.clock.advance(step.advance);
    });
  });

  test('covers all 98 SWAS actions', () => {
    expect(SWAS_ACTIONS).toHaveLength(98);
    expect(SWAS_ACTIONS.filter((a) => !called.has(a))).toEqual([]);
  });
});
