/** `cloudcase sweep` against the simulator: finds what tests left (by name prefix or tag) and deletes only that. */
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
  expect(before).toEqual(expect.arrayContaining(['cc-test-fw-left-behind', 'keep me', 'tagged']));

  const dry: string[] = [];
  expect(await runSweep({ env: 'local', region: ['cn-hangzhou'] }, (l) => dry.push(l))).toBe(0);
  expect(dry.filter((l) => l.includes('would delete swas FirewallRule'))).toHaveLength(2);
  expect(dry.at(-1)).toMatch(/2 found \(nothing deleted\)/);
  expect(await remarks()).toEqual(before);

  const real: string[] = [];
  expect(await runSweep({ env: 'local', region: ['cn-hangzhou'], yes: true }, (l) => real.push(l))).toBe(0);
  expect(real.at(-1)).toMatch(/2 deleted, 0 could not be deleted/);
  const after = await remarks();
  expect(after).toContain('keep me');
  expect(after).not.toContain('cc-test-fw-left-behind');
  expect(after).not.toContain('tagged');
});

it('rejects a region the profile does not list', async () => {
  await expect(runSweep({ env: 'local', region: ['mars-north-1'] }, () => undefined)).rejects.toThrow(/--region mars-north-1 is not a region of 'local'/);
});
