/**
 * Firewall helpers: ports no other test uses (files run in parallel on the same shared instance,
 * and the API refuses a second rule for the same port, protocol and source), and one rule's listing.
 */
import { randomInt } from 'node:crypto';
import type { SwasApi } from '../../../apis/swas';
import type { ListFirewallRulesResponseBodyFirewallRules } from '../../../models/swas';
import { swas } from '../clients';

/** A high TCP/UDP port, unlikely to be taken by a rule of another test or of the account. */
export function testPort(): string {
  return String(randomInt(20_000, 60_000));
}

/** The rule as ListFirewallRules shows it, or undefined when the instance has no such rule. */
export async function findFirewallRule(instanceId: string, ruleId: string, api: SwasApi = swas()): Promise<ListFirewallRulesResponseBodyFirewallRules | undefined> {
  const r = await api.listFirewallRules({ instanceId, firewallRuleId: ruleId, pageSize: 100 });
  return (r.body.FirewallRules ?? []).find((x) => x.RuleId === ruleId);
}

/** Every rule of an instance (all pages). */
export async function allFirewallRules(instanceId: string, api: SwasApi = swas()): Promise<ListFirewallRulesResponseBodyFirewallRules[]> {
  const out: ListFirewallRulesResponseBodyFirewallRules[] = [];
  for (let page = 1; page <= 10; page++) {
    const r = await api.listFirewallRules({ instanceId, pageSize: 100, pageNumber: page });
    out.push(...(r.body.FirewallRules ?? []));
    if ((r.body.FirewallRules ?? []).length < 100) break;
  }
  return out;
}
