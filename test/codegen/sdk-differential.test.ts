/**
 * For every SWAS and every ECS action: the official SDK client (against a 127.0.0.1 capture
 * server) and our buildRequest, given the same values for all parameters, put the same
 * parameters on the wire. No exclusions: a difference is a generator bug or a curation to state.
 */
import { buildRequest, planOf } from '../../core';
import { startCaptureServer, SdkOracle, type CaptureServer } from './support/sdk-oracle';
import { productUnderTest } from './support/products';
import { synthesize } from './support/synthesize';

describe.each(['swas', 'ecs'] as const)('%s: generated models send what the official SDK sends', (id) => {
  const product = productUnderTest(id);
  let server: CaptureServer;
  let oracle: SdkOracle;

  beforeAll(async () => {
    server = await startCaptureServer();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require(id === 'swas' ? '@alicloud/swas-open20200601' : '@alicloud/ecs20140526');
    oracle = new SdkOracle(sdk, server);
  });
  afterAll(() => server.close());

  it('covers every SDK operation', () => {
    expect(product.sdkFacts.operations.length).toBe(id === 'swas' ? 98 : 380);
    for (const op of product.sdkFacts.operations) expect(typeof product.models[`${op.action}Model`]).toBe('function');
  });

  it.each(product.sdkFacts.operations.map((op) => [op.action, op] as const))('%s', async (action, op) => {
    const model = product.modelOf(action);
    const params = synthesize(planOf(model));
    const ours = buildRequest(model, params);
    const sdk = await oracle.send(op.method, op.requestClass, params);
    expect(sdk.action).toBe(action);
    expect(sdk.method).toBe(ours.method);
    expect(ours.query).toEqual(sdk.query);
    // every declared parameter was given, so every one must reach the wire
    expect(Object.keys(ours.query).length).toBeGreaterThanOrEqual(planOf(model).params.length);
  });
});
