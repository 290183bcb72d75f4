// SWAS firewall templates: create → add rules → describe → modify → delete rules → apply to the shared
// instance → apply results → delete → gone. The rule the template opens on the instance is deleted too.
import { waitFor } from '../../../core/waiters/wait-for';
import { apiSuite, isTestResourceName, repeatable, resourceName, swas, useResources } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { allFirewallRules, testPort } from '../../support/swas/firewall';

const NOT_FOUND = { code: /NotFound/ };
const MISSING_TEMPLATE = 'ft-cc0000nonexist0';

async function describeTemplate(firewallTemplateId: string) {
  const r = await swas().describeFirewallTemplates({ firewallTemplateId: [firewallTemplateId] });
  return (r.body.FirewallTemplates ?? []).find((t) => t.FirewallTemplateId === firewallTemplateId);
}

apiSuite({ product: 'swas', feature: 'Firewall', action: 'CreateFirewallTemplate' }, () => {
  const resources = useResources();

  it('creates a template, adds, modifies and deletes its rules, applies it to an instance, then deletes it @regression', async () => {
    const api = swas();
    const instanceId = await sharedInstanceId();
    const [keepPort, dropPort] = [testPort(), testPort()];
    const name = resourceName('fwtpl');
    // Remarks made with the test-name prefix: applying the template puts the kept rule on the shared
    // instance, and after a killed run `cloudcase sweep` finds it there by its remark.
    const [keepRemark, keptRemark, dropRemark] = [resourceName('fwtpl-keep'), resourceName('fwtpl-kept'), resourceName('fwtpl-drop')];
    // Repeatable: a second template left by a lost answer carries the test name, and `cloudcase sweep` removes it.
    const created = await api.createFirewallTemplate({
      name,
      description: 'cloudcase template flow',
      firewallRule: [{ port: keepPort, ruleProtocol: 'TCP', sourceCidrIp: '10.0.0.0/8', remark: keepRemark }],
    }, repeatable());
    const templateId = created.body.FirewallTemplateId!;
    expect(templateId).toMatch(/\S/);
    resources.track({ product: 'swas', kind: 'FirewallTemplate', id: templateId, remove: () => api.deleteFirewallTemplates({ firewallTemplateId: [templateId] }) });

    const added = await api.createFirewallTemplateRules({
      firewallTemplateId: templateId,
      firewallRule: [{ port: dropPort, ruleProtocol: 'UDP', sourceCidrIp: '0.0.0.0/0', remark: dropRemark }],
    }, repeatable()); // rules of this test's own template, deleted with it
    const dropRuleId = added.body.FirewallTemplateRules?.[0]?.FirewallTemplateRuleId;
    expect(added.body.FirewallTemplateRules?.[0]).toMatchObject({ Port: dropPort, RuleProtocol: 'UDP' });

    let tpl = await describeTemplate(templateId);
    expect(tpl).toMatchObject({ Name: name, Description: 'cloudcase template flow' });
    expect((tpl?.FirewallTemplateRules ?? []).map((r) => r.Port).sort()).toEqual([keepPort, dropPort].sort());
    const keepRuleId = tpl!.FirewallTemplateRules!.find((r) => r.Port === keepPort)!.FirewallTemplateRuleId!;

    await api.modifyFirewallTemplate({
      firewallTemplateId: templateId,
      name: `${name}-m`,
      description: 'modified',
      firewallTemplateRule: [{ firewallTemplateRuleId: keepRuleId, remark: keptRemark }],
    });
    tpl = await describeTemplate(templateId);
    expect(tpl).toMatchObject({ Name: `${name}-m`, Description: 'modified' });
    expect(tpl?.FirewallTemplateRules?.find((r) => r.FirewallTemplateRuleId === keepRuleId)?.Remark).toBe(keptRemark);

    await api.deleteFirewallTemplateRules({ firewallTemplateId: templateId, firewallTemplateRuleId: [dropRuleId!] });
    tpl = await describeTemplate(templateId);
    expect((tpl?.FirewallTemplateRules ?? []).map((r) => r.FirewallTemplateRuleId)).toEqual([keepRuleId]);

    const applied = await api.applyFirewallTemplate({ firewallTemplateId: templateId, instanceIds: [instanceId] });
    const taskId = applied.body.TaskId!;
    expect(taskId).toMatch(/\S/);
    // The rule the template opens on the instance is ours to delete, whatever happens next.
    resources.track({
      product: 'swas',
      kind: 'FirewallRule(template)',
      id: `${instanceId}:${keepPort}`,
      remove: async () => {
        const ids = (await allFirewallRules(instanceId)).filter((r) => r.Port === keepPort && r.SourceCidrIp === '10.0.0.0/8').map((r) => r.RuleId!);
        if (ids.length) await api.deleteFirewallRules({ instanceId, ruleIds: ids });
      },
    });

    const task = await waitFor(
      async () => (await api.describeFirewallTemplateApplyResults({ firewallTemplateId: templateId, taskId: [taskId] })).body.data?.[0],
      (t) => t?.Status === 'Success',
      { description: `template apply task ${taskId} to succeed`, timeoutMs: 300_000, intervalMs: 200, maxIntervalMs: 2_000 },
    );
    expect(task).toMatchObject({ TaskId: taskId, FirewallTemplateId: templateId });
    expect(task?.InstanceApplyResults).toContainEqual(expect.objectContaining({ InstanceId: instanceId }));

    const perRule = await api.describeFirewallTemplateRulesApplyResult({ firewallTemplateId: templateId, taskId, instanceId });
    expect(perRule.body.data).toContainEqual(expect.objectContaining({ Port: keepPort, RuleProtocol: 'TCP', Success: true }));
    const opened = (await allFirewallRules(instanceId)).find((r) => r.Port === keepPort && r.SourceCidrIp === '10.0.0.0/8');
    expect(opened?.Remark).toBe(keptRemark);
    expect(isTestResourceName(opened?.Remark)).toBe(true);

    await api.deleteFirewallTemplates({ firewallTemplateId: [templateId] });
    resources.forget('swas', 'FirewallTemplate', templateId);
    expect(await describeTemplate(templateId)).toBeUndefined();
  });

  it('needs a name @regression', async () => {
    await expect(swas().createFirewallTemplate({ name: undefined } as never, repeatable({ validate: false }))).rejects.toMatchApiError(/^Missing/);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'DescribeFirewallTemplates' }, () => {
  it('lists the templates of the region with paging fields @regression', async () => {
    const r = await swas().describeFirewallTemplates({ pageSize: 10, pageNumber: 1 });
    expect(r.body.PageNumber).toBe(1);
    expect(r.body.PageSize).toBe(10);
    expect(r.body.TotalCount).toBeGreaterThanOrEqual((r.body.FirewallTemplates ?? []).length);
  });

  it('finds nothing for an id that does not exist @regression', async () => {
    expect(await describeTemplate(MISSING_TEMPLATE)).toBeUndefined();
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'CreateFirewallTemplateRules' }, () => {
  it('refuses a template that does not exist @regression', async () => {
    const call = swas().createFirewallTemplateRules({ firewallTemplateId: MISSING_TEMPLATE, firewallRule: [{ port: testPort(), ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' }] }, repeatable());
    await expect(call).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'ModifyFirewallTemplate' }, () => {
  it('refuses a template that does not exist @regression', async () => {
    await expect(swas().modifyFirewallTemplate({ firewallTemplateId: MISSING_TEMPLATE, name: resourceName('fwtpl') })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'DeleteFirewallTemplateRules' }, () => {
  it('refuses a template that does not exist @regression', async () => {
    await expect(swas().deleteFirewallTemplateRules({ firewallTemplateId: MISSING_TEMPLATE, firewallTemplateRuleId: ['cc00nonexist'] })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'DeleteFirewallTemplates' }, () => {
  it('refuses a template that does not exist @regression', async () => {
    await expect(swas().deleteFirewallTemplates({ firewallTemplateId: [MISSING_TEMPLATE] })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'ApplyFirewallTemplate' }, () => {
  it('refuses a template that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().applyFirewallTemplate({ firewallTemplateId: MISSING_TEMPLATE, instanceIds: [instanceId] })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'DescribeFirewallTemplateApplyResults' }, () => {
  it('finds no task of a template that does not exist @regression', async () => {
    const r = await swas().describeFirewallTemplateApplyResults({ firewallTemplateId: MISSING_TEMPLATE });
    expect(r.body.data ?? []).toEqual([]);
  });
});

apiSuite({ product: 'swas', feature: 'Firewall', action: 'DescribeFirewallTemplateRulesApplyResult' }, () => {
  it('refuses a task that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    const call = swas().describeFirewallTemplateRulesApplyResult({ firewallTemplateId: MISSING_TEMPLATE, taskId: 'aft-cc0000nonexist', instanceId });
    await expect(call).rejects.toMatchApiError(NOT_FOUND);
  });
});
