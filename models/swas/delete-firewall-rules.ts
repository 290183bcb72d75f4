import { Action, Param } from '../../core';
import { SWAS } from './product';

@Action({ product: SWAS, action: 'DeleteFirewallRules' })
export class DeleteFirewallRulesModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'InstanceId', type: 'string', required: true, example: '2ad1ae67295445f598017499dc****' })
  instanceId!: string;
  @Param({ wire: 'RuleIds', type: 'array', items: 'string', style: 'simple' })
  ruleIds?: string[];
  @Param({ wire: 'ClientToken', type: 'string', example: '123e4567-e89b-12d3-a456-426655440000' })
  clientToken?: string;
}
