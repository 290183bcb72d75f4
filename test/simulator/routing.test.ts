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

  test('an unknown region → InvalidRegionId', async () => {
    const res = await raw('ListInstances', '2020-06-01', { RegionId: 'mars-north-1' });
    expect(res.body.Code).toBe('InvalidRegionId');
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
