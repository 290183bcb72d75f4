import { Action, Param } from '../../core';
import { SWAS } from './product';

export const SwasInstanceStatuses = ['Pending', 'Starting', 'Running', 'Stopping', 'Stopped', 'Resetting', 'Upgrading', 'Disabled'] as const;

export class ListInstancesTag {
  @Param({ wire: 'Key', type: 'string', example: 'TestKey' })
  key?: string;
  @Param({ wire: 'Value', type: 'string', example: 'TestValue' })
  value?: string;
}

@Action({ product: SWAS, action: 'ListInstances' })
export class ListInstancesModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  /** A JSON array text, e.g. '["i-1","i-2"]': the API types it as a string. */
  @Param({ wire: 'InstanceIds', type: 'string', example: '["2ad1ae67295445f598017499dc****"]' })
  instanceIds?: string;
  @Param({ wire: 'PublicIpAddresses', type: 'string' })
  publicIpAddresses?: string;
  @Param({ wire: 'InstanceName', type: 'string', example: 'test' })
  instanceName?: string;
  @Param({ wire: 'ChargeType', type: 'string', serverDefault: 'PrePaid', example: 'PrePaid' })
  chargeType?: string;
  @Param({ wire: 'Status', type: 'string', enum: SwasInstanceStatuses, example: 'Running' })
  status?: string;
  @Param({ wire: 'PlanType', type: 'string' })
  planType?: string;
  @Param({ wire: 'ResourceGroupId', type: 'string', example: 'rg-aek2bti7cf7****' })
  resourceGroupId?: string;
  @Param({ wire: 'PageNumber', type: 'integer', serverDefault: 1, example: '1' })
  pageNumber?: number;
  @Param({ wire: 'PageSize', type: 'integer', max: 100, serverDefault: 10, example: '10' })
  pageSize?: number;
  @Param({ wire: 'Tag', type: 'array', items: () => ListInstancesTag })
  tag?: ListInstancesTag[];
}
