/** A product and models that exist only for the framework's own tests (facts chosen to exercise every rule). */
import { Action, Param, type ProductDescriptor } from '../../core';

export const TOY: ProductDescriptor = {
  id: 'toy',
  title: 'TOY',
  version: '2099-01-01',
  protocol: 'alibaba-rpc',
  endpointFor: (regionId) => `toy.${regionId ?? 'global'}.example.invalid`,
};

export const TOY_REST: ProductDescriptor = {
  id: 'toyrest',
  title: 'TOYREST',
  version: 'v1',
  protocol: 'rest-json',
  endpointFor: (regionId) => `toyrest.${regionId ?? 'global'}.example.invalid`,
};

export class ToyRule {
  @Param({ wire: 'Port', type: 'string', required: true, pattern: /^\d+(\/\d+)?$/ })
  port!: string;
  @Param({ wire: 'RuleProtocol', type: 'string', enum: ['TCP', 'UDP'] })
  ruleProtocol?: string;
  @Param({ wire: 'Priority', type: 'integer', min: 1, max: 100 })
  priority?: number;
}

export class ToyTag {
  @Param({ wire: 'Key', type: 'string', minLength: 1, maxLength: 8 })
  key?: string;
  @Param({ wire: 'Value', type: 'string' })
  value?: string;
}

export class ToyOwner {
  @Param({ wire: 'Name', type: 'string', required: true })
  name!: string;
  @Param({ wire: 'Tag', type: 'array', items: () => ToyTag })
  tag?: ToyTag[];
}

@Action({ product: TOY, action: 'DoThing' })
export class DoThingModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'InstanceId', type: 'string', required: true })
  instanceId!: string;
  @Param({ wire: 'Mode', type: 'string', required: true, enum: ['Fast', 'Slow'] })
  mode?: string = 'Fast';
  @Param({ wire: 'Timeout', type: 'integer', min: 10, max: 86400, serverDefault: 60 })
  timeout?: number;
  @Param({ wire: 'Ratio', type: 'number', min: 0, max: 1 })
  ratio?: number;
  @Param({ wire: 'DryRun', type: 'boolean' })
  dryRun?: boolean;
  @Param({ wire: 'Name', type: 'string', minLength: 2, maxLength: 5 })
  name?: string;
  @Param({ wire: 'Password', type: 'string', minLength: 8, sensitive: true })
  password?: string;
  @Param({ wire: 'InstanceIds', type: 'array', items: 'string', minItems: 1, maxItems: 3 })
  instanceIds?: string[];
  @Param({ wire: 'Sizes', type: 'array', items: 'integer', max: 10 })
  sizes?: number[];
  @Param({ wire: 'Rules', type: 'array', items: () => ToyRule, style: 'json' })
  rules?: ToyRule[];
  @Param({ wire: 'Tag', type: 'array', items: () => ToyTag })
  tag?: ToyTag[];
  @Param({ wire: 'Owner', type: 'object', model: () => ToyOwner })
  owner?: ToyOwner;
  @Param({ wire: 'Parameters', type: 'map', style: 'json' })
  parameters?: Record<string, unknown>;
  @Param({ wire: 'Labels', type: 'map' })
  labels?: Record<string, string>;
  @Param({ wire: 'RuleIds', type: 'array', items: 'string', style: 'simple' })
  ruleIds?: string[];
  @Param({ wire: 'ClientToken', type: 'string' })
  clientToken?: string;
}

@Action({ product: TOY_REST, action: 'UpdateModule', method: 'PATCH', style: 'REST', pathname: '/v1/{project_id}/modules/{module_name}' })
export class UpdateModuleModel {
  @Param({ wire: 'project_id', type: 'string', required: true, location: 'path' })
  projectId!: string;
  @Param({ wire: 'module_name', type: 'string', required: true, location: 'path' })
  moduleName!: string;
  @Param({ wire: 'module_id', type: 'string', location: 'query' })
  moduleId?: string;
  @Param({ wire: 'sort_key', type: 'array', items: 'string', location: 'query' })
  sortKey?: string[];
  @Param({ wire: 'Client-Request-Id', type: 'string', location: 'header' })
  clientRequestId?: string;
  @Param({ wire: 'module_description', type: 'string', location: 'body' })
  moduleDescription?: string;
  @Param({ wire: 'tags', type: 'array', items: () => ToyTag, location: 'body' })
  tags?: ToyTag[];
}
