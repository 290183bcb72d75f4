// SWAS instance queries and remote access on the shared instance (nothing here changes an instance):
// listing with filters and paging, status, upgrade plans, traffic packages, VNC, Workbench login,
// terminal sessions, password settings. A terminal session's security token is a secret: only its
// presence is checked.
import { apiSuite, environment, repeatable, swas } from '../../support';
import { sharedInstanceId, testInstance } from '../../support/swas/instances';
import { INVALID_VALUE, NOT_FOUND } from '../../support/swas/error-codes';

const MISSING_INSTANCE = 'cc0000000000000000000000notexist';

let instanceId: string;
beforeAll(async () => {
  instanceId = await sharedInstanceId();
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'ListInstances' }, () => {
  it('lists the shared instance by id, by public IP and by name, with its disks, plan and network @smoke @regression', async () => {
    const byId = (await swas().listInstances({ instanceIds: JSON.stringify([instanceId]) })).body.Instances ?? [];
    expect(byId).toHaveLength(1);
    const inst = byId[0];
    expect(inst).toMatchObject({ InstanceId: instanceId, RegionId: environment().regionId, Status: 'Running' });
    expect(inst.PublicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((inst.Disks ?? []).some((d) => d.DiskType?.toLowerCase() === 'system')).toBe(true);
    expect(inst.ResourceSpec?.Cpu).toBeGreaterThan(0);

    const byIp = (await swas().listInstances({ publicIpAddresses: JSON.stringify([inst.PublicIpAddress]) })).body.Instances ?? [];
    expect(byIp.map((i) => i.InstanceId)).toEqual([instanceId]);
    const byName = (await swas().listInstances({ instanceName: inst.InstanceName, pageSize: 100 })).body.Instances ?? [];
    expect(byName.map((i) => i.InstanceId)).toContain(instanceId);
  });

  it('pages through all instances: pages do not overlap and add up to TotalCount @regression', async () => {
    const seen: string[] = [];
    let total = 0;
    for (let page = 1; page <= 50; page++) {
      const r = await swas().listInstances({ pageSize: 1, pageNumber: page });
      total = r.body.TotalCount ?? 0;
      const ids = (r.body.Instances ?? []).map((i) => i.InstanceId!);
      if (ids.length === 0) break;
      seen.push(...ids);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it('lists nothing for an id that does not exist @regression', async () => {
    const r = await swas().listInstances({ instanceIds: JSON.stringify([MISSING_INSTANCE]) });
    expect(r.body.Instances ?? []).toEqual([]);
    expect(r.body.TotalCount).toBe(0);
  });

  it('refuses a page size above 100 @regression', async () => {
    await expect(swas().listInstances({ pageSize: 101 }, { validate: false })).rejects.toMatchApiError(INVALID_VALUE);
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'ListInstanceStatus' }, () => {
  it('gives the status of the shared instance, and of every instance when no id is named @smoke', async () => {
    const one = await swas().listInstanceStatus({ instanceIds: JSON.stringify([instanceId]) });
    expect(one.body.InstanceStatuses).toEqual([{ InstanceId: instanceId, Status: 'Running' }]);
    const all = await swas().listInstanceStatus({ pageSize: 100 });
    expect((all.body.InstanceStatuses ?? []).map((s) => s.InstanceId)).toContain(instanceId);
    expect(all.body.TotalCount).toBeGreaterThanOrEqual((all.body.InstanceStatuses ?? []).length);
  });

  it('refuses a page number below 1 @regression', async () => {
    await expect(swas().listInstanceStatus({ pageNumber: 0 }, { validate: false })).rejects.toMatchApiError(INVALID_VALUE);
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'ListInstancePlansModification' }, () => {
  it('offers only real upgrades of the current plan: no smaller CPU, memory or disk @regression', async () => {
    const inst = await testInstance('shared');
    const plans = (await swas().listPlans()).body.Plans ?? [];
    const current = plans.find((p) => p.PlanId === inst.PlanId);
    const offered = (await swas().listInstancePlansModification({ instanceId })).body.Plans ?? [];
    expect(offered.map((p) => p.PlanId)).not.toContain(inst.PlanId);
    if (current) {
      for (const p of offered) {
        expect(p.Core).toBeGreaterThanOrEqual(current.Core!);
        expect(p.Memory).toBeGreaterThanOrEqual(current.Memory!);
        expect(p.DiskSize).toBeGreaterThanOrEqual(current.DiskSize!);
      }
    }
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().listInstancePlansModification({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'ListInstancesTrafficPackages' }, () => {
  it("gives the shared instance's traffic package: used + remaining = total @regression", async () => {
    const r = await swas().listInstancesTrafficPackages({ instanceIds: JSON.stringify([instanceId]) });
    const usage = r.body.InstanceTrafficPackageUsages ?? [];
    expect(usage.map((u) => u.InstanceId)).toEqual([instanceId]);
    const u = usage[0];
    expect(u.TrafficPackageTotal).toBeGreaterThan(0);
    expect((u.TrafficUsed ?? 0) + (u.TrafficPackageRemaining ?? 0)).toBe(u.TrafficPackageTotal);
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().listInstancesTrafficPackages({ instanceIds: JSON.stringify([MISSING_INSTANCE]) })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'DescribeInstanceVncUrl' }, () => {
  it('gives a VNC websocket address for the running instance @regression', async () => {
    const r = await swas().describeInstanceVncUrl({ instanceId });
    expect(decodeURIComponent(r.body.VncUrl ?? '')).toMatch(/^wss:\/\//);
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().describeInstanceVncUrl({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'LoginInstance' }, () => {
  it('gives a Workbench login address for the running instance @regression', async () => {
    const r = await swas().loginInstance({ instanceId, username: 'root', port: 22 });
    expect(r.body.RedirectUrl).toMatch(/^https:\/\//);
  });

  it('refuses a port outside 1–65535 and an instance that does not exist @regression', async () => {
    await expect(swas().loginInstance({ instanceId, port: 70000 }, { validate: false })).rejects.toMatchApiError(INVALID_VALUE);
    await expect(swas().loginInstance({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'StartTerminalSession' }, () => {
  it('opens a terminal session to the running instance: id, websocket address and a token @regression', async () => {
    const r = await swas().startTerminalSession({ instanceId }, repeatable()); // a second session expires by itself
    expect(r.body.SessionId).toMatch(/\S/);
    expect(r.body.WebSocketUrl).toMatch(/^wss:\/\//);
    expect(typeof r.body.SecurityToken === 'string' && r.body.SecurityToken.length > 0).toBe(true);
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().startTerminalSession({ instanceId: MISSING_INSTANCE }, repeatable())).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'DescribeInstancePasswordsSetting' }, () => {
  it('says whether the instance and VNC passwords are set @regression', async () => {
    const r = await swas().describeInstancePasswordsSetting({ instanceId });
    expect(typeof r.body.InstancePasswordSetting).toBe('boolean');
    expect(typeof r.body.VncPasswordSetting).toBe('boolean');
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().describeInstancePasswordsSetting({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
  });
});
