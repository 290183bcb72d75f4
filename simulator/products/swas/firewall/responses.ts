/** SWAS firewall rule and firewall template actions. */
import { isoSeconds } from '../../../clock';
import { SimError, errors } from '../../../errors';
import { hasTags, paginate, renderTags } from '../../common';
import type { Handlers } from '../../types';
import { getInstance } from '../instances/model';
import type { FirewallTemplate, SwasWorld, TemplateRule } from '../world';
import * as rules from './model';

const renderTemplateRule = (r: TemplateRule): Record<string, unknown> => ({
  FirewallTemplateRuleId: r.id, Port: r.port, Remark: r.remark, RuleProtocol: r.protocol, SourceCidrIp: r.sourceCidrIp,
});

function renderTemplate(t: FirewallTemplate): Record<string, unknown> {
  return {
    CreateTime: isoSeconds(t.createdAt), CreationTime: isoSeconds(t.createdAt), Description: t.description, FirewallTemplateId: t.id,
    FirewallTemplateRules: t.rules.map(renderTemplateRule), Name: t.name,
  };
}

function checkTemplateName(name: string): void {
  if (name.length < 1 || name.length > 64) throw errors.invalid('Name', 'must be 1 to 64 characters');
}

export const firewallHandlers: Handlers<SwasWorld> = {
  CreateFirewallRule: (c) => {
    const [rule] = rules.addRules(c.world, c.params.need('InstanceId'), [
      { port: c.params.need('Port'), protocol: c.params.need('RuleProtocol'), sourceCidrIp: c.params.str('SourceCidrIp'), remark: c.params.str('Remark') },
    ]);
    return { FirewallId: rule.id };
  },
  CreateFirewallRules: (c) => {
    const inputs = c.params.objects('FirewallRules').map((r, i) => {
      if (r.RuleProtocol === undefined) throw errors.missing(`FirewallRules.${i + 1}.RuleProtocol`);
      if (r.Port === undefined) throw errors.missing(`FirewallRules.${i + 1}.Port`);
      return { port: String(r.Port), protocol: String(r.RuleProtocol), sourceCidrIp: r.SourceCidrIp === undefined ? undefined : String(r.SourceCidrIp), remark: r.Remark === undefined ? '' : String(r.Remark) };
    });
    if (inputs.length === 0) throw errors.missing('FirewallRules');
    const created = rules.addRules(c.world, c.params.need('InstanceId'), inputs, c.params.tags());
    return { FirewallRuleIds: created.map((r) => r.id) };
  },
  DeleteFirewallRule: (c) => {
    const rule = rules.getRule(c.world, c.params.need('InstanceId'), c.params.need('RuleId'));
    c.world.rules.delete(rule.id);
    return {};
  },
  DeleteFirewallRules: (c) => {
    const instanceId = c.params.need('InstanceId');
    const list = c.params.needList('RuleIds').map((id) => rules.getRule(c.world, instanceId, id));
    list.forEach((r) => c.world.rules.delete(r.id));
    return {};
  },
  ModifyFirewallRule: (c) => {
    const rule = rules.getRule(c.world, c.params.need('InstanceId'), c.params.need('RuleId'));
    const next = { port: c.params.need('Port'), protocol: c.params.need('RuleProtocol'), sourceCidrIp: c.params.str('SourceCidrIp') ?? rule.sourceCidrIp, remark: c.params.str('Remark') ?? rule.remark };
    rules.checkRule(next, '');
    Object.assign(rule, { port: next.protocol === 'ICMP' ? '-1/-1' : next.port, protocol: next.protocol, sourceCidrIp: next.sourceCidrIp, remark: next.remark });
    return {};
  },
  EnableFirewallRule: (c) => {
    const rule = rules.getRule(c.world, c.params.need('InstanceId'), c.params.need('RuleId'));
    if (rule.policy === 'accept') throw new SimError('FirewallRule.AlreadyEnabled', `Firewall rule ${rule.id} is already enabled.`, 400);
    const cidr = c.params.str('SourceCidrIp');
    if (cidr !== undefined) rules.checkRule({ port: rule.port, protocol: rule.protocol, sourceCidrIp: cidr }, '');
    rule.policy = 'accept';
    if (cidr !== undefined) rule.sourceCidrIp = cidr;
    if (c.params.str('Remark') !== undefined) rule.remark = c.params.str('Remark')!;
    return {};
  },
  DisableFirewallRule: (c) => {
    const rule = rules.getRule(c.world, c.params.need('InstanceId'), c.params.need('RuleId'));
    if (rule.policy === 'drop') throw new SimError('FirewallRule.AlreadyDisabled', `Firewall rule ${rule.id} is already disabled.`, 400);
    rule.policy = 'drop';
    if (c.params.str('Remark') !== undefined) rule.remark = c.params.str('Remark')!;
    return {};
  },
  ListFirewallRules: (c) => {
    const instanceId = c.params.need('InstanceId');
    getInstance(c.world, instanceId);
    const only = c.params.str('FirewallRuleId');
    const tags = c.params.tags();
    const list = rules.rulesOf(c.world, instanceId).filter((r) => (!only || r.id === only) && hasTags(r.tags, tags));
    const page = paginate(list, c.params);
    return {
      FirewallRules: page.items.map((r) => ({ Policy: r.policy, Port: r.port, Remark: r.remark, RuleId: r.id, RuleProtocol: r.protocol, SourceCidrIp: r.sourceCidrIp, Tags: renderTags(r.tags) })),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  CreateFirewallTemplate: (c) => {
    const name = c.params.need('Name');
    checkTemplateName(name);
    if ([...c.world.templates.values()].some((t) => t.name === name)) throw new SimError('FirewallTemplate.NameExists', `A firewall template named ${name} already exists.`, 400);
    const t: FirewallTemplate = {
      id: c.ids.b36('template', 'ft-', 17), name, description: c.params.str('Description') ?? '', createdAt: c.clock.now(),
      rules: rules.templateRules(c.world, c.params.objects('FirewallRule'), 'FirewallRule'),
    };
    c.world.templates.set(t.id, t);
    return { FirewallTemplateId: t.id };
  },
  CreateFirewallTemplateRules: (c) => {
    const t = rules.getTemplate(c.world, c.params.need('FirewallTemplateId'));
    const input = c.params.objects('FirewallRule');
    if (input.length === 0) throw errors.missing('FirewallRule');
    const added = rules.templateRules(c.world, input, 'FirewallRule');
    t.rules.push(...added);
    return { FirewallTemplateRules: added.map(renderTemplateRule) };
  },
  DeleteFirewallTemplateRules: (c) => {
    const t = rules.getTemplate(c.world, c.params.need('FirewallTemplateId'));
    const ids = c.params.needList('FirewallTemplateRuleId');
    for (const id of ids) if (!t.rules.some((r) => r.id === id)) throw errors.notFound('InvalidFirewallTemplateRuleId.NotFound', `template rule ${id}`);
    t.rules = t.rules.filter((r) => !ids.includes(r.id));
    return {};
  },
  DeleteFirewallTemplates: (c) => {
    const ids = c.params.needList('FirewallTemplateId');
    ids.forEach((id) => rules.getTemplate(c.world, id));
    ids.forEach((id) => c.world.templates.delete(id));
    return {};
  },
  ModifyFirewallTemplate: (c) => {
    const t = rules.getTemplate(c.world, c.params.need('FirewallTemplateId'));
    const name = c.params.str('Name');
    if (name !== undefined) checkTemplateName(name);
    const changes = c.params.objects('FirewallTemplateRule').map((r, i) => {
      const id = r.FirewallTemplateRuleId === undefined ? '' : String(r.FirewallTemplateRuleId);
      if (!id) throw errors.missing(`FirewallTemplateRule.${i + 1}.FirewallTemplateRuleId`);
      const rule = t.rules.find((x) => x.id === id);
      if (!rule) throw errors.notFound('InvalidFirewallTemplateRuleId.NotFound', `template rule ${id}`);
      const next = {
        port: r.Port === undefined ? rule.port : String(r.Port), protocol: r.RuleProtocol === undefined ? rule.protocol : String(r.RuleProtocol),
        sourceCidrIp: r.SourceCidrIp === undefined ? rule.sourceCidrIp : String(r.SourceCidrIp), remark: r.Remark === undefined ? rule.remark : String(r.Remark),
      };
      rules.checkRule(next, `FirewallTemplateRule.${i + 1}.`);
      return { rule, next };
    });
    for (const { rule, next } of changes) Object.assign(rule, next);
    if (name !== undefined) t.name = name;
    if (c.params.str('Description') !== undefined) t.description = c.params.str('Description')!;
    return {};
  },
  DescribeFirewallTemplates: (c) => {
    const ids = c.params.list('FirewallTemplateId');
    const name = c.params.str('Name');
    const list = [...c.world.templates.values()].filter((t) => (ids.length === 0 || ids.includes(t.id)) && (!name || t.name.includes(name)));
    const page = paginate(list, c.params, { defaultSize: 20 });
    return { FirewallTemplates: page.items.map(renderTemplate), PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  ApplyFirewallTemplate: (c) => {
    const t = rules.getTemplate(c.world, c.params.need('FirewallTemplateId'));
    const ids = c.params.needList('InstanceIds');
    if (ids.length > 20) throw errors.invalid('InstanceIds', 'at most 20 instances per task');
    return { TaskId: rules.applyTemplate(c.world, t, ids).id };
  },
  DescribeFirewallTemplateApplyResults: (c) => {
    const taskIds = c.params.list('TaskId');
    const templateId = c.params.str('FirewallTemplateId');
    const list = [...c.world.tasks.values()].filter((t) => (taskIds.length === 0 || taskIds.includes(t.id)) && (!templateId || t.templateId === templateId));
    const page = paginate(list, c.params, { defaultSize: 20 });
    return {
      PageNumber: String(page.pageNumber), PageSize: String(page.pageSize), TotalCount: String(page.totalCount),
      data: page.items.map((t) => ({
        CreateTime: isoSeconds(t.createdAt), FailedCount: '0', FirewallTemplateId: t.templateId,
        InstanceApplyResults: t.instanceIds.map((id) => ({ InstanceId: id, Status: t.status })), Status: t.status, TaskId: t.id, TotalCount: String(t.instanceIds.length),
      })),
    };
  },
  DescribeFirewallTemplateRulesApplyResult: (c) => {
    const taskId = c.params.need('TaskId');
    const templateId = c.params.need('FirewallTemplateId');
    const instanceId = c.params.need('InstanceId');
    const task = c.world.tasks.get(taskId);
    if (!task || task.templateId !== templateId) throw errors.notFound('InvalidTaskId.NotFound', `template task ${taskId}`);
    if (!task.instanceIds.includes(instanceId)) throw errors.notFound('InvalidInstanceId.NotFound', `instance ${instanceId} in task ${taskId}`);
    const done = task.status === 'Success';
    return {
      data: task.rules.map((r) => ({
        ErrorCode: '', ErrorInfo: '', Port: r.port, Remark: r.remark, RuleProtocol: r.protocol, SourceCidrIp: r.sourceCidrIp, Success: done,
      })),
    };
  },
};
