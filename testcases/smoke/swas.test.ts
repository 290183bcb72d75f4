// SWAS smoke: proves the pipeline end to end (profile → client → simulator or cloud → Allure).
// The full SWAS regression suites live in testcases/swas/.
import { ApiError } from '../../core/errors';
import { apiSuite, environment, repeatable, resourceName, resourceTags, swas, useResources } from '../support';

async function aRunningInstance(): Promise<string> {
  const r = await swas().listInstances({ status: 'Running', pageSize: 10 });
  const id = r.body.Instances?.[0]?.InstanceId;
  if (!id) throw new Error(`no Running SWAS instance in ${environment().regionId} for account main: the smoke suite needs one`);
  return id;
}

apiSuite({ product: 'swas', feature: 'Instances', action: 'ListInstances' }, () => {
  it('lists the instances of the account in the default region @smoke', async () => {
    const r = await swas().listInstances({ pageSize: 10 });
    expect(r.status).toBe(200);
    expect(r.requestId).toMatch(/\S/);
    expect(r.body.PageSize).toBe(10);
    expect(r.body.TotalCount).toBeGreaterThanOrEqual(r.body.Instances?.length ?? 0);
    for (const i of r.body.Instances ?? []) expect(i.RegionId).toBe(environment().regionId);
  });

  it('filters by status @smoke', async () => {
    const r = await swas().listInstances({ status: 'Running', pageSize: 100 });
    expect((r.body.Instances ?? []).every((i) => i.Status === 'Running')).toBe(true);
  });

  it("does not show one account's instances to another @smoke", async () => {
    const [main, second] = await Promise.all([swas('main').listInstances({ pageSize: 100 }), swas('second').listInstances({ pageSize: 100 })]);
    const mainIds = new Set((main.body.Instances ?? []).map((i) => i.InstanceId));
    expect((second.body.Instances ?? []).filter((i) => mainIds.has(i.InstanceId))).toEqual([]);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'CreateFirewallRules' }, () => {
  const resources = useResources();

  it('opens a port, marked with the test tag, and the rule is listed @smoke', async () => {
    const instanceId = await aRunningInstance();
    const remark = resourceName('fw');
    const created = await swas().createFirewallRules({
      instanceId,
      firewallRules: [{ port: '8443', ruleProtocol: 'TCP', sourceCidrIp: '10.0.0.0/8', remark }],
      tag: resourceTags(),
    });
    const ids = created.body.FirewallRuleIds ?? [];
    expect(ids).toHaveLength(1);
    resources.track({ product: 'swas', kind: 'FirewallRule', id: ids[0], remove: () => swas().deleteFirewallRules({ instanceId, ruleIds: ids }) });

    const listed = await swas().listFirewallRules({ instanceId, pageSize: 100 });
    const rule = (listed.body.FirewallRules ?? []).find((r) => r.RuleId === ids[0]);
    expect(rule).toMatchObject({ Port: '8443', RuleProtocol: 'TCP', SourceCidrIp: '10.0.0.0/8', Remark: remark });
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'RunCommand' }, () => {
  it('is refused to a RAM user whose policy does not allow it @smoke', async () => {
    const instanceId = await aRunningInstance();
    const call = swas('ram-limited').runCommand({ instanceId, name: resourceName('cmd'), type: 'RunShellScript', commandContent: 'echo smoke' }, repeatable());
    await expect(call).rejects.toMatchApiError({ status: 403, code: /^(NoPermission|Forbidden\.RAM)/ });
  });
});
