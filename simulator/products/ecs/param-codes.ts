/**
 * ECS codes documented for values the generated models already rule out (see ParamCode and
 * simulator/ERROR-CODES.md). Each entry's evidence is the action's "Error codes" table; the other
 * enum and range parameters keep the generic InvalidParameter 400, which ECS documents as its
 * generic code.
 */
import type { ParamCode } from '../types';

const CMD_TYPE = { code: 'InvalidCmdType.NotFound', status: 404 } as const;
const RESOURCE_TYPE = { code: 'InvalidResourceType.NotFound', status: 404 } as const;

export const ECS_PARAM_CODES: readonly ParamCode[] = [
  { action: 'CreateCommand', parameter: 'Type', rule: 'enum', ...CMD_TYPE },
  { action: 'RunCommand', parameter: 'Type', rule: 'enum', ...CMD_TYPE },
  { action: 'TagResources', parameter: 'ResourceType', rule: 'enum', ...RESOURCE_TYPE },
  { action: 'UntagResources', parameter: 'ResourceType', rule: 'enum', ...RESOURCE_TYPE },
  { action: 'ListTagResources', parameter: 'ResourceType', rule: 'enum', ...RESOURCE_TYPE },
  // More than 10 accounts in one request would share the image with more than 10: the code the
  // handler answers (documented) when earlier requests already shared it with 10.
  { action: 'ModifyImageSharePermission', parameter: 'AddAccount', rule: 'items', code: 'QuotaExceed.ShareImageUser', status: 403 },
];
