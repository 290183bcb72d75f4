// SWAS firewall rules on the shared test instance: create → list → modify → disable/enable → delete → gone,
// the batch variants, and the errors the API documents. Every rule uses its own random high port, so
// files running in parallel on the same instance never collide.
import { ListFirewallRulesModel } from '../../../models/swas';
import { apiSuite, resourceName, resourceTags, swas, useResources } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { allFirewallRules, findFirewallRule, testPort } from '../../support/swas/firewall';

const NOT_FOUND = { code: /NotFound/ };

apiSuite({ product: 'swas', feature: 'Firewall', action: 'CreateFirewallRule' }, () => {
  const resources = useResources();
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await sharedInstanceId();
  });

  it('creates a rule, lists, modifies, disables, enables and deletes it; then it is gone @smoke @regression', async () => {
    const api = swas();
    const port = testPort();
    const remark = resourceName('fw');
    const created = await api.createFirewallRule({ instanceId, port, ruleProtocol: 'TCP', remark });
    const ruleId = created.body.FirewallId!;
    expect(ruleId).toMatch(/\S/);
    resources.track({ product: 'swas', kind: 'FirewallRule', id: ruleId, remove: () => api.deleteFirewallRule({ instanceId, ruleId }) });

    expect(await findFirewallRule(instanceId, ruleId)).toMatchObject({ Port: port, RuleProtocol: 'TCP', Remark: remark, Policy: 'accept' });

    const newPort = testPort();
    await api.modifyFirewallRule({ instanceId, ruleId, port: newPort, ruleProtocol: 'UDP', sourceCidrIp: '192.168.0.0/16', remark: `${remark}-m` });
    expect(await findFirewallRule(instanceId, ruleId)).toMatchObject({ Port: newPort, RuleProtocol: 'UDP', SourceCidrIp: '192.168.0.0/16', Remark: `${remark}-m` });

    await api.disableFirewallRule({ instanceId, ruleId });
    expect((await findFirewallRule(instanceId, ruleId))?.Policy).toBe('drop');
    await api.enableFirewallRule({ instanceId, ruleId, sourceCidrIp: '10.0.0.0/8' });
    expect(await findFirewallRule(instanceId, ruleId)).toMatchObject({ Policy: 'accept', SourceCidrIp: '10.0.0.0/8' });

    await api.deleteFirewallRule({ instanceId, ruleId });
    resources.forget('swas', 'FirewallRule', ruleId);
    expect(await findFirewallRule(instanceId, ruleId)).toBeUndefined();
    await expect(api.deleteFirewallRule({ instanceId, ruleId })).rejects.toMatchApiError(NOT_FOUND);
  });

  it('refuses an unknown protocol and a port that is no port @regression', async () => {
    await expect(swas().createFirewallRule({ instanceId, port: testPort(), ruleProtocol: 'SCTP' }, { validate: false })).rejects.toMatchApiError({ code: 'InvalidProtocol.ValueNotSupported', status: 400 });
    await expect(swas().createFirewallRule({ instanceId, port: '70000', ruleProtocol: 'TCP' }, { validate: false })).rejects.toMatchApiError({ code: 'InvalidPort.ValueNotSupported', status: 400 });
  });

  it('refuses a second rule for the same port, protocol and source @regression', async () => {
    const api = swas();
    const port = testPort();
    const created = await api.createFirewallRule({ instanceId, port, ruleProtocol: 'TCP', remark: resourceName('fw') });
    const ruleId = created.body.FirewallId!;
    resources.track({ product: 'swas', kind: 'FirewallRule', id: ruleId, remove: () => api.deleteFirewallRule({ instanceId, ruleId }) });
    await expect(api.createFirewallRule({ instanceId, port, ruleProtocol: 'TCP' })).rejects.toMatchApiError({ code: 'FirewallRuleAlreadyExist', status: 403 });
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().createFirewallRule({ instanceId: 'cc0000000000000000000000000nonexist', port: testPort(), ruleProtocol: 'TCP' })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'CreateFirewallRules' }, () => {
  const resources = useResources();
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await sharedInstanceId();
  });

  it('opens several ports at once with the test tag, lists them by tag and deletes them together @regression', async () => {
    const api = swas();
    const [p1, p2] = [testPort(), testPort()];
    const remark = resourceName('fws');
    const created = await api.createFirewallRules({
      instanceId,
      firewallRules: [
        { port: p1, ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0', remark },
        { port: `${p2}/${Number(p2) + 5}`, ruleProtocol: 'TCP+UDP', sourceCidrIp: '172.16.0.0/12', remark },
      ],
      tag: resourceTags(),
    });
    const ids = created.body.FirewallRuleIds ?? [];
    expect(ids).toHaveLength(2);
    resources.track({ product: 'swas', kind: 'FirewallRules', id: ids.join(','), remove: () => api.deleteFirewallRules({ instanceId, ruleIds: ids }) });

    const tagged = await api.listFirewallRules({ instanceId, tag: resourceTags(), pageSize: 100 });
    const mine = (tagged.body.FirewallRules ?? []).filter((r) => ids.includes(r.RuleId!));
    expect(mine.map((r) => r.Port).sort()).toEqual([p1, `${p2}/${Number(p2) + 5}`].sort());
    const [marker] = resourceTags();
    for (const r of mine) expect(r.Tags).toContainEqual({ Key: marker.key, Value: marker.value });

    await api.deleteFirewallRules({ instanceId, ruleIds: ids });
    resources.forget('swas', 'FirewallRules', ids.join(','));
    const left = (await allFirewallRules(instanceId)).filter((r) => ids.includes(r.RuleId!));
    expect(left).toEqual([]);
  });

  it('creates none when one rule of the batch is invalid @regression', async () => {
    const api = swas();
    const good = testPort();
    const call = api.createFirewallRules(
      { instanceId, firewallRules: [{ port: good, ruleProtocol: 'TCP' }, { port: 'not-a-port', ruleProtocol: 'TCP' }] },
      { validate: false },
    );
    await expect(call).rejects.toMatchApiError({ code: 'InvalidPort.ValueNotSupported', status: 400 });
    expect((await allFirewallRules(instanceId)).some((r) => r.Port === good)).toBe(false);
  });

  it('is refused to a RAM user whose policy does not allow it @regression', async () => {
    const call = swas('ram-limited').createFirewallRules({ instanceId, firewallRules: [{ port: testPort(), ruleProtocol: 'TCP' }] });
    await expect(call).rejects.toMatchApiError({ status: 403 });
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'ListFirewallRules' }, () => {
  it('lists the rules of an instance page by page @regression', async () => {
    const instanceId = await sharedInstanceId();
    const first = await swas().listFirewallRules({ instanceId, pageSize: 1, pageNumber: 1 });
    expect(first.body.PageSize).toBe(1);
    expect(first.body.PageNumber).toBe(1);
    expect(first.body.FirewallRules ?? []).toHaveLength(1);
    expect(first.body.TotalCount).toBeGreaterThanOrEqual(1);
  });

  it('answers in the documented shape: strict contract here, unknown fields only warned about against a real cloud @regression', async () => {
    const instanceId = await sharedInstanceId();
    const r = await swas().listFirewallRules({ instanceId, pageSize: 10 });
    expect(r).toMatchResponseContract(ListFirewallRulesModel);
    // A field the SDK does not know fails the strict check and passes the lenient one; a wrong type fails both.
    expect({ ...r.body, FieldFromTheFuture: 1 }).not.toMatchResponseContract(ListFirewallRulesModel, 'strict');
    expect({ ...r.body, FieldFromTheFuture: 1 }).toMatchResponseContract(ListFirewallRulesModel, 'lenient');
    expect({ ...r.body, TotalCount: 'many' }).not.toMatchResponseContract(ListFirewallRulesModel, 'lenient');
  });

  it('needs an instance id, and a real one @regression', async () => {
    await expect(swas().listFirewallRules({ instanceId: undefined } as never, { validate: false })).rejects.toMatchApiError(/^Missing/);
    await expect(swas().listFirewallRules({ instanceId: 'cc0000000000000000000000000nonexist' })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'ModifyFirewallRule' }, () => {
  it('refuses a rule that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().modifyFirewallRule({ instanceId, ruleId: 'cc00000000000000nonexistentrule', port: testPort(), ruleProtocol: 'TCP' })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'DisableFirewallRule' }, () => {
  it('refuses a rule that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().disableFirewallRule({ instanceId, ruleId: 'cc00000000000000nonexistentrule' })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'EnableFirewallRule' }, () => {
  it('refuses a rule that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().enableFirewallRule({ instanceId, ruleId: 'cc00000000000000nonexistentrule' })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'DeleteFirewallRules' }, () => {
  it('refuses a rule that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().deleteFirewallRules({ instanceId, ruleIds: ['cc00000000000000nonexistentrule'] })).rejects.toMatchApiError(NOT_FOUND);
  });
});
