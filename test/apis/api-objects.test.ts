/** The API objects at run time: region default, unknown keys, ClientToken, validate:false. */
import { createClient, EcsApi, ParameterError, SwasApi, type Client } from '../../index';
import { queryOf, startCaptureServer, type CaptureServer } from '../support/capture-server';

let server: CaptureServer;
let client: Client;
beforeAll(async () => {
  server = await startCaptureServer();
  client = createClient({ endpoint: server.url, regionId: 'cn-beijing', accessKeyId: 'ak', accessKeySecret: 'sk-apis', retry: false });
});
afterAll(async () => {
  client.close();
  await server.close();
});
const last = () => queryOf(server.requests[server.requests.length - 1]);

it('fills regionId from the client, unless the call gives one', async () => {
  const swas = new SwasApi(client);
  await swas.listInstances();
  expect(last().RegionId).toBe('cn-beijing');
  await swas.listInstances({ regionId: 'ap-southeast-1' });
  expect(last().RegionId).toBe('ap-southeast-1');
});

it('a call without a client region and without regionId is a MissingParameter, before any I/O', async () => {
  const bare = createClient({ endpoint: server.url, accessKeyId: 'ak', accessKeySecret: 'sk-apis' });
  const before = server.requests.length;
  await expect(new EcsApi(bare).describeImages()).rejects.toMatchObject({ name: 'ParameterError', code: 'MissingParameter', parameter: 'regionId' });
  expect(server.requests.length).toBe(before);
  bare.close();
});

it('rejects unknown keys at run time (JavaScript callers, data-driven tests), with a suggestion', async () => {
  const swas = new SwasApi(client);
  const params = JSON.parse('{"instanceID":"i-1","name":"n","commandContent":"ls"}') as Parameters<SwasApi['runCommand']>[0];
  const e = await swas.runCommand(params).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ParameterError);
  expect(e).toMatchObject({ code: 'UnknownParameter', parameter: 'instanceID', product: 'SWAS', action: 'RunCommand' });
  expect((e as ParameterError).issues.some((i) => i.suggestion === 'instanceId')).toBe(true);
});

it('validate:false sends what it is given, unknown keys verbatim, for negative tests', async () => {
  await client.send(new SwasApi(client) && (await import('../../models/swas')).RunCommandModel, { instanceId: 'i-1', Bogus: 'x', timeout: 5 }, { validate: false });
  expect(last()).toMatchObject({ InstanceId: 'i-1', Bogus: 'x', Timeout: '5', RegionId: 'cn-beijing' });
  expect(last().CommandContent).toBeUndefined();
});

it('leaves RegionId out when the call sets it to undefined on purpose', async () => {
  const swas = new SwasApi(client);
  await swas.listInstances({ regionId: undefined }, { validate: false });
  expect(last().RegionId).toBeUndefined();
});

it('fills a ClientToken for writes that declare one, none for reads or writes without one', async () => {
  const swas = new SwasApi(client);
  await swas.deleteFirewallRules({ instanceId: 'i-1', ruleIds: ['r1'] });
  expect(last().ClientToken).toMatch(/^[0-9a-f-]{36}$/);
  await swas.deleteFirewallRules({ instanceId: 'i-1', ruleIds: ['r1'] }, { clientToken: 'mine' });
  expect(last().ClientToken).toBe('mine');
  await swas.deleteFirewallRules({ instanceId: 'i-1', ruleIds: ['r1'] }, { clientToken: false });
  expect(last().ClientToken).toBeUndefined();
  await swas.listKeyPairs();
  expect(last().ClientToken).toBeUndefined();
  await swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls' });
  expect(last().ClientToken).toBeUndefined();
});

it('returns the API body with its own field names', async () => {
  server.respondWith(() => ({ body: { RequestId: 'R', CommandId: 'c-1', InvokeId: 't-1' } }));
  const res = await new EcsApi(client).runCommand({ commandContent: 'ls', instanceId: ['i-1'] });
  expect(res.body).toEqual({ RequestId: 'R', CommandId: 'c-1', InvokeId: 't-1' });
  expect(res.requestId).toBe('R');
});
