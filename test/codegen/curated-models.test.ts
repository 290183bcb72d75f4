/** The committed curation (models/<product>/curation.ts) is what the exported models do. */
import { buildRequest, planOf, ParameterError, type ModelClass } from '../../core';
import * as ecs from '../../models/ecs';
import * as swas from '../../models/swas';
import { curation as ecsCuration } from '../../models/ecs/curation';
import { curation as swasCuration } from '../../models/swas/curation';

describe('curated models', () => {
  it.each([
    ['swas', swas.RunCommandModel as ModelClass],
    ['ecs', ecs.RunCommandModel as ModelClass],
  ] as const)('%s RunCommand sends Type=RunShellScript unless told otherwise', (_p, model) => {
    expect(planOf(model).defaults).toEqual({ type: 'RunShellScript' });
    const base = { regionId: 'cn-hangzhou', instanceId: 'i-1', commandContent: 'ls', name: 'n' };
    const params = model === ecs.RunCommandModel ? { ...base, instanceId: ['i-1'] } : base;
    expect(buildRequest(model, params).query.Type).toBe('RunShellScript');
    expect(buildRequest(model, { ...params, type: 'RunBatScript' }).query.Type).toBe('RunBatScript');
  });

  it('ECS prices and memory sizes accept fractions (corrected from integer)', () => {
    expect(buildRequest(ecs.CreateAutoProvisioningGroupModel, {
      regionId: 'cn-hangzhou',
      totalTargetCapacity: '2',
      maxSpotPrice: 0.5,
      launchTemplateConfig: [{ instanceType: 'ecs.g7.large', maxPrice: 0.25 }],
    }).query).toMatchObject({ MaxSpotPrice: '0.5', 'LaunchTemplateConfig.1.MaxPrice': '0.25' });
    expect(buildRequest(ecs.DescribeInstanceTypesModel, { minimumMemorySize: 0.5 }).query).toEqual({ MinimumMemorySize: '0.5' });
    // integers stay integers where no correction says otherwise
    expect(() => buildRequest(ecs.DescribeInstancesModel, { regionId: 'cn-hangzhou', pageSize: 1.5 })).toThrow(ParameterError);
  });

  it('ECS key pair creation is idempotent by curation (unique names); the protocol convention decides elsewhere', () => {
    expect(planOf(ecs.CreateKeyPairModel).action?.idempotent).toBe(true);
    expect(planOf(ecs.ImportKeyPairModel).action?.idempotent).toBe(true);
    expect(planOf(ecs.CreateSecurityGroupModel).action?.idempotent).toBeUndefined();
  });

  it('every curation entry states a reason', () => {
    for (const c of [swasCuration, ecsCuration]) {
      for (const action of Object.values(c)) {
        for (const entry of [...Object.values(action.defaults ?? {}), ...Object.values(action.corrections ?? {}), ...(action.idempotent ? [action.idempotent] : [])]) {
          expect(entry.reason.length).toBeGreaterThan(10);
        }
      }
    }
  });
});
