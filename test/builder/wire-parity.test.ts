/**
 * Wire parity: the official SDK clients, run against a capture server on 127.0.0.1, and
 * buildRequest produce the same parameter set for the same inputs, for every hand-written model.
 */
import Swas, * as $Swas from '@alicloud/swas-open20200601';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { buildRequest, ecsModels, swasModels } from '../../index';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';

let server: CaptureServer;
let swas: Swas;
let ecs: Ecs;

beforeAll(async () => {
  server = await startCaptureServer();
  const config = () =>
    new $OpenApiUtil.Config({ accessKeyId: 'parity-ak', accessKeySecret: 'parity-sk', endpoint: server.host, protocol: 'HTTP', regionId: 'cn-hangzhou' });
  swas = new Swas(config());
  ecs = new Ecs(config());
});
afterAll(() => server.close());

async function sdkWire(call: () => Promise<unknown>): Promise<{ method: string; query: Record<string, string> }> {
  const before = server.requests.length;
  await call();
  expect(server.requests.length).toBe(before + 1);
  const req = server.requests[before];
  return { method: req.method, query: req.query };
}

const cases: [string, () => Promise<unknown>, () => ReturnType<typeof buildRequest>][] = [
  [
    'SWAS RunCommand',
    () =>
      swas.runCommand(
        new $Swas.RunCommandRequest({
          regionId: 'cn-hangzhou', instanceId: 'i-aaa', name: 'n1', type: 'RunShellScript', timeout: 60, enableParameter: true,
          commandContent: "echo 'hi' && ls *.txt (x)!~ 中文", workingDir: '/root', workingUser: 'root', windowsPasswordName: 'pw-name',
          parameters: { name: 'v a', count: 3, flag: true, nested: { k: 'v' } },
        }),
      ),
    () =>
      buildRequest(swasModels.RunCommandModel, {
        regionId: 'cn-hangzhou', instanceId: 'i-aaa', name: 'n1', type: 'RunShellScript', timeout: 60, enableParameter: true,
        commandContent: "echo 'hi' && ls *.txt (x)!~ 中文", workingDir: '/root', workingUser: 'root', windowsPasswordName: 'pw-name',
        parameters: { name: 'v a', count: 3, flag: true, nested: { k: 'v' } },
      }),
  ],
  [
    'SWAS ListInstances',
    () =>
      swas.listInstances(
        new $Swas.ListInstancesRequest({
          regionId: 'cn-hangzhou', instanceIds: '["i-aaa","i-bbb"]', pageNumber: 2, pageSize: 50, status: 'Running', chargeType: 'PrePaid',
          instanceName: 'web', planType: 'NORMAL', publicIpAddresses: '["1.2.3.4"]', resourceGroupId: 'rg-1',
          tag: [new $Swas.ListInstancesRequestTag({ key: 'k', value: 'v' })],
        }),
      ),
    () =>
      buildRequest(swasModels.ListInstancesModel, {
        regionId: 'cn-hangzhou', instanceIds: '["i-aaa","i-bbb"]', pageNumber: 2, pageSize: 50, status: 'Running', chargeType: 'PrePaid',
        instanceName: 'web', planType: 'NORMAL', publicIpAddresses: '["1.2.3.4"]', resourceGroupId: 'rg-1', tag: [{ key: 'k', value: 'v' }],
      }),
  ],
  [
    'SWAS CreateFirewallRules',
    () =>
      swas.createFirewallRules(
        new $Swas.CreateFirewallRulesRequest({
          regionId: 'cn-hangzhou', instanceId: 'i-aaa', clientToken: 'tok-1',
          firewallRules: [
            new $Swas.CreateFirewallRulesRequestFirewallRules({ port: '80', remark: 'web', ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' }),
            new $Swas.CreateFirewallRulesRequestFirewallRules({ port: '3000/3005', ruleProtocol: 'UDP' }),
          ],
          tag: [new $Swas.CreateFirewallRulesRequestTag({ key: 'env', value: 'test' })],
        }),
      ),
    () =>
      buildRequest(swasModels.CreateFirewallRulesModel, {
        regionId: 'cn-hangzhou', instanceId: 'i-aaa', clientToken: 'tok-1',
        firewallRules: [
          { port: '80', remark: 'web', ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' },
          { port: '3000/3005', ruleProtocol: 'UDP' },
        ],
        tag: [{ key: 'env', value: 'test' }],
      }),
  ],
  [
    'SWAS TagResources',
    () =>
      swas.tagResources(
        new $Swas.TagResourcesRequest({
          regionId: 'cn-hangzhou', resourceId: ['i-aaa', 'i-bbb'], resourceType: 'instance', clientToken: 't',
          tag: [new $Swas.TagResourcesRequestTag({ key: 'k1', value: 'v1' }), new $Swas.TagResourcesRequestTag({ key: 'k2', value: 'v 2' })],
        }),
      ),
    () =>
      buildRequest(swasModels.TagResourcesModel, {
        regionId: 'cn-hangzhou', resourceId: ['i-aaa', 'i-bbb'], resourceType: 'instance', clientToken: 't',
        tag: [{ key: 'k1', value: 'v1' }, { key: 'k2', value: 'v 2' }],
      }),
  ],
  [
    'SWAS DeleteFirewallRules',
    () => swas.deleteFirewallRules(new $Swas.DeleteFirewallRulesRequest({ regionId: 'cn-hangzhou', instanceId: 'i-aaa', ruleIds: ['r1', 'r2'], clientToken: 'c' })),
    () => buildRequest(swasModels.DeleteFirewallRulesModel, { regionId: 'cn-hangzhou', instanceId: 'i-aaa', ruleIds: ['r1', 'r2'], clientToken: 'c' }),
  ],
  [
    'SWAS ListKeyPairs',
    () => swas.listKeyPairs(new $Swas.ListKeyPairsRequest({ regionId: 'cn-hangzhou', keyPairName: 'kp', pageNumber: 1, pageSize: 20, clientToken: 'c' })),
    () => buildRequest(swasModels.ListKeyPairsModel, { regionId: 'cn-hangzhou', keyPairName: 'kp', pageNumber: 1, pageSize: 20, clientToken: 'c' }),
  ],
  [
    'ECS RunCommand',
    () =>
      ecs.runCommand(
        new $Ecs.RunCommandRequest({
          regionId: 'cn-hangzhou', commandContent: 'echo {{name}}', enableParameter: true, instanceId: ['i-aaa', 'i-bbb'], keepCommand: false,
          parameters: { name: 'world', n: 1 }, timeout: 60, type: 'RunShellScript', contentEncoding: 'PlainText', name: 'cmd',
          description: 'd', repeatMode: 'Once', timed: false, workingDir: '/tmp', username: 'root', clientToken: 'ct', ownerId: 123,
          resourceOwnerAccount: 'acc', terminationMode: 'ProcessTree', containerName: 'c1',
          tag: [new $Ecs.RunCommandRequestTag({ key: 'k1', value: 'v1' })],
          resourceTag: [new $Ecs.RunCommandRequestResourceTag({ key: 'rk', value: 'rv' })],
        }),
      ),
    () =>
      buildRequest(ecsModels.RunCommandModel, {
        regionId: 'cn-hangzhou', commandContent: 'echo {{name}}', enableParameter: true, instanceId: ['i-aaa', 'i-bbb'], keepCommand: false,
        parameters: { name: 'world', n: 1 }, timeout: 60, type: 'RunShellScript', contentEncoding: 'PlainText', name: 'cmd',
        description: 'd', repeatMode: 'Once', timed: false, workingDir: '/tmp', username: 'root', clientToken: 'ct', ownerId: 123,
        resourceOwnerAccount: 'acc', terminationMode: 'ProcessTree', containerName: 'c1',
        tag: [{ key: 'k1', value: 'v1' }], resourceTag: [{ key: 'rk', value: 'rv' }],
      }),
  ],
  [
    'ECS DescribeImages',
    () =>
      ecs.describeImages(
        new $Ecs.DescribeImagesRequest({
          regionId: 'cn-hangzhou', dryRun: false, imageOwnerAlias: 'system', isPublic: true, pageSize: 10, pageNumber: 3, OSType: 'linux',
          architecture: 'x86_64', status: 'Available', usage: 'instance', showExpired: false, imageOwnerId: 1234567, actionType: 'CreateEcs',
          filter: [new $Ecs.DescribeImagesRequestFilter({ key: 'CreationStartTime', value: '2024-01-01T00:00Z' })],
          tag: [new $Ecs.DescribeImagesRequestTag({ key: 'k1', value: 'v1' }), new $Ecs.DescribeImagesRequestTag({ key: 'k2', value: 'v2' })],
        }),
      ),
    () =>
      buildRequest(ecsModels.DescribeImagesModel, {
        regionId: 'cn-hangzhou', dryRun: false, imageOwnerAlias: 'system', isPublic: true, pageSize: 10, pageNumber: 3, OSType: 'linux',
        architecture: 'x86_64', status: 'Available', usage: 'instance', showExpired: false, imageOwnerId: 1234567, actionType: 'CreateEcs',
        filter: [{ key: 'CreationStartTime', value: '2024-01-01T00:00Z' }],
        tag: [{ key: 'k1', value: 'v1' }, { key: 'k2', value: 'v2' }],
      }),
  ],
];

describe.each(cases)('%s', (_, sdkCall, ours) => {
  it('sends the same parameter set and method as the official SDK', async () => {
    const sdk = await sdkWire(sdkCall);
    const built = ours();
    expect(built.query).toEqual(sdk.query);
    expect(built.method).toBe(sdk.method);
    expect(built.pathname).toBe('/');
  });
});
