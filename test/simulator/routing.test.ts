/**
 * Routing, permissions and parameter checks: unknown actions and versions, known-but-missing
 * actions, RAM deny lists, accounts and regions, required parameters and value rules.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { $Swas, callSdk, sdkFailure, swasClient } from './support/sdk';
import { signAndSend } from './support/signer';

const R = { RegionId: 'cn-hangzhou' };
let sim: SimulatorHandle;

beforeAll(async () => {
  sim = await startSimulator({
    accessKeys: {
      'local-ak': 'local-sk',
      'second-ak': { secret: 'second-sk', account: 'second-account' },
      'ram-ak': { secret: 'ram-sk', account: 'local-ak', deny: ['swas:Delete*', 'StopInstance', 'ecs:*'] },
    },
  });
});
afterAll(() => sim.close());

const raw = (action: string, version: string, params: Record<string, string> = R, signing: 'v3' | 'v1' = 'v3') =>
  signAndSend({ endpoint: sim.endpoint, action, version, params, signing });

test.each(['v3', 'v1'] as const)('an unknown action → 404 InvalidAction.NotFound (%s)', async (signing) => {
  const res = await raw('DescribeUnicorns', '2020-06-01', R, signing);
  expect(res.status).toBe(404);
  expect(res.body.Code).toBe('InvalidAction.NotFound');
});

test('an unknown API version → InvalidVersion', async () => {
  const res = await raw('ListInstances', '2099-01-01');
  expect(res.status).toBe(400);
  expect(res.body.Code).toBe('InvalidVersion');
});

test('a real action the simulator does not implement → 501 naming it, never a fake success', async () => {
  const res = await raw('CreateAutoProvisioningGroup', '2014-05-26');
  expect(res.status).toBe(501);
  expect(res.body.Code).toBe('NotImplemented');
  expect(String(res.body.Message)).toContain('ECS CreateAutoProvisioningGroup');
});

test('routing is by version: the same action name reaches the right product', async () => {
  const swas = await raw('RunCommand', '2020-06-01', { ...R, InstanceId: 'x' });
  expect(swas.body.Code).toBe('MissingParameter'); // SWAS RunCommand needs CommandContent, Name, Type
});

describe('RAM user with a deny list', () => {
  const ram = () => swasClient(sim.endpoint, { accessKeyId: 'ram-ak', accessKeySecret: 'ram-sk' });

  test('a denied action → 403 NoPermission with AccessDeniedDetail the SDK exposes', async () => {
    const [first] = (await callSdk(ram(), $Swas, 'ListInstances', R)).body.Instances as Array<Record<string, unknown>>;
    const err = await sdkFailure(callSdk(ram(), $Swas, 'StopInstance', { ...R, InstanceId: String(first.InstanceId) }));
    expect(err).toMatchObject({ code: 'NoPermission', statusCode: 403 });
    expect(err.accessDeniedDetail).toMatchObject({ AuthAction: 'swas-open:StopInstance', NoPermissionType: 'ImplicitDeny' });
  });

  test('wildcards deny a family of actions', async () => {
    const err = await sdkFailure(callSdk(ram(), $Swas, 'DeleteKeyPairs', { ...R, KeyPairNames: ['seed-keypair'] }));
    expect(err.code).toBe('NoPermission');
  });

  test('the RAM user shares its main account’s state; a second account has its own', async () => {
    const main = await callSdk(swasClient(sim.endpoint), $Swas, 'ListInstances', R);
    const viaRam = await callSdk(ram(), $Swas, 'ListInstances', R);
    const second = await callSdk(swasClient(sim.endpoint, { accessKeyId: 'second-ak', accessKeySecret: 'second-sk' }), $Swas, 'ListInstances', R);
    const ids = (b: Record<string, unknown>) => (b.Instances as Array<Record<string, unknown>>).map((i) => i.InstanceId);
    expect(ids(viaRam.body)).toEqual(ids(main.body));
    expect(ids(second.body)).toHaveLength(3);
    expect(ids(second.body)).not.toEqual(ids(main.body));
  });
});

describe('regions', () => {
  test('state is per region: another region has its own instances', async () => {
    const hz = await callSdk(swasClient(sim.endpoint), $Swas, 'ListInstances', R);
    const sh = await callSdk(swasClient(sim.endpoint, { regionId: 'cn-shanghai' }), $Swas, 'ListInstances', { RegionId: 'cn-shanghai' });
    const ids = (b: Record<string, unknown>) => (b.Instances as Array<Record<string, unknown>>).map((i) => i.InstanceId);
    expect(ids(sh.body)).toHaveLength(3);
    expect(ids(sh.body)).not.toEqual(ids(hz.body));
  });

  // ECS documents InvalidRegionId.NotFound 404; SWAS documents no code for it, so the simulator keeps its own choice.
  test('an unknown region: SWAS → InvalidRegionId 400, ECS → InvalidRegionId.NotFound 404', async () => {
    const swas = await raw('ListInstances', '2020-06-01', { RegionId: 'mars-north-1' });
    expect({ status: swas.status, code: swas.body.Code }).toEqual({ status: 400, code: 'InvalidRegionId' });
    const ecs = await raw('DescribeInstances', '2014-05-26', { RegionId: 'mars-north-1' });
    expect({ status: ecs.status, code: ecs.body.Code }).toEqual({ status: 404, code: 'InvalidRegionId.NotFound' });
  });
});

describe('parameters', () => {
  test('a missing required parameter → MissingParameter naming it', async () => {
    const res = await raw('ListInstances', '2020-06-01', {});
    expect(res.body).toMatchObject({ Code: 'MissingParameter' });
    expect(String(res.body.Message)).toContain('"RegionId"');
  });

  test('a missing nested required parameter is named with its path', async () => {
    const res = await raw('CreateFirewallTemplate', '2020-06-01', { ...R, Name: 't', 'FirewallRule.1.Port': '80', 'FirewallRule.1.RuleProtocol': 'TCP' });
    expect(res.body.Code).toBe('MissingParameter');
    expect(String(res.body.Message)).toContain('FirewallRule.1.SourceCidrIp');
  });

  test.each([
    ['PageSize above its maximum', { PageSize: '101' }],
    ['PageSize not an integer', { PageSize: 'ten' }],
    ['Status outside its enum', { Status: 'Sleeping' }],
    ['InstanceIds not JSON', { InstanceIds: '[not json' }],
  ])('%s → InvalidParameter', async (_label, extra) => {
    const res = await raw('ListInstances', '2020-06-01', { ...R, ...extra });
    expect(res.status).toBe(400);
    expect(res.body.Code).toBe('InvalidParameter');
  });

  test('a JSON-style parameter that is not JSON → InvalidParameter', async () => {
    const res = await raw('CreateFirewallRules', '2020-06-01', { ...R, InstanceId: 'x', FirewallRules: '{oops' });
    expect(res.body.Code).toBe('InvalidParameter');
  });

  // The model's enum/range/list-size check runs before the handler; where the action documents a
  // code for that value (simulator/products/<product>/param-codes.ts) it is answered instead of the generic one.
  test.each([
    ['SWAS RenewInstance Period outside its enum', '2020-06-01', 'RenewInstance', { ...R, InstanceId: 'x', Period: '2' }, 400, 'InvalidPeriod.ValueNotSupported'],
    ['SWAS CreateInstances Amount outside its range', '2020-06-01', 'CreateInstances', { ...R, PlanId: 'p', ImageId: 'i', Period: '1', Amount: '21' }, 400, 'InvalidAmount.ValueNotSupported'],
    ['SWAS CreateFirewallRule RuleProtocol outside its enum', '2020-06-01', 'CreateFirewallRule', { ...R, InstanceId: 'x', Port: '80', RuleProtocol: 'SCTP' }, 400, 'InvalidProtocol.ValueNotSupported'],
    ['SWAS CreateFirewallRules, a nested RuleProtocol', '2020-06-01', 'CreateFirewallRules', { ...R, InstanceId: 'x', FirewallRules: JSON.stringify([{ Port: '80', RuleProtocol: 'TCP' }, { Port: '81', RuleProtocol: 'SCTP' }]) }, 400, 'InvalidProtocol.ValueNotSupported'],
    ['SWAS ListImages ImageType outside its enum', '2020-06-01', 'ListImages', { ...R, ImageType: 'private' }, 400, 'InvalidImageType.ValueNotSupported'],
    ['SWAS ModifyImageShareStatus Operation outside its enum', '2020-06-01', 'ModifyImageShareStatus', { ...R, ImageId: 'm-x', Operation: 'Publish' }, 400, 'InvalidParam.OperationIllegal'],
    ['ECS CreateCommand Type outside its enum', '2014-05-26', 'CreateCommand', { ...R, Name: 'n', Type: 'RunPythonScript', CommandContent: 'bHM=' }, 404, 'InvalidCmdType.NotFound'],
    ['ECS TagResources ResourceType outside its enum', '2014-05-26', 'TagResources', { ...R, ResourceType: 'spaceship', 'ResourceId.1': 'x', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }, 404, 'InvalidResourceType.NotFound'],
    ['ECS ModifyImageSharePermission, more than 10 accounts at once', '2014-05-26', 'ModifyImageSharePermission', { ...R, ImageId: 'm-x', ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`AddAccount.${i + 1}`, String(1234567890123450 + i)])) }, 403, 'QuotaExceed.ShareImageUser'],
    // nothing documented: the generic code stays
    ['SWAS CreateCommand Type outside its enum (no documented code)', '2020-06-01', 'CreateCommand', { ...R, Name: 'n', Type: 'RunPythonScript', CommandContent: 'ls' }, 400, 'InvalidParameter'],
    ['SWAS CreateFirewallTemplate rule protocol (no documented code)', '2020-06-01', 'CreateFirewallTemplate', { ...R, Name: 't', 'FirewallRule.1.Port': '80', 'FirewallRule.1.RuleProtocol': 'SCTP', 'FirewallRule.1.SourceCidrIp': '0.0.0.0/0' }, 400, 'InvalidParameter'],
  ] as const)('%s → the documented code, else the generic InvalidParameter', async (_label, version, action, params, status, code) => {
    const res = await raw(action, version, params as Record<string, string>);
    expect({ status: res.status, code: res.body.Code }).toEqual({ status, code });
  });

  test('the action’s own codes: SWAS RunCommand with a bad Timeout', async () => {
    const [first] = (await callSdk(swasClient(sim.endpoint), $Swas, 'ListInstances', R)).body.Instances as Array<Record<string, unknown>>;
    const err = await sdkFailure(
      callSdk(swasClient(sim.endpoint), $Swas, 'RunCommand', { ...R, InstanceId: String(first.InstanceId), Name: 'n', Type: 'RunShellScript', CommandContent: 'ls', Timeout: 5 }),
    );
    expect(err.code).toBe('InvalidParameter');
  });
});

describe('image sharing between accounts', () => {
  test('a SWAS custom image shared with the second account appears in its list, and disappears when unshared', async () => {
    const main = swasClient(sim.endpoint);
    const second = swasClient(sim.endpoint, { accessKeyId: 'second-ak', accessKeySecret: 'second-sk' });
    const image = ((await callSdk(main, $Swas, 'ListCustomImages', R)).body.CustomImages as Array<Record<string, unknown>>)[0];
    const uid = sim.accountUid('second-account');
    await callSdk(main, $Swas, 'AddCustomImageShareAccount', { ...R, ImageId: image.ImageId, Account: [Number(uid)] });
    const seen = (await callSdk(second, $Swas, 'ListCustomImages', R)).body.CustomImages as Array<Record<string, unknown>>;
    const shared = seen.find((i) => i.ImageId === image.ImageId);
    expect(shared).toMatchObject({ InShareUser: true, UserId: Number(sim.accountUid('local-ak')) });
    await callSdk(main, $Swas, 'RemoveCustomImageShareAccount', { ...R, ImageId: image.ImageId, Account: [Number(uid)] });
    const after = (await callSdk(second, $Swas, 'ListCustomImages', R)).body.CustomImages as Array<Record<string, unknown>>;
    expect(after.some((i) => i.ImageId === image.ImageId)).toBe(false);
  });
});
