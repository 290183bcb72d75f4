/**
 * State behaviour tests rely on: ClientToken idempotency, exact pagination, the steppable clock,
 * deletions that really delete, and fault injection that never corrupts state.
 */
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { $Swas, callSdk, sdkFailure, swasClient } from './support/sdk';

const R = { RegionId: 'cn-hangzhou' };
type Row = Record<string, unknown>;

describe('with a frozen clock', () => {
  let sim: SimulatorHandle;
  const sdk = () => swasClient(sim.endpoint);
  const list = async (extra: Row = {}): Promise<Row> => (await callSdk(sdk(), $Swas, 'ListInstances', { ...R, ...extra })).body;
  const status = async (id: string): Promise<unknown> =>
    ((await callSdk(sdk(), $Swas, 'ListInstanceStatus', { ...R, InstanceIds: JSON.stringify([id]) })).body.InstanceStatuses as Row[])[0].Status;
  let ids: string[];

  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0 });
    ids = ((await list()).Instances as Row[]).map((i) => String(i.InstanceId));
  });
  afterAll(() => sim.close());

  test('transitions wait for the clock: Stopping until 3 s have passed, then Stopped', async () => {
    await callSdk(sdk(), $Swas, 'StopInstance', { ...R, InstanceId: ids[1] });
    expect(await status(ids[1])).toBe('Stopping');
    sim.clock.advance(2_999);
    expect(await status(ids[1])).toBe('Stopping');
    sim.clock.advance(1);
    expect(await status(ids[1])).toBe('Stopped');
  });

  test('an operation in the wrong intermediate state fails: stopping a Starting instance', async () => {
    await callSdk(sdk(), $Swas, 'StartInstance', { ...R, InstanceId: ids[1] });
    const err = await sdkFailure(callSdk(sdk(), $Swas, 'StopInstance', { ...R, InstanceId: ids[1] }));
    expect(err).toMatchObject({ code: 'IncorrectInstanceStatus', statusCode: 403 });
    sim.clock.advance(3_000);
    expect(await status(ids[1])).toBe('Running');
  });

  test('a batch with one instance in the wrong state changes none of them', async () => {
    const err = await sdkFailure(callSdk(sdk(), $Swas, 'StopInstances', { ...R, InstanceIds: JSON.stringify([ids[0], ids[2]]) }));
    expect(err.code).toBe('IncorrectInstanceStatus');
    expect(await status(ids[0])).toBe('Running');
  });

  test('a repeated ClientToken returns the first result and creates nothing new', async () => {
    const disk = ((await callSdk(sdk(), $Swas, 'ListDisks', { ...R, InstanceId: ids[0], DiskType: 'System' })).body.Disks as Row[])[0].DiskId;
    const params = { ...R, DiskId: disk, SnapshotName: 'idem-snap', ClientToken: 'token-123' };
    const first = await callSdk(sdk(), $Swas, 'CreateSnapshot', params);
    const second = await callSdk(sdk(), $Swas, 'CreateSnapshot', params);
    expect(second.body.SnapshotId).toBe(first.body.SnapshotId);
    expect(second.body.RequestId).not.toBe(first.body.RequestId);
    const snaps = (await callSdk(sdk(), $Swas, 'ListSnapshots', { ...R, DiskId: disk })).body.Snapshots as Row[];
    expect(snaps.filter((s) => s.SnapshotName === 'idem-snap')).toHaveLength(1);
  });

  test('the same ClientToken with other parameters → IdempotentParameterMismatch', async () => {
    const disk = ((await callSdk(sdk(), $Swas, 'ListDisks', { ...R, InstanceId: ids[0], DiskType: 'System' })).body.Disks as Row[])[0].DiskId;
    const err = await sdkFailure(callSdk(sdk(), $Swas, 'CreateSnapshot', { ...R, DiskId: disk, SnapshotName: 'other-name', ClientToken: 'token-123' }));
    expect(err.code).toBe('IdempotentParameterMismatch');
  });

  test('pagination is exact: pages partition the list and totals agree', async () => {
    const [plan, image] = [((await callSdk(sdk(), $Swas, 'ListPlans', R)).body.Plans as Row[])[0].PlanId, ((await callSdk(sdk(), $Swas, 'ListImages', R)).body.Images as Row[])[0].ImageId];
    await callSdk(sdk(), $Swas, 'CreateInstances', { ...R, PlanId: plan, ImageId: image, Period: 1, Amount: 8 });
    const all = (await list({ PageSize: 100 })).Instances as Row[];
    expect(all).toHaveLength(11);
    const seen: unknown[] = [];
    for (let page = 1; page <= 4; page++) {
      const body = await list({ PageSize: 4, PageNumber: page });
      expect(body).toMatchObject({ TotalCount: 11, PageSize: 4, PageNumber: page });
      const items = body.Instances as Row[];
      expect(items).toHaveLength([4, 4, 3, 0][page - 1]);
      seen.push(...items.map((i) => i.InstanceId));
    }
    expect(seen).toEqual(all.map((i) => i.InstanceId));
  });

  test('deletions delete: a deleted key pair is gone and cannot be deleted twice', async () => {
    await callSdk(sdk(), $Swas, 'ImportKeyPair', { ...R, KeyPairName: 'to-delete', PublicKeyBody: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDsimulatedkeymaterial0000000000' });
    await callSdk(sdk(), $Swas, 'DeleteKeyPairs', { ...R, KeyPairNames: ['to-delete'] });
    const names = ((await callSdk(sdk(), $Swas, 'ListKeyPairs', R)).body.KeyPairs as Row[]).map((k) => k.KeyPairName);
    expect(names).not.toContain('to-delete');
    const err = await sdkFailure(callSdk(sdk(), $Swas, 'DeleteKeyPairs', { ...R, KeyPairNames: ['to-delete'] }));
    expect(err).toMatchObject({ code: 'InvalidKeyPairName.NotFound', statusCode: 404 });
  });
});

describe('faults', () => {
  let sim: SimulatorHandle;
  const sdk = () => swasClient(sim.endpoint);
  beforeAll(async () => {
    sim = await startSimulator({ clockSpeed: 0 });
  });
  afterAll(() => sim.close());
  afterEach(() => sim.faults.set({}));

  const firstId = async (): Promise<string> => String(((await callSdk(sdk(), $Swas, 'ListInstances', R)).body.Instances as Row[])[0].InstanceId);

  test('503 ServiceUnavailable reaches the SDK as a ServerError and changes no state', async () => {
    const id = await firstId();
    sim.faults.set({ serviceUnavailableRate: 1 });
    const err = await sdkFailure(callSdk(sdk(), $Swas, 'StopInstance', { ...R, InstanceId: id }));
    expect(err).toMatchObject({ name: 'ServerError', code: 'ServiceUnavailable', statusCode: 503 });
    sim.faults.set({});
    const status = ((await callSdk(sdk(), $Swas, 'ListInstanceStatus', { ...R, InstanceIds: JSON.stringify([id]) })).body.InstanceStatuses as Row[])[0].Status;
    expect(status).toBe('Running');
  });

  test('Throttling.User carries x-acs-retry-after, which the SDK reads as retryAfter', async () => {
    sim.faults.set({ throttlingRate: 1, retryAfterMs: 1500 });
    const err = await sdkFailure(callSdk(sdk(), $Swas, 'ListInstances', R));
    expect(err).toMatchObject({ name: 'ThrottlingError', code: 'Throttling.User', retryAfter: 1500 });
  });

  test('a per-action quota throttles the call after its limit, other actions pass', async () => {
    sim.faults.set({ quotas: { ListRegions: { limit: 2, windowMs: 60_000 } } });
    await callSdk(sdk(), $Swas, 'ListRegions', {});
    await callSdk(sdk(), $Swas, 'ListRegions', {});
    const err = await sdkFailure(callSdk(sdk(), $Swas, 'ListRegions', {}));
    expect(err).toMatchObject({ name: 'ThrottlingError', code: 'Throttling.Api' });
    expect(err.retryAfter).toBeGreaterThan(0);
    await callSdk(sdk(), $Swas, 'ListPlans', R);
    expect(sim.faults.injected.quotaExceeded).toBe(1);
  });

  test('rates are honoured over a bounded run (seeded, so the count is reproducible)', async () => {
    sim.faults.set({ serviceUnavailableRate: 0.3, seed: 7 });
    let failed = 0;
    for (let i = 0; i < 60; i++) {
      try {
        await callSdk(sdk(), $Swas, 'ListRegions', {});
      } catch {
        failed++;
      }
    }
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
  });

  test('latency spikes are counted (the time itself is a benchmark matter)', async () => {
    sim.faults.set({ latencySpikeRate: 1, latencySpikeMs: 1 });
    await callSdk(sdk(), $Swas, 'ListRegions', {});
    expect(sim.faults.injected.latencySpikes).toBeGreaterThanOrEqual(1);
  });
});
