import { Action, Param } from '../../core';
import { SWAS } from './product';

export const SwasRuleProtocols = ['TCP', 'UDP', 'TCP+UDP', 'ICMP'] as const;

export class CreateFirewallRulesFirewallRule {
  @Param({ wire: 'Port', type: 'string', example: '3306' })
  port?: string;
  @Param({ wire: 'Remark', type: 'string', example: 'TEST' })
  remark?: string;
  @Param({ wire: 'RuleProtocol', type: 'string', enum: SwasRuleProtocols, example: 'TCP' })
  ruleProtocol?: string;
  @Param({ wire: 'SourceCidrIp', type: 'string', example: '47.101.XX.XX' })
  sourceCidrIp?: string;
}

export class CreateFirewallRulesTag {
  @Param({ wire: 'Key', type: 'string', example: 'TestKey' })
  key?: string;
  @Param({ wire: 'Value', type: 'string', example: 'TestValue' })
  value?: string;
}

@Action({ product: SWAS, action: 'CreateFirewallRules' })
export class CreateFirewallRulesModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'InstanceId', type: 'string', required: true, example: 'ace0706b2ac4454d984295a94213****' })
  instanceId!: string;
  @Param({ wire: 'FirewallRules', type: 'array', items: () => CreateFirewallRulesFirewallRule, style: 'json' })
  firewallRules?: CreateFirewallRulesFirewallRule[];
  @Param({ wire: 'Tag', type: 'array', items: () => CreateFirewallRulesTag, maxItems: 20 })
  tag?: CreateFirewallRulesTag[];
  @Param({ wire: 'ClientToken', type: 'string', example: '123e4567-e89b-12d3-a456-426655440000' })
  clientToken?: string;
}
