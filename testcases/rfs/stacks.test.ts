// RFS stacks: deletion rules (support.huaweicloud.com/intl/en-us/api-aos/DeleteStack.html).
// Errors are asserted with toMatchApiError by status (see private-modules.test.ts for why).
import { apiSuite, useResources } from '../support';
import { removeStack, rfs, rfsName } from './support';

apiSuite({ product: 'rfs', feature: 'Stacks', action: 'DeleteStack' }, () => {
  const resources = useResources();

  it('deletes a stack that is in a final state (204) @smoke', async () => {
    const name = rfsName('stk');
    const c = await rfs().createStack({ stackName: name });
    const d = await rfs().deleteStack({ stackName: name, stackId: c.body.stack_id });
    expect(d.status).toBe(204);
  });

  it('refuses while the stack is *_IN_PROGRESS', async () => {
    const name = rfsName('busy');
    const c = await rfs().createStack({ stackName: name, templateBody: '{"terraform":{}}' });
    resources.track({ product: 'rfs', kind: 'Stack', id: c.body.stack_id, remove: () => removeStack(rfs(), name, c.body.stack_id) });
    // The documentation names the refusal, not its status: any 4xx that says why.
    await expect(rfs().deleteStack({ stackName: name, stackId: c.body.stack_id })).rejects.toMatchApiError({ status: '4xx', message: /IN_PROGRESS/ });
  });

  it('answers 400 when stack_id does not match the stack', async () => {
    const name = rfsName('mismatch');
    const c = await rfs().createStack({ stackName: name });
    resources.track({ product: 'rfs', kind: 'Stack', id: c.body.stack_id, remove: () => removeStack(rfs(), name, c.body.stack_id) });
    await expect(rfs().deleteStack({ stackName: name, stackId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchApiError({ status: 400 });
  });

  it('answers 404 for a stack that does not exist', async () => {
    await expect(rfs().deleteStack({ stackName: rfsName('ghost') })).rejects.toMatchApiError({ status: 404 });
  });

  it('rejects a stack_id that is not 36 characters before sending it', async () => {
    await expect(rfs().deleteStack({ stackName: rfsName('short'), stackId: 'abc' })).rejects.toMatchParameterError('InvalidParameter', 'stackId');
  });
});
