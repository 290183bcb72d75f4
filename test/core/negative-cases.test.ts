import { buildRequest, ParameterError, type ModelClass } from '../../core';
import { negativeCases } from '../../core/testing/negative-cases';
import { sampleParams } from '../../core/testing/sample-params';
import { swasModels } from '../../index';
import { DoThingModel } from '../support/toy-product';

describe('sampleParams', () => {
  it('gives a set the builder accepts, for required-only and full samples', () => {
    expect(() => buildRequest(DoThingModel, sampleParams(DoThingModel))).not.toThrow();
    expect(() => buildRequest(DoThingModel, sampleParams(DoThingModel, { optional: true }))).not.toThrow();
    const models: ModelClass[] = [swasModels.RunCommandModel, swasModels.CreateFirewallRulesModel, swasModels.TagResourcesModel, swasModels.ListInstancesModel];
    for (const m of models) expect(() => buildRequest(m, sampleParams(m, { optional: true }))).not.toThrow();
  });
  it('uses documented examples', () => {
    expect(sampleParams(swasModels.RunCommandModel)).toMatchObject({ regionId: 'cn-hangzhou', commandContent: 'ifconfig -s' });
  });
});

describe('negativeCases', () => {
  const cases = negativeCases(DoThingModel);
  const titles = cases.map((c) => `${c.expect}: ${c.title}`);

  it('covers every required parameter, enum and bound of the model', () => {
    expect(titles).toEqual([
      'rejected: DoThing without regionId',
      'rejected: DoThing without instanceId',
      'rejected: DoThing without mode',
      'rejected: DoThing with mode outside its enum',
      'rejected: DoThing with timeout = 9 (below min 10)',
      'accepted: DoThing with timeout = 10 (min)',
      'rejected: DoThing with timeout = 86401 (above max 86400)',
      'accepted: DoThing with timeout = 86400 (max)',
      'rejected: DoThing with ratio = -0.5 (below min 0)',
      'accepted: DoThing with ratio = 0 (min)',
      'rejected: DoThing with ratio = 1.5 (above max 1)',
      'accepted: DoThing with ratio = 1 (max)',
      'rejected: DoThing with name shorter than 2',
      'accepted: DoThing with name of 2 characters',
      'rejected: DoThing with name longer than 5',
      'accepted: DoThing with name of 5 characters',
      'rejected: DoThing with password shorter than 8',
      'accepted: DoThing with password of 8 characters',
    ]);
  });

  it('each rejected case is one the builder itself would reject, each accepted one it accepts', () => {
    for (const c of cases) {
      const build = () => buildRequest(DoThingModel, c.params);
      if (c.expect === 'accepted') expect(build).not.toThrow();
      else {
        expect(build).toThrow(ParameterError);
        // and it can be sent on purpose
        expect(() => buildRequest(DoThingModel, c.params, { validate: false })).not.toThrow();
      }
    }
  });

  it('leaves out a parameter given in skip', () => {
    const names = negativeCases(DoThingModel, { skip: { timeout: 'the API clamps it' } }).map((c) => c.parameter);
    expect(names).not.toContain('timeout');
  });
});
