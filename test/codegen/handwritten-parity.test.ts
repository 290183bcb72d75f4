/**
 * The generated models replace the hand-written ones of the foundation issue (kept as fixtures in
 * test/fixtures/codegen/handwritten): for the same input they build the same request, they keep
 * the same model defaults, and the names the hand-written files exported still exist.
 */
import { buildRequest, getActionSpec, planOf, type ModelClass } from '../../core';
import * as ecs from '../../models/ecs';
import * as swas from '../../models/swas';
import * as oldEcs from '../fixtures/codegen/handwritten/ecs';
import * as oldSwas from '../fixtures/codegen/handwritten/swas';
import { synthesize } from './support/synthesize';

const pairs = (old: Record<string, unknown>, now: Record<string, unknown>, product: string) =>
  Object.keys(old)
    .filter((k) => k.endsWith('Model'))
    .map((k) => [`${product} ${k}`, old[k] as ModelClass, now[k] as ModelClass] as const);

const cases = [...pairs(oldSwas, swas, 'swas'), ...pairs(oldEcs, ecs, 'ecs')];

describe('generated models vs the hand-written ones they replace', () => {
  it('covers the 8 hand-written models', () => expect(cases).toHaveLength(8));

  it.each(cases)('%s builds the same request from the same full input', (_name, old, now) => {
    const params = synthesize(planOf(old));
    expect(buildRequest(now, params)).toEqual(buildRequest(old, params));
  });

  it.each(cases)('%s keeps the same model defaults, required set and wire names', (_name, old, now) => {
    const o = planOf(old);
    const n = planOf(now);
    expect(n.defaults).toEqual(o.defaults);
    expect(n.required.map((p) => p.name).sort()).toEqual(o.required.map((p) => p.name).sort());
    const wires = (m: ModelClass) => Object.fromEntries(planOf(m).params.map((p) => [p.name, p.wire]));
    expect(wires(now)).toEqual(wires(old));
    expect(getActionSpec(now)).toMatchObject({ action: getActionSpec(old)!.action, method: getActionSpec(old)!.method, version: getActionSpec(old)!.version });
  });

  it('still exports the hand-written names, with values that agree with the generated enums', () => {
    const enumOf = (m: ModelClass, name: string) => planOf(m).byName.get(name)?.enum;
    expect(enumOf(swas.RunCommandModel, 'type')).toEqual([...swas.SwasCommandTypes]);
    expect(enumOf(swas.ListInstancesModel, 'status')).toEqual([...swas.SwasInstanceStatuses]);
    expect(enumOf(swas.TagResourcesModel, 'resourceType')).toEqual([...swas.SwasTaggableResourceTypes]);
    expect(planOf(swas.CreateFirewallRulesFirewallRule).byName.get('ruleProtocol')?.enum).toEqual([...swas.SwasRuleProtocols]);
    expect(enumOf(ecs.RunCommandModel, 'type')).toEqual([...ecs.EcsCommandTypes]);
    for (const nested of [swas.ListInstancesTag, swas.TagResourcesTag, swas.CreateFirewallRulesTag, ecs.DescribeImagesFilter, ecs.DescribeImagesTag, ecs.RunCommandTag, ecs.RunCommandResourceTag]) {
      expect(planOf(nested).params.map((p) => p.wire)).toEqual(['Key', 'Value']);
    }
  });
});
