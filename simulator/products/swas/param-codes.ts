/**
 * SWAS codes documented for values the generated models already rule out (see ParamCode and
 * simulator/ERROR-CODES.md). Each entry's evidence is the action's "Error codes" table; parameters
 * with an enum or range and no documented code (firewall template rules, command Type, tag
 * ResourceType, DescribeMonitorData Period) keep the generic InvalidParameter 400.
 */
import type { ParamCode } from '../types';

const PERIOD = { code: 'InvalidPeriod.ValueNotSupported', status: 400 } as const;
const PROTOCOL = { code: 'InvalidProtocol.ValueNotSupported', status: 400 } as const;

export const SWAS_PARAM_CODES: readonly ParamCode[] = [
  { action: 'CreateInstances', parameter: 'Period', rule: 'enum', ...PERIOD },
  { action: 'RenewInstance', parameter: 'Period', rule: 'enum', ...PERIOD },
  { action: 'CreateInstances', parameter: 'Amount', rule: 'range', code: 'InvalidAmount.ValueNotSupported', status: 400 },
  { action: 'CreateFirewallRule', parameter: 'RuleProtocol', rule: 'enum', ...PROTOCOL },
  { action: 'CreateFirewallRules', parameter: 'FirewallRules.N.RuleProtocol', rule: 'enum', ...PROTOCOL },
  { action: 'ModifyFirewallRule', parameter: 'RuleProtocol', rule: 'enum', ...PROTOCOL },
  { action: 'ListImages', parameter: 'ImageType', rule: 'enum', code: 'InvalidImageType.ValueNotSupported', status: 400 },
  { action: 'ModifyImageShareStatus', parameter: 'Operation', rule: 'enum', code: 'InvalidParam.OperationIllegal', status: 400 },
];
