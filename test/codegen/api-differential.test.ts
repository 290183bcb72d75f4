/**
 * End to end: for every SWAS and ECS action, the generated API method (through our real client,
 * signed ACS3) and the official SDK client, given the same values for all parameters, send the
 * same action, HTTP method and query to a 127.0.0.1 capture server. Also checks the generated
 * response schema accepts the capture server's answer and the typed body reaches the caller.
 */
import { createClient, type Client } from '../../core/client';
import { planOf } from '../../core';
import { EcsApi } from '../../apis/ecs';
import { SwasApi } from '../../apis/swas';
import { ecsResponseSchemas, swasResponseSchemas } from '../../models';
import { checkContract } from '../../models/response-schema';
import { startCaptureServer, SdkOracle, type CaptureServer } from './support/sdk-oracle';
import { productUnderTest } from './support/products';
import { synthesize } from './support/synthesize';

type ApiMethod = (params: Record<string, unknown>) => Promise<{ body: unknown; requestId: string }>;

describe.each(['swas', 'ecs'] as const)('%s: generated API methods send what the official SDK sends', (id) => {
  const product = productUnderTest(id);
  let server: CaptureServer;
  let oracle: SdkOracle;
  let client: Client;
  let api: Record<string, unknown>;

  beforeAll(async () => {
    server = await startCaptureServer();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    oracle = new SdkOracle(require(id === 'swas' ? '@alicloud/swas-open20200601' : '@alicloud/ecs20140526'), server);
    client = createClient({
      endpoint: `http://127.0.0.1:${server.port}`,
      regionId: 'cn-hangzhou',
      accessKeyId: 'local-ak',
      accessKeySecret: 'local-sk',
      retry: false,
    });
    api = (id === 'swas' ? new SwasApi(client) : new EcsApi(client)) as unknown as Record<string, unknown>;
  });
  afterAll(async () => {
    client.close();
    await server.close();
  });

  it.each(product.sdkFacts.operations.map((op) => [op.action, op] as const))('%s', async (action, op) => {
    const params = synthesize(planOf(product.modelOf(action)));
    const method = api[op.method] as ApiMethod | undefined;
    expect(typeof method).toBe('function');
    const before = server.captures.length;
    const response = await method!.call(api, params);
    const ours = server.captures[before];
    const sdk = await oracle.send(op.method, op.requestClass, params);
    expect(ours.action).toBe(action);
    expect(ours.method).toBe(sdk.method);
    expect(ours.query).toEqual(sdk.query);
    const schema = (id === 'swas' ? swasResponseSchemas : ecsResponseSchemas)[action];
    expect(checkContract(schema, response.body)).toEqual({ ok: true, errors: [], unknown: [] });
    expect(response.requestId).toBe(`capture-${before + 1}`);
  });
});
