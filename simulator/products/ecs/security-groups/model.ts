/** ECS security groups and their rules: validation, duplicates, membership of instances. */
import { SimError } from '../../../errors';
import { mustGet } from '../../common';
import type { EcsWorld, SecurityGroup, SgRule } from '../world';

export const PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ICMPV6', 'GRE', 'ALL'] as const;
export const RULES_PER_GROUP = 200;
export const GROUPS_PER_INSTANCE = 5;

export const getGroup = (w: EcsWorld, id: string): SecurityGroup => mustGet(w.groups, id, 'InvalidSecurityGroupId.NotFound', 'security group');

export interface RuleInput {
  protocol: string;
  portRange: string;
  cidr: string;
  policy: string;
  priority: string;
  description: string;
}

/** Normalizes and checks one rule; `at` prefixes parameter names in errors (`Permissions.1.`). */
export function checkRule(r: RuleInput, at: string, cidrWire: string): RuleInput {
  const bad = (code: string, wire: string, why: string): SimError => new SimError(code, `The specified ${at}${wire} is not valid: ${why}.`, 400);
  const protocol = r.protocol.toUpperCase();
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) throw bad('InvalidIpProtocol.ValueNotSupported', 'IpProtocol', `use one of ${PROTOCOLS.join(', ')}`);
  let port = r.portRange;
  if (protocol === 'ICMP' || protocol === 'GRE' || protocol === 'ALL' || protocol === 'ICMPV6') {
    if (port !== '-1/-1') throw bad('InvalidParam.PortRange', 'PortRange', `use -1/-1 for ${protocol}`);
  } else {
    const m = /^(\d{1,5})\/(\d{1,5})$/.exec(port);
    if (!m || Number(m[1]) < 1 || Number(m[2]) > 65535 || Number(m[1]) > Number(m[2])) throw bad('InvalidParam.PortRange', 'PortRange', `'${port}' is not a range like 22/22 or 1/65535`);
    port = `${Number(m[1])}/${Number(m[2])}`;
  }
  if (!/^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/.test(r.cidr)) throw bad(`Invalid${cidrWire}.Malformed`, cidrWire, `'${r.cidr}' is not an IPv4 address or CIDR block`);
  const policy = r.policy.toLowerCase();
  if (policy !== 'accept' && policy !== 'drop') throw bad('InvalidPolicy.Malformed', 'Policy', 'use accept or drop');
  const priority = Number(r.priority);
  if (!Number.isInteger(priority) || priority < 1 || priority > 100) throw bad('InvalidPriority.Malformed', 'Priority', 'use an integer from 1 to 100');
  // sic: the API spells this code "Discription"
  if (r.description.length > 512) throw bad('InvalidSecurityGroupDiscription.Malformed', 'Description', 'use at most 512 characters');
  return { ...r, protocol, portRange: port, policy, priority: String(priority) };
}

const same = (a: Pick<SgRule, 'direction' | 'protocol' | 'portRange' | 'cidr' | 'policy' | 'priority'>, b: typeof a): boolean =>
  a.direction === b.direction && a.protocol === b.protocol && a.portRange === b.portRange && a.cidr === b.cidr && a.policy === b.policy && a.priority === b.priority;

export function authorize(w: EcsWorld, group: SecurityGroup, direction: 'ingress' | 'egress', inputs: readonly RuleInput[]): SgRule[] {
  if (group.rules.length + inputs.length > RULES_PER_GROUP) throw new SimError('AuthorizationLimitExceed', `A security group holds at most ${RULES_PER_GROUP} rules.`, 403);
  const rules = inputs.map((r) => ({ id: w.ids.b36('sgr', 'sgr-', 20), direction, protocol: r.protocol, portRange: r.portRange, cidr: r.cidr, policy: r.policy as 'accept' | 'drop', priority: r.priority, description: r.description, createdAt: w.clock.now() }));
  for (const r of rules) {
    if (group.rules.some((x) => same(x, r))) {
      throw new SimError('InvalidPermission.Duplicate', `The ${direction} rule ${r.protocol} ${r.portRange} ${r.cidr} already exists in ${group.id}.`, 400);
    }
  }
  group.rules.push(...rules);
  return rules;
}

/** Removes matching rules (none matching is not an error, as in the cloud). */
export function revoke(group: SecurityGroup, direction: 'ingress' | 'egress', inputs: readonly RuleInput[]): number {
  const before = group.rules.length;
  group.rules = group.rules.filter((x) => !inputs.some((r) => same(x, { direction, protocol: r.protocol, portRange: r.portRange, cidr: r.cidr, policy: r.policy as 'accept' | 'drop', priority: r.priority })));
  return before - group.rules.length;
}

/** Removes rules by id; an id not in the group fails the whole call (RevokeSecurityGroup and the Egress variant document different codes). */
export function revokeByIds(group: SecurityGroup, direction: 'ingress' | 'egress', ids: readonly string[]): void {
  const code = direction === 'ingress' ? 'InvalidParam.SecurityGroupRuleId' : 'InvalidSecurityGroupRule.RuleNotExist';
  for (const id of ids) {
    if (!group.rules.some((r) => r.id === id && r.direction === direction)) throw new SimError(code, `Security group ${group.id} has no ${direction} rule ${id}.`, 400);
  }
  group.rules = group.rules.filter((r) => !ids.includes(r.id));
}

export function deleteGroup(w: EcsWorld, group: SecurityGroup): void {
  const member = [...w.instances.values()].find((i) => i.securityGroupIds.includes(group.id));
  if (member) throw new SimError('DependencyViolation', `There is still instance(s) in the specified security group ${group.id} (for example ${member.id}).`, 403);
  w.groups.delete(group.id);
}
