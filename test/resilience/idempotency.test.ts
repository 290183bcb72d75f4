/**
 * Exactly once under lost answers (issue 8, "create nothing twice"). The simulator executes a
 * request, then (latency spike) answers later than the client waits: the client times out not
 * knowing the resource was created, and tries again. With the ClientToken the API objects add to
 * writes, the retry is answered from the simulator's idempotency record: every security group
 * exists exactly once, although attempts timed out after creating it. Without a token the client
 * does not retry a write at all (it cannot know whether the first attempt ran): the call fails with
 * Timeout and the group it did create exists once — which is why creates carry tokens.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../core/errors';
import { createClient } from '../../core/client';
import { EcsApi } from '../../apis/ecs';
import { startSimulator, type SimulatorHandle } from '../../simulator';

let sim: SimulatorHandle;
let ecs: EcsApi;
const CALLS = 12;

beforeAll(async () => {
  // Half the answers come 600 ms late; the client gives up after 250 ms.
  sim = await startSimulator({
    port: 0,
    accessKeys: { 'idem-ak': 'idem-sk' },
    faults: { latencyMs: 0, latencySpikeRate: 0.5, latencySpikeMs: 600, serviceUnavailableRate: 0, throttlingRate: 0, quotas: {}, seed: 11 },
  });
  ecs = new EcsApi(createClient({ endpoint: sim.url, regionId: 'cn-hangzhou', accessKeyId: 'idem-ak', accessKeySecret: 'idem-sk', timeoutMs: 250, retry: { maxAttempts: 8, baseDelayMs: 10, maxDelayMs: 50 } }));
});
afterAll(async () => {
  ecs?.client.close();
  await sim?.close();
});

async function groupsNamed(prefix: string): Promise<string[]> {
  // reads retry on timeouts on their own; the listing is what the simulator holds
  const r = await ecs.describeSecurityGroups({ pageSize: 50 });
  return (r.body.SecurityGroups?.SecurityGroup ?? []).map((g) => g.SecurityGroupName ?? '').filter((n) => n.startsWith(prefix));
}

describe('creates whose answers are lost', () => {
  it(`${CALLS} creates with a ClientToken: retried after timeouts, each group exists exactly once`, async () => {
    const prefix = `idem-${randomBytes(3).toString('hex')}-`;
    const spikesBefore = sim.faults.injected.latencySpikes;
    const attempts: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const r = await ecs.createSecurityGroup({ securityGroupName: `${prefix}${i}` });
      attempts.push(r.attempts);
    }
    expect(sim.faults.injected.latencySpikes - spikesBefore).toBeGreaterThan(0);
    // some answers were lost after the group was created, and the call still succeeded by retrying
    expect(attempts.some((a) => a > 1)).toBe(true);
    const names = await groupsNamed(prefix);
    expect(names.sort()).toEqual(Array.from({ length: CALLS }, (_, i) => `${prefix}${i}`).sort());
  }, 60_000);

  it('a create without a token is not retried after a timeout, and what it created exists once', async () => {
    const prefix = `idem-${randomBytes(3).toString('hex')}-`;
    let timedOut = 0;
    for (let i = 0; i < CALLS; i++) {
      try {
        await ecs.createSecurityGroup({ securityGroupName: `${prefix}${i}` }, { clientToken: false });
      } catch (e) {
        expect(e).toBeInstanceOf(ApiError);
        expect((e as ApiError).code).toBe('Timeout');
        expect((e as ApiError).attempts).toBe(1);
        expect((e as ApiError).notRepeated).toBe(true);
        timedOut++;
      }
    }
    expect(timedOut).toBeGreaterThan(0);
    const names = await groupsNamed(prefix);
    expect(names).toHaveLength(CALLS);
    expect(new Set(names).size).toBe(CALLS);
  }, 60_000);
});
