/**
 * Differential: the official SDK and our client make the same calls to a capture server; the
 * method, path, action/version and the decoded parameter sets must be equal. JSON-valued parameters
 * are compared as JSON (key order inside them is the caller's, not a wire rule).
 */
import * as $ecs from '@alicloud/ecs20140526';
import * as $swas from '@alicloud/swas-open20200601';
import { createClient, EcsApi, SwasApi, type Client } from '../../index';
import { queryOf, startCaptureServer, type CaptureServer, type Captured } from '../support/capture-server';
import { sdkEcs, sdkSwas } from './helpers/sdk';

const creds = { accessKeyId: 'diff-ak', accessKeySecret: 'diff-sk' };
let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

/** Query parameters that differ per request by design (time, nonce, signature). */
const PER_REQUEST = new Set(['Signature', 'SignatureNonce', 'Timestamp']);

function parameterSet(req: Captured): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(queryOf(req))) {
    if (PER_REQUEST.has(k)) continue;
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

function shape(req: Captured) {
  return {
    method: req.method,
    path: req.url.split('?')[0],
    action: req.headers['x-acs-action'],
    version: req.headers['x-acs-version'],
    body: req.body,
    params: parameterSet(req),
  };
}

type Case = [name: string, sdk: (sdk: { swas: ReturnType<typeof sdkSwas>; ecs: ReturnType<typeof sdkEcs> }) => Promise<unknown>, ours: (swas: SwasApi, ecs: EcsApi) => Promise<unknown>];

const cases: Case[] = [
  [
    'SWAS RunCommand',
    ({ swas }) =>
      swas.runCommand(
        new $swas.RunCommandRequest({
          regionId: 'cn-hangzhou', instanceId: 'i-aaa', name: 'n1', type: 'RunShellScript', timeout: 60, enableParameter: true,
          commandContent: "echo 'hi' && ls *.txt (x)!~ 中文", parameters: { name: 'v a', count: 3, flag: true, nested: { k: 'v' } },
        }),
      ),
    (swas) =>
      swas.runCommand({
        instanceId: 'i-aaa', name: 'n1', timeout: 60, enableParameter: true,
        commandContent: "echo 'hi' && ls *.txt (x)!~ 中文", parameters: { name: 'v a', count: 3, flag: true, nested: { k: 'v' } },
      }),
  ],
  [
    'SWAS ListInstances',
    ({ swas }) => swas.listInstances(new $swas.ListInstancesRequest({ regionId: 'cn-hangzhou', instanceIds: '["i-aaa","i-bbb"]', pageNumber: 1, pageSize: 10 })),
    (swas) => swas.listInstances({ instanceIds: '["i-aaa","i-bbb"]', pageNumber: 1, pageSize: 10 }),
  ],
  [
    'SWAS CreateFirewallRules',
    ({ swas }) =>
      swas.createFirewallRules(
        new $swas.CreateFirewallRulesRequest({
          regionId: 'cn-hangzhou', instanceId: 'i-aaa', clientToken: 'tok-1',
          firewallRules: [
            new $swas.CreateFirewallRulesRequestFirewallRules({ port: '80', remark: 'web', ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' }),
            new $swas.CreateFirewallRulesRequestFirewallRules({ port: '3000/3005', ruleProtocol: 'UDP' }),
          ],
          tag: [new $swas.CreateFirewallRulesRequestTag({ key: 'env', value: 'test' })],
        }),
      ),
    (swas) =>
      swas.createFirewallRules(
        {
          instanceId: 'i-aaa',
          firewallRules: [{ port: '80', remark: 'web', ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' }, { port: '3000/3005', ruleProtocol: 'UDP' }],
          tag: [{ key: 'env', value: 'test' }],
        },
        { clientToken: 'tok-1' },
      ),
  ],
  [
    'SWAS TagResources',
    ({ swas }) =>
      swas.tagResources(
        new $swas.TagResourcesRequest({
          regionId: 'cn-hangzhou', resourceType: 'instance', resourceId: ['i-aaa', 'i-bbb'],
          tag: [new $swas.TagResourcesRequestTag({ key: 'k1', value: 'v1' }), new $swas.TagResourcesRequestTag({ key: 'k2', value: 'v 2' })],
        }),
      ),
    (swas) =>
      swas.tagResources(
        { resourceType: 'instance', resourceId: ['i-aaa', 'i-bbb'], tag: [{ key: 'k1', value: 'v1' }, { key: 'k2', value: 'v 2' }] },
        { clientToken: false },
      ),
  ],
  [
    'SWAS DeleteFirewallRules',
    ({ swas }) => swas.deleteFirewallRules(new $swas.DeleteFirewallRulesRequest({ regionId: 'cn-hangzhou', instanceId: 'i-aaa', ruleIds: ['r1', 'r2'], clientToken: 'tok-2' })),
    (swas) => swas.deleteFirewallRules({ instanceId: 'i-aaa', ruleIds: ['r1', 'r2'], clientToken: 'tok-2' }),
  ],
  [
    'SWAS ListKeyPairs (GET)',
    ({ swas }) => swas.listKeyPairs(new $swas.ListKeyPairsRequest({ regionId: 'cn-hangzhou', keyPairName: 'kp 1', pageNumber: 2 })),
    (swas) => swas.listKeyPairs({ keyPairName: 'kp 1', pageNumber: 2 }),
  ],
  [
    'ECS RunCommand',
    ({ ecs }) =>
      ecs.runCommand(
        new $ecs.RunCommandRequest({
          regionId: 'cn-hangzhou', type: 'RunShellScript', commandContent: 'echo {{name}}', instanceId: ['i-aaa', 'i-bbb'],
          enableParameter: true, parameters: { name: 'world', n: 1 }, keepCommand: false, timeout: 60, clientToken: 'tok-3',
          tag: [new $ecs.RunCommandRequestTag({ key: 'k1', value: 'v1' })],
        }),
      ),
    (_swas, ecs) =>
      ecs.runCommand(
        {
          commandContent: 'echo {{name}}', instanceId: ['i-aaa', 'i-bbb'], enableParameter: true, parameters: { name: 'world', n: 1 },
          keepCommand: false, timeout: 60, tag: [{ key: 'k1', value: 'v1' }],
        },
        { clientToken: 'tok-3' },
      ),
  ],
  [
    'ECS DescribeImages',
    ({ ecs }) =>
      ecs.describeImages(
        new $ecs.DescribeImagesRequest({
          regionId: 'cn-hangzhou', imageOwnerAlias: 'system', isPublic: true, dryRun: false, pageSize: 10,
          filter: [new $ecs.DescribeImagesRequestFilter({ key: 'CreationStartTime', value: '2024-01-01T00:00Z' })],
          tag: [new $ecs.DescribeImagesRequestTag({ key: 'k1', value: 'v1' }), new $ecs.DescribeImagesRequestTag({ key: 'k2', value: 'v2' })],
        }),
      ),
    (_swas, ecs) =>
      ecs.describeImages({
        imageOwnerAlias: 'system', isPublic: true, dryRun: false, pageSize: 10,
        filter: [{ key: 'CreationStartTime', value: '2024-01-01T00:00Z' }],
        tag: [{ key: 'k1', value: 'v1' }, { key: 'k2', value: 'v2' }],
      }),
  ],
];

describe.each(['v3', 'v1'] as const)('signature %s: the official SDK and our client send the same request', (signature) => {
  let client: Client;
  let sdk: { swas: ReturnType<typeof sdkSwas>; ecs: ReturnType<typeof sdkEcs> };
  beforeAll(() => {
    client = createClient({ endpoint: server.url, regionId: 'cn-hangzhou', signatureVersion: signature, ...creds });
    const o = { host: server.host, signature, ...creds };
    sdk = { swas: sdkSwas(o), ecs: sdkEcs(o) };
  });
  afterAll(() => client.close());

  it.each(cases)('%s', async (_name, viaSdk, viaOurs) => {
    await viaSdk(sdk);
    const theirs = server.requests[server.requests.length - 1];
    await viaOurs(new SwasApi(client), new EcsApi(client));
    const ours = server.requests[server.requests.length - 1];
    const expected = shape(theirs);
    if (signature === 'v1') {
      // v1 carries no action/version headers of ours; the query carries them (checked in params)
      expected.action = undefined;
      expected.version = undefined;
    }
    expect(shape(ours)).toEqual(expected);
  });
});
