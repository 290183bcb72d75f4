import { Action, Param } from '../../core';
import { SWAS } from './product';

export const SwasTaggableResourceTypes = ['instance', 'snapshot', 'customimage', 'command', 'firewallrule', 'disk'] as const;

export class TagResourcesTag {
  @Param({ wire: 'Key', type: 'string', example: 'TestKey' })
  key?: string;
  @Param({ wire: 'Value', type: 'string', example: 'TestValue' })
  value?: string;
}

@Action({ product: SWAS, action: 'TagResources' })
export class TagResourcesModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'ResourceType', type: 'string', required: true, enum: SwasTaggableResourceTypes, example: 'instance' })
  resourceType!: string;
  @Param({ wire: 'ResourceId', type: 'array', items: 'string', required: true, style: 'repeatList' })
  resourceId!: string[];
  @Param({ wire: 'Tag', type: 'array', items: () => TagResourcesTag, required: true })
  tag!: TagResourcesTag[];
  @Param({ wire: 'ClientToken', type: 'string', example: '123e4567-e89b-12d3-a456-426655440000' })
  clientToken?: string;
}
