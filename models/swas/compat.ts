/**
 * Names the hand-written SWAS models of the foundation issue exported, kept for code that uses
 * them. The value lists repeat the generated enums; test/codegen checks that they still agree.
 */
import { CreateFirewallRulesFirewallRules } from './generated';

export const SwasCommandTypes = ['RunBatScript', 'RunPowerShellScript', 'RunShellScript'] as const;
export type SwasCommandType = (typeof SwasCommandTypes)[number];
export const SwasInstanceStatuses = ['Pending', 'Starting', 'Running', 'Stopping', 'Stopped', 'Resetting', 'Upgrading', 'Disabled'] as const;
export const SwasRuleProtocols = ['TCP', 'UDP', 'TCP+UDP', 'ICMP'] as const;
export const SwasTaggableResourceTypes = ['instance', 'snapshot', 'customimage', 'command', 'firewallrule', 'disk'] as const;

/** The hand-written name of a firewall rule item (the generated class is named after the SDK's, plural). */
export { CreateFirewallRulesFirewallRules as CreateFirewallRulesFirewallRule };
