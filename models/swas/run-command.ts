import { Action, Param } from '../../core';
import { SWAS } from './product';

export const SwasCommandTypes = ['RunBatScript', 'RunPowerShellScript', 'RunShellScript'] as const;
export type SwasCommandType = (typeof SwasCommandTypes)[number];

@Action({ product: SWAS, action: 'RunCommand' })
export class RunCommandModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'InstanceId', type: 'string', required: true, example: 'ace0706b2ac4454d984295a94213****' })
  instanceId!: string;
  @Param({ wire: 'CommandContent', type: 'string', required: true, example: 'ifconfig -s' })
  commandContent!: string;
  @Param({ wire: 'Name', type: 'string', required: true, example: 'testName' })
  name!: string;
  /** Model default: the suites run shell scripts unless told otherwise. */
  @Param({ wire: 'Type', type: 'string', required: true, enum: SwasCommandTypes, example: 'RunShellScript' })
  type?: SwasCommandType = 'RunShellScript';
  @Param({ wire: 'Timeout', type: 'integer', min: 10, max: 86400, serverDefault: 60, example: '60' })
  timeout?: number;
  @Param({ wire: 'EnableParameter', type: 'boolean', serverDefault: false, example: 'false' })
  enableParameter?: boolean;
  @Param({ wire: 'Parameters', type: 'map', style: 'json' })
  parameters?: Record<string, unknown>;
  @Param({ wire: 'WorkingDir', type: 'string', example: '/home/' })
  workingDir?: string;
  @Param({ wire: 'WorkingUser', type: 'string', example: 'root' })
  workingUser?: string;
  @Param({ wire: 'WindowsPasswordName', type: 'string', example: 'axtSecretPassword' })
  windowsPasswordName?: string;
}
