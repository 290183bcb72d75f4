/** The memoized class-validator rule lookup must never serve stale rules. */
import { Action, buildRequest, Param } from '../../core';
import { DoThingModel, TOY } from '../support/toy-product';

describe('class-validator rule memo', () => {
  it('picks up rules of classes declared after the first validation', () => {
    expect(() => buildRequest(DoThingModel, { regionId: 'r', instanceId: 'i' })).not.toThrow();

    @Action({ product: TOY, action: 'LateAction' })
    class LateModel {
      @Param({ wire: 'Count', type: 'integer', max: 3 })
      count?: number;
    }
    expect(() => buildRequest(LateModel, { count: 4 })).toThrow("TOY LateAction: InvalidParameter 'count': must be at most 3; got 4");
  });

  it('a curated subclass adds rules without changing its parent', () => {
    @Action({ product: TOY, action: 'Base' })
    class BaseModel {
      @Param({ wire: 'Name', type: 'string' })
      name?: string;
    }
    expect(() => buildRequest(BaseModel, { name: 'x'.repeat(50) })).not.toThrow();

    @Action({ product: TOY, action: 'Base' })
    class CuratedModel extends BaseModel {
      @Param({ wire: 'Name', type: 'string', maxLength: 10 })
      override name?: string;
    }
    expect(() => buildRequest(CuratedModel, { name: 'x'.repeat(50) })).toThrow(/must have at most 10 characters/);
    expect(() => buildRequest(BaseModel, { name: 'x'.repeat(50) })).not.toThrow();
  });
});
