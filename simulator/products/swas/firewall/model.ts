/** SWAS firewall rules and templates: rule validation, duplicates, quotas, template application tasks. */
import { SimError, errors } from '../../../errors';
import { mustGet } from '../../common';
import { getInstance } from '../instances/model';
import type { FirewallRule, FirewallTemplate, SwasWorld, TemplateRule, TemplateTask } from '../world';
import type { TagPair } from '../../../wire/params';

export const PROTOCOLS = ['TCP', 'UDP', 'TCP+UDP', 'ICMP'] as const;
export const RULES_PER_INSTANCE = 50;
export const APPLY_MS = 2_000;

export interface RuleInput {
  port: string;
  protocol: string;
  sourceCidrIp?: string;
  remark?: string;
}

export function checkRule(r: RuleInput, at: string): void {
  if (!(PROTOCOLS as readonly string[]).includes(r.protocol)) {
    throw new SimError('InvalidProtocol.ValueNotSupported', `The ${at}RuleProtocol '${r.protocol}' is not valid: use one of ${PROTOCOLS.join(', ')}.`, 400);
  }
  const m = /^(\d{1,5})(?:\/(\d{1,5}))?$/.exec(r.port);
  const ok = m && Number(m[1]) >= 1 && Number(m[1]) <= 65535 && (!m[2] || (Number(m[2]) >= Number(m[1]) && Number(m[2]) <= 65535));
  if (r.protocol !== 'ICMP' && !ok) {
    throw new SimError('InvalidPort.ValueNotSupported', `The ${at}Port '${r.port}' is not valid: use a port (1-65535) or a range like 3000/3005.`, 400);
  }
  if (r.sourceCidrIp !== undefined && r.sourceCidrIp !== '' && !/^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/.test(r.sourceCidrIp)) {
    throw errors.invalid(`${at}SourceCidrIp`, `'${r.sourceCidrIp}' is not an IPv4 address or CIDR block`);
  }
  if ((r.remark ?? '').length > 64) throw errors.invalid(`${at}Remark`, 'at most 64 characters');
}

export const getRule = (w: SwasWorld, instanceId: string, ruleId: string): FirewallRule => {
  const rule = mustGet(w.rules, ruleId, 'InvalidFirewallRuleId.NotFound', 'firewall rule');
  if (rule.instanceId !== instanceId) throw errors.notFound('InvalidFirewallRuleId.NotFound', `firewall rule ${ruleId} of instance ${instanceId}`);
  return rule;
};

export function rulesOf(w: SwasWorld, instanceId: string): FirewallRule[] {
  return [...w.rules.values()].filter((r) => r.instanceId === instanceId);
}

/** Adds rules to one instance, all or none. */
export function addRules(w: SwasWorld, instanceId: string, inputs: readonly RuleInput[], tags: TagPair[] = []): FirewallRule[] {
  getInstance(w, instanceId);
  inputs.forEach((r, i) => checkRule(r, inputs.length > 1 ? `FirewallRules.${i + 1}.` : ''));
  const existing = rulesOf(w, instanceId);
  if (existing.length + inputs.length > RULES_PER_INSTANCE) {
    throw new SimError('FirewallRuleLimitExceed', `An instance can have at most ${RULES_PER_INSTANCE} firewall rules.`, 403);
  }
  const seen = new Set(existing.map((r) => key(r)));
  for (const r of inputs) {
    const k = key({ port: r.port, protocol: r.protocol, sourceCidrIp: r.sourceCidrIp || '0.0.0.0/0' });
    if (seen.has(k)) throw new SimError('FirewallRuleAlreadyExist', `A rule for ${r.protocol} port ${r.port} from ${r.sourceCidrIp || '0.0.0.0/0'} already exists.`, 403);
    seen.add(k);
  }
  return inputs.map((r) => {
    const rule: FirewallRule = {
      id: w.ids.hex('firewall-rule'), instanceId, port: r.protocol === 'ICMP' ? '-1/-1' : r.port, protocol: r.protocol,
      sourceCidrIp: r.sourceCidrIp || '0.0.0.0/0', remark: r.remark ?? '', policy: 'accept', tags: tags.map((t) => ({ ...t })),
    };
    w.rules.set(rule.id, rule);
    return rule;
  });
}

const key = (r: { port: string; protocol: string; sourceCidrIp: string }): string => `${r.protocol}|${r.port}|${r.sourceCidrIp}`;

export const getTemplate = (w: SwasWorld, id: string): FirewallTemplate => mustGet(w.templates, id, 'InvalidFirewallTemplateId.NotFound', 'firewall template');

export function templateRules(w: SwasWorld, inputs: ReadonlyArray<Record<string, unknown>>, wire: string): TemplateRule[] {
  return inputs.map((r, i) => {
    const at = `${wire}.${i + 1}.`;
    for (const f of ['Port', 'RuleProtocol', 'SourceCidrIp']) if (r[f] === undefined || r[f] === '') throw errors.missing(`${at}${f}`);
    const rule: RuleInput = { port: String(r.Port), protocol: String(r.RuleProtocol), sourceCidrIp: String(r.SourceCidrIp), remark: r.Remark === undefined ? '' : String(r.Remark) };
    checkRule(rule, at);
    return { id: w.ids.hex('template-rule'), port: rule.port, protocol: rule.protocol, sourceCidrIp: rule.sourceCidrIp!, remark: rule.remark ?? '' };
  });
}

/** Applies a template to instances: a task that runs for APPLY_MS, then the rules exist on each instance. */
export function applyTemplate(w: SwasWorld, template: FirewallTemplate, instanceIds: readonly string[]): TemplateTask {
  instanceIds.forEach((id) => getInstance(w, id));
  const task: TemplateTask = {
    id: w.ids.b36('template-task', 'aft-', 17), templateId: template.id, instanceIds: [...instanceIds], status: 'Running', createdAt: w.clock.now(),
    rules: template.rules.map((r) => ({ ...r })),
  };
  w.tasks.set(task.id, task);
  w.clock.schedule(APPLY_MS, () => {
    for (const id of task.instanceIds) {
      if (!w.instances.has(id)) continue;
      const have = new Set(rulesOf(w, id).map(key));
      for (const r of task.rules) {
        if (have.has(key({ port: r.port, protocol: r.protocol, sourceCidrIp: r.sourceCidrIp }))) continue;
        const rule: FirewallRule = { id: w.ids.hex('firewall-rule'), instanceId: id, port: r.port, protocol: r.protocol, sourceCidrIp: r.sourceCidrIp, remark: r.remark, policy: 'accept', tags: [] };
        w.rules.set(rule.id, rule);
      }
    }
    task.status = 'Success';
  });
  return task;
}
