import { Action, Param } from '../../core';
import { ECS } from './product';

export const EcsCommandTypes = ['RunBatScript', 'RunPowerShellScript', 'RunShellScript'] as const;

export class RunCommandTag {
  @Param({ wire: 'Key', type: 'string', example: 'TestKey' })
  key?: string;
  @Param({ wire: 'Value', type: 'string', example: 'TestValue' })
  value?: string;
}

export class RunCommandResourceTag {
  @Param({ wire: 'Key', type: 'string', example: 'TestKey' })
  key?: string;
  @Param({ wire: 'Value', type: 'string', example: 'TestValue' })
  value?: string;
}

@Action({ product: ECS, action: 'RunCommand' })
export class RunCommandModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'Type', type: 'string', required: true, enum: EcsCommandTypes, example: 'RunShellScript' })
  type?: string = 'RunShellScript';
  @Param({ wire: 'CommandContent', type: 'string', required: true, example: 'ZWNobyAxMjM=' })
  commandContent!: string;
  @Param({ wire: 'InstanceId', type: 'array', items: 'string', style: 'repeatList', example: 'i-bp185dy2o3o6neg****' })
  instanceId?: string[];
  @Param({ wire: 'ResourceTag', type: 'array', items: () => RunCommandResourceTag })
  resourceTag?: RunCommandResourceTag[];
  @Param({ wire: 'Name', type: 'string', example: 'testName' })
  name?: string;
  @Param({ wire: 'Description', type: 'string', example: 'testDescription' })
  description?: string;
  @Param({ wire: 'ContentEncoding', type: 'string', enum: ['PlainText', 'Base64'], serverDefault: 'PlainText', example: 'Base64' })
  contentEncoding?: string;
  @Param({ wire: 'Timeout', type: 'integer', serverDefault: 60, example: '3600' })
  timeout?: number;
  @Param({ wire: 'EnableParameter', type: 'boolean', serverDefault: false, example: 'false' })
  enableParameter?: boolean;
  @Param({ wire: 'Parameters', type: 'map', style: 'json' })
  parameters?: Record<string, unknown>;
  @Param({ wire: 'KeepCommand', type: 'boolean', serverDefault: false, example: 'false' })
  keepCommand?: boolean;
  @Param({ wire: 'RepeatMode', type: 'string', example: 'Once' })
  repeatMode?: string;
  @Param({ wire: 'Frequency', type: 'string' })
  frequency?: string;
  @Param({ wire: 'Timed', type: 'boolean', example: 'true' })
  timed?: boolean;
  @Param({ wire: 'WorkingDir', type: 'string', example: '/home/user' })
  workingDir?: string;
  @Param({ wire: 'Username', type: 'string', example: 'test' })
  username?: string;
  @Param({ wire: 'WindowsPasswordName', type: 'string', example: 'axtSecretPassword' })
  windowsPasswordName?: string;
  @Param({ wire: 'Launcher', type: 'string' })
  launcher?: string;
  @Param({ wire: 'ContainerId', type: 'string' })
  containerId?: string;
  @Param({ wire: 'ContainerName', type: 'string', example: 'test-container' })
  containerName?: string;
  @Param({ wire: 'TerminationMode', type: 'string', enum: ['Process', 'ProcessTree'], example: 'ProcessTree' })
  terminationMode?: string;
  @Param({ wire: 'OssOutputDelivery', type: 'string', example: 'oss://testBucket/testPrefix' })
  ossOutputDelivery?: string;
  @Param({ wire: 'ResourceGroupId', type: 'string', example: 'rg-bp67acfmxazb4p****' })
  resourceGroupId?: string;
  @Param({ wire: 'Tag', type: 'array', items: () => RunCommandTag })
  tag?: RunCommandTag[];
  @Param({ wire: 'ClientToken', type: 'string', example: '123e4567-e89b-12d3-a456-426655440000' })
  clientToken?: string;
  @Param({ wire: 'OwnerId', type: 'integer' })
  ownerId?: number;
  @Param({ wire: 'OwnerAccount', type: 'string' })
  ownerAccount?: string;
  @Param({ wire: 'ResourceOwnerId', type: 'integer' })
  resourceOwnerId?: number;
  @Param({ wire: 'ResourceOwnerAccount', type: 'string' })
  resourceOwnerAccount?: string;
}
