/**
 * `cloudcase sweep` against the simulator: finds what tests left (by name prefix or tag) and deletes
 * only that — firewall rules first, then one resource of every kind the sweep knows.
 */
import { EcsApi } from '../../apis/ecs';
import { RfsApi } from '../../apis/rfs';
import { SwasApi } from '../../apis/swas';
import { loadEnvironment, simulatorAccessKeys } from '../../conf';
import { createClient } from '../../conf/create-client';
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { runSweep } from '../../runner/sweep';

let sim: SimulatorHandle;
let swas: SwasApi;
let instanceId: string;
const saved = process.env.CLOUDCASE_ENDPOINT;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, accessKeys: simulatorAccessKeys(loadEnvironment('local')) });
  process.env.CLOUDCASE_ENDPOINT = sim.url;
  swas = new SwasApi(createClient({ env: 'local', account: 'main' }));
  const listed = await swas.listInstances({ status: 'Running' });
  instanceId = listed.body.Instances?.[0]?.InstanceId as string;
  await swas.createFirewallRules({
    instanceId,
    firewallRules: [
      { port: '9001', ruleProtocol: 'TCP', remark: 'cc-test-fw-left-behind' },
      { port: '9002', ruleProtocol: 'TCP', remark: 'keep me' },
    ],
  });
  await swas.createFirewallRules({ instanceId, firewallRules: [{ port: '9003', ruleProtocol: 'TCP', remark: 'tagged' }], tag: [{ key: 'cloudcase', value: 'test' }] });
  // Rules a firewall template opens on an instance carry the template rules' remarks: the suites give
  // theirs the test-name prefix (testcases/swas/firewall/templates.test.ts) so the sweep finds them.
  const template = await swas.createFirewallTemplate({
    name: 'team-template',
    firewallRule: [
      { port: '9004', ruleProtocol: 'TCP', sourceCidrIp: '10.0.0.0/8', remark: 'cc-test-fwtpl-keep-sweep' },
      { port: '9005', ruleProtocol: 'TCP', sourceCidrIp: '10.0.0.0/8', remark: 'team rule' },
    ],
  });
  const templateId = template.body.FirewallTemplateId as string;
  const taskId = (await swas.applyFirewallTemplate({ firewallTemplateId: templateId, instanceIds: [instanceId] })).body.TaskId as string;
  sim.clock.advance(10 * 60_000);
  const applied = await swas.describeFirewallTemplateApplyResults({ firewallTemplateId: templateId, taskId: [taskId] });
  if (applied.body.data?.[0]?.Status !== 'Success') throw new Error(`template apply task ${taskId} did not finish`);
});

afterAll(async () => {
  if (saved === undefined) delete process.env.CLOUDCASE_ENDPOINT;
  else process.env.CLOUDCASE_ENDPOINT = saved;
  await sim?.close();
});

async function remarks(): Promise<string[]> {
  const r = await swas.listFirewallRules({ instanceId, pageSize: 100 });
  return (r.body.FirewallRules ?? []).map((x) => x.Remark ?? '');
}

it('a dry run lists the marked rules and deletes nothing; --yes deletes exactly those', async () => {
  const before = await remarks();
  expect(before).toEqual(expect.arrayContaining(['cc-test-fw-left-behind', 'keep me', 'tagged', 'cc-test-fwtpl-keep-sweep', 'team rule']));

  const dry: string[] = [];
  expect(await runSweep({ env: 'local', region: ['cn-hangzhou'] }, (l) => dry.push(l))).toBe(0);
  expect(dry.filter((l) => l.includes('would delete swas FirewallRule'))).toHaveLength(3);
  expect(dry.at(-1)).toMatch(/3 found \(nothing deleted\)/);
  expect(await remarks()).toEqual(before);

  const real: string[] = [];
  expect(await runSweep({ env: 'local', region: ['cn-hangzhou'], yes: true }, (l) => real.push(l))).toBe(0);
  expect(real.at(-1)).toMatch(/3 deleted, 0 could not be deleted/);
  const after = await remarks();
  expect(after).toEqual(expect.arrayContaining(['keep me', 'team rule']));
  expect(after).not.toContain('cc-test-fwtpl-keep-sweep');
  expect(after).not.toContain('cc-test-fw-left-behind');
  expect(after).not.toContain('tagged');
});

it('rejects a region the profile does not list', async () => {
  await expect(runSweep({ env: 'local', region: ['mars-north-1'] }, () => undefined)).rejects.toThrow(/--region mars-north-1 is not a region of 'local'/);
});

/**
 * One resource of every kind the sweep knows, named as the suites name theirs (the profile's prefix,
 * or the marker tag), beside one of each named otherwise; the sweep deletes exactly the suites' ones.
 * Kinds that hold others are created holding them (a test key pair bound to an instance, a test
 * image made from a test snapshot and shared with ECS and another account) so the sweep's order,
 * detaching and unsharing are exercised too.
 */
describe('every kind the suites create', () => {
  let sim2: SimulatorHandle;
  let swas2: SwasApi;
  let ecs2: EcsApi;
  let rfs2: RfsApi;
  const env = loadEnvironment('local');
  const T = (kind: string): string => `${env.resources.namePrefix}${kind}-sweep`;
  const K = (kind: string): string => `keep-${kind}-sweep`;
  const marker = [{ key: env.resources.tag.key, value: env.resources.tag.value }];
  const settle = (): void => sim2.clock.advance(60 * 60_000); // instances Running, snapshots and images done

  beforeAll(async () => {
    sim2 = await startSimulator({ port: 0, clockSpeed: 0, accessKeys: simulatorAccessKeys(env) });
    process.env.CLOUDCASE_ENDPOINT = sim2.url;
    const client = createClient({ env: 'local', account: 'main' });
    swas2 = new SwasApi(client);
    ecs2 = new EcsApi(client);
    rfs2 = new RfsApi(client, { projectId: env.testData?.rfs?.projectId });

    // SWAS
    const instances = ((await swas2.listInstances({ pageSize: 100 })).body.Instances ?? []).filter((i) => i.Status === 'Running' || i.Status === 'Stopped');
    if (instances.length < 3) throw new Error(`the simulator seeds ${instances.length} Running/Stopped SWAS instances; this test needs 3`);
    const [a, b, c] = instances.map((i) => i.InstanceId as string);
    for (const name of [T('fwtpl'), K('fwtpl')]) {
      await swas2.createFirewallTemplate({ name, firewallRule: [{ port: '9100', ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' }] });
    }
    await swas2.createCommand({ name: T('cmd'), type: 'RunShellScript', commandContent: 'echo t' });
    await swas2.createCommand({ name: 'tagged-cmd-sweep', type: 'RunShellScript', commandContent: 'echo tagged', tag: marker });
    await swas2.createCommand({ name: K('cmd'), type: 'RunShellScript', commandContent: 'echo k' });
    await swas2.createInstanceKeyPair({ instanceId: a, keyPairName: T('ikp') });
    await swas2.createInstanceKeyPair({ instanceId: b, keyPairName: K('ikp') });
    await swas2.createKeyPair({ keyPairName: T('kp') });
    await swas2.attachKeyPair({ keyPairName: T('kp'), instanceIds: [c] });
    await swas2.createKeyPair({ keyPairName: K('kp') });
    const diskId = (await swas2.listDisks({ instanceId: a, diskType: 'System' })).body.Disks?.[0]?.DiskId as string;
    const testSnapshot = (await swas2.createSnapshot({ diskId, snapshotName: T('snap') })).body.SnapshotId as string;
    const keptSnapshot = (await swas2.createSnapshot({ diskId, snapshotName: K('snap') })).body.SnapshotId as string;
    settle();
    const testImage = (await swas2.createCustomImage({ instanceId: a, imageName: T('image'), systemSnapshotId: testSnapshot })).body.ImageId as string;
    // shared with ECS and with another account, as the sharing tests leave an image when killed: not deletable until unshared
    await swas2.modifyImageShareStatus({ imageId: testImage, operation: 'Share' });
    await swas2.addCustomImageShareAccount({ imageId: testImage, account: [Number(sim2.accountUid('someone-else'))] });
    await swas2.createCustomImage({ instanceId: a, imageName: K('image'), systemSnapshotId: keptSnapshot });
    await swas2.updateInstanceAttribute({ instanceId: c, instanceName: T('instance') });

    // ECS
    const instance = async (name: string, tags = marker): Promise<string> => {
      const r = await ecs2.runInstances({
        imageId: env.testData?.ecs?.imageId, instanceType: env.testData?.ecs?.instanceType, instanceChargeType: 'PostPaid', instanceName: name, tag: tags,
      });
      return r.body.InstanceIdSets?.InstanceIdSet?.[0] as string;
    };
    const testInstance = await instance(T('ecs'));
    const keptInstance = await instance(K('ecs'), []);
    // a team's instance kept for the suites on a real account: prefix and marker tag, but a role
    await instance(T('ecs-shared'), [...marker, { key: 'cloudcase-role', value: 'shared' }]);
    const sg = async (name: string) => (await ecs2.createSecurityGroup({ securityGroupName: name })).body.SecurityGroupId as string;
    await sg(T('sg'));
    await sg(K('sg'));
    settle();
    await ecs2.createImage({ instanceId: testInstance, imageName: T('ecs-image') });
    await ecs2.createImage({ instanceId: keptInstance, imageName: K('ecs-image') });
    const b64 = (s: string): string => Buffer.from(s).toString('base64');
    await ecs2.createCommand({ name: T('ecs-cmd'), type: 'RunShellScript', commandContent: b64('echo t') });
    await ecs2.createCommand({ name: K('ecs-cmd'), type: 'RunShellScript', commandContent: b64('echo k') });
    await ecs2.createKeyPair({ keyPairName: T('ecs-kp') });
    await ecs2.attachKeyPair({ keyPairName: T('ecs-kp'), instanceIds: JSON.stringify([keptInstance]) });
    await ecs2.createKeyPair({ keyPairName: K('ecs-kp') });
    settle();

    // RFS
    await rfs2.createPrivateModule({ moduleName: T('module') });
    await rfs2.createPrivateModule({ moduleName: K('module') });
    client.close();
  });

  afterAll(async () => {
    process.env.CLOUDCASE_ENDPOINT = sim.url;
    await sim2?.close();
  });

  /** What account main holds in cn-hangzhou, one line per resource: product, kind, name. */
  async function inventory(): Promise<string[]> {
    const out: string[] = [];
    const add = (what: string, names: (string | undefined)[]): void => void out.push(...names.map((n) => `${what} ${n}`));
    const instances = (await swas2.listInstances({ pageSize: 100 })).body.Instances ?? [];
    add('swas Instance', instances.map((i) => i.InstanceName));
    for (const i of instances) {
      const name = await swas2.describeInstanceKeyPair({ instanceId: i.InstanceId as string }).then((r) => r.body.KeyPairName, () => undefined);
      if (name) add('swas InstanceKeyPair', [name]);
    }
    add('swas FirewallTemplate', ((await swas2.describeFirewallTemplates({ pageSize: 100 })).body.FirewallTemplates ?? []).map((t) => t.Name));
    add('swas Command', ((await swas2.describeCommands({ provider: 'User', pageSize: '50' })).body.Commands ?? []).map((c) => c.Name));
    add('swas KeyPair', ((await swas2.listKeyPairs({ pageSize: 100 })).body.KeyPairs ?? []).map((k) => k.KeyPairName));
    add('swas Snapshot', ((await swas2.listSnapshots({ pageSize: 100 })).body.Snapshots ?? []).map((s) => s.SnapshotName));
    add('swas CustomImage', ((await swas2.listCustomImages({ pageSize: 100 })).body.CustomImages ?? []).map((i) => i.Name));
    add('ecs Instance', ((await ecs2.describeInstances({ pageSize: 100 })).body.Instances?.Instance ?? []).map((i) => i.InstanceName));
    add('ecs Image', ((await ecs2.describeImages({ imageOwnerAlias: 'self', pageSize: 100 })).body.Images?.Image ?? []).map((i) => i.ImageName));
    add('ecs Command', ((await ecs2.describeCommands({ pageSize: 50 })).body.Commands?.Command ?? []).map((c) => c.Name));
    add('ecs KeyPair', ((await ecs2.describeKeyPairs({ pageSize: 50 })).body.KeyPairs?.KeyPair ?? []).map((k) => k.KeyPairName));
    add('ecs SecurityGroup', ((await ecs2.describeSecurityGroups({ pageSize: 50 })).body.SecurityGroups?.SecurityGroup ?? []).map((g) => g.SecurityGroupName));
    add('rfs PrivateModule', (await rfs2.listPrivateModules({ limit: 100 })).body.modules.map((m) => m.module_name));
    return out.sort();
  }

  it('--yes deletes exactly the suites’ resources of every kind; the rest, SWAS instances and the team’s role-tagged ECS instance stay', async () => {
    const swept = [
      `swas FirewallTemplate ${T('fwtpl')}`,
      `swas Command ${T('cmd')}`,
      'swas Command tagged-cmd-sweep',
      `swas InstanceKeyPair ${T('ikp')}`,
      `swas KeyPair ${T('kp')}`,
      `swas Snapshot ${T('snap')}`,
      `swas CustomImage ${T('image')}`,
      `ecs Instance ${T('ecs')}`,
      `ecs Image ${T('ecs-image')}`,
      `ecs Command ${T('ecs-cmd')}`,
      `ecs KeyPair ${T('ecs-kp')}`,
      `ecs SecurityGroup ${T('sg')}`,
      `rfs PrivateModule ${T('module')}`,
    ];
    const kept = [
      `swas FirewallTemplate ${K('fwtpl')}`, `swas Command ${K('cmd')}`, `swas InstanceKeyPair ${K('ikp')}`, `swas KeyPair ${K('kp')}`, `swas Snapshot ${K('snap')}`,
      `swas CustomImage ${K('image')}`, `swas Instance ${T('instance')}`, `ecs Instance ${K('ecs')}`, `ecs Instance ${T('ecs-shared')}`, `ecs Image ${K('ecs-image')}`,
      `ecs Command ${K('ecs-cmd')}`, `ecs KeyPair ${K('ecs-kp')}`, `ecs SecurityGroup ${K('sg')}`, `rfs PrivateModule ${K('module')}`,
    ];
    const before = await inventory();
    expect(before).toEqual(expect.arrayContaining([...swept, ...kept]));

    const dry: string[] = [];
    expect(await runSweep({ env: 'local', region: ['cn-hangzhou'] }, (l) => dry.push(l))).toBe(0);
    expect(await inventory()).toEqual(before);
    expect(dry.filter((l) => l.startsWith('  would delete'))).toHaveLength(swept.length);
    expect(dry).toContainEqual(expect.stringMatching(new RegExp(`^  left as it is: swas Instance \\S+ \\(${T('instance')}\\) in cn-hangzhou: SWAS instances are subscriptions`)));

    const real: string[] = [];
    expect(await runSweep({ env: 'local', region: ['cn-hangzhou'], yes: true }, (l) => real.push(l))).toBe(0);
    expect(real.at(-1)).toBe(`cloudcase sweep: ${swept.length} deleted, 0 could not be deleted, 1 left as it is (cannot be deleted through the API)`);
    expect(await inventory()).toEqual(before.filter((x) => !swept.includes(x)));
  });
});
