/** createClient({ env, account }): profiles resolve into client options; explicit options win. */
import { SwasApi } from '../../apis/swas';
import { clientOptionsFor, createClient, environmentClientOptions } from '../../conf/create-client';
import { ConfigError, loadEnvironment, resolveAccount, simulatorAccessKeys } from '../../conf';
import { createClient as rootCreateClient } from '../../index';
import { startSimulator, type SimulatorHandle } from '../../simulator';

let sim: SimulatorHandle;
const saved = process.env.CLOUDCASE_ENDPOINT;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, accessKeys: simulatorAccessKeys(loadEnvironment('local')) });
});

afterAll(async () => {
  if (saved === undefined) delete process.env.CLOUDCASE_ENDPOINT;
  else process.env.CLOUDCASE_ENDPOINT = saved;
  await sim?.close();
});

it('maps a profile account to client options (retry, rate limit, keys, region, signature)', () => {
  const staging = loadEnvironment('staging');
  const options = clientOptionsFor(resolveAccount(staging, 'main', { CLOUDCASE_STAGING_MAIN_AK_ID: 'id', CLOUDCASE_STAGING_MAIN_AK_SECRET: 'sk' }));
  expect(options).toMatchObject({
    regionId: 'cn-hangzhou',
    signatureVersion: 'v3',
    timeoutMs: 30000,
    retry: { maxAttempts: 4 },
    rateLimit: { default: { limit: 10, windowMs: 1000 }, actions: { 'swas.RunCommand': { limit: 5, windowMs: 1000 } } },
    accessKeyId: 'id',
    accessKeySecret: 'sk',
    endpoint: { swas: 'https://swas.cn-hangzhou.aliyuncs.com', ecs: 'https://ecs.cn-hangzhou.aliyuncs.com' },
  });
});

it('the local profile needs the simulator URL, and says how to get one', () => {
  delete process.env.CLOUDCASE_ENDPOINT;
  expect(() => environmentClientOptions('local')).toThrow(ConfigError);
  expect(() => rootCreateClient({ env: 'local' })).toThrow(/cloudcase simulator/);
});

it('named accounts reach the simulator as themselves; explicit options win over the profile', async () => {
  process.env.CLOUDCASE_ENDPOINT = 'http://127.0.0.1:9'; // wrong on purpose: the explicit endpoint must win
  const main = new SwasApi(rootCreateClient({ env: 'local', endpoint: sim.url }));
  const second = new SwasApi(createClient({ env: 'local', account: 'second', endpoint: sim.url }));
  const ram = new SwasApi(createClient({ account: 'ram-limited', endpoint: sim.url, retry: false }));
  const mine = await main.listInstances({ pageSize: 100 });
  const theirs = await second.listInstances({ pageSize: 100 });
  const mineIds = new Set((mine.body.Instances ?? []).map((i) => i.InstanceId));
  expect(mineIds.size).toBeGreaterThan(0);
  expect((theirs.body.Instances ?? []).some((i) => mineIds.has(i.InstanceId))).toBe(false);
  const instanceId = [...mineIds][0] as string;
  await expect(ram.runCommand({ instanceId, name: 'x', type: 'RunShellScript', commandContent: 'true' })).rejects.toMatchObject({ status: 403 });
  // the RAM user belongs to the main account: it sees the same instances
  expect((await ram.listInstances({ pageSize: 100 })).body.TotalCount).toBe(mine.body.TotalCount);
});
