/**
 * The framework's own client (core createClient + the SwasApi/EcsApi objects) against the
 * simulator, in both signing modes: calls succeed, API errors arrive as ApiError with the
 * cloud's code, and the client's retry honours the simulator's throttling.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { createClient } from '../../core/client';
import { ApiError } from '../../core/errors';
import { SwasApi, EcsApi } from '../../apis';

let sim: SimulatorHandle;
beforeAll(async () => {
  sim = await startSimulator({ clockSpeed: 0 });
});
afterAll(() => sim.close());

describe.each(['v3', 'v1'] as const)('%s signature', (signatureVersion) => {
  const client = () => createClient({ endpoint: sim.url, regionId: 'cn-hangzhou', accessKeyId: 'local-ak', accessKeySecret: 'local-sk', signatureVersion, retry: false });

  test('SWAS: list, stop, observe the transition, and get the documented error for a wrong state', async () => {
    const c = client();
    const swas = new SwasApi(c);
    try {
      const res = await swas.listInstances({ pageSize: 10 });
      expect(res.status).toBe(200);
      const body = res.body as { Instances: Array<{ InstanceId: string; Status: string }>; TotalCount: number };
      expect(res.requestId).toBe((res.body as { RequestId: string }).RequestId);
      const running = body.Instances.find((i) => i.Status === 'Running')!;
      const err = await swas.startInstance({ instanceId: running.InstanceId }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toMatchObject({ code: 'IncorrectInstanceStatus', status: 403 });
    } finally {
      c.close();
    }
  });

  test('SWAS RunCommand with JSON-style Parameters reaches the simulator intact', async () => {
    const c = client();
    const swas = new SwasApi(c);
    try {
      const list = (await swas.listInstances({})).body as { Instances: Array<{ InstanceId: string; Status: string }> };
      const id = list.Instances.find((i) => i.Status === 'Running')!.InstanceId;
      const run = await swas.runCommand({ instanceId: id, name: 'own', commandContent: 'echo {{who}} (x)!*', enableParameter: true, parameters: { who: "it's me" } });
      const invokeId = (run.body as { InvokeId: string }).InvokeId;
      sim.clock.advance(2_000);
      const result = await swas.describeInvocationResult({ instanceId: id, invokeId });
      const out = (result.body as { InvocationResult: { Output: string } }).InvocationResult.Output;
      expect(Buffer.from(out, 'base64').toString()).toBe("it's me (x)!*\n");
    } finally {
      c.close();
    }
  });

  test('ECS: DescribeImages with filters and paging', async () => {
    const c = client();
    try {
      const ecs = new EcsApi(c);
      const res = await ecs.describeImages({ imageOwnerAlias: 'system', OSType: 'linux', pageSize: 2, pageNumber: 2 });
      const body = res.body as { Images: { Image: unknown[] }; TotalCount: number; PageNumber: number };
      expect(body.TotalCount).toBe(7);
      expect(body.PageNumber).toBe(2);
      expect(body.Images.Image).toHaveLength(2);
    } finally {
      c.close();
    }
  });
});

test('the client retries a throttled call after x-acs-retry-after and succeeds once the quota allows', async () => {
  sim.faults.set({ quotas: { ListRegions: { limit: 1, windowMs: 200 } }, retryAfterMs: 250 });
  const c = createClient({ endpoint: sim.url, regionId: 'cn-hangzhou', accessKeyId: 'local-ak', accessKeySecret: 'local-sk', retry: 4 });
  try {
    const swas = new SwasApi(c);
    await swas.listRegions({});
    const second = await swas.listRegions({});
    expect(second.attempts).toBeGreaterThan(1);
  } finally {
    c.close();
    sim.faults.set({});
  }
});
