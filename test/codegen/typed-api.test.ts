/**
 * The generated API classes as a test author uses them: typed parameters (regionId optional,
 * curated defaults optional, no argument when nothing else is required) and typed bodies.
 */
import { createClient, type Client } from '../../core/client';
import { EcsApi } from '../../apis/ecs';
import { SwasApi } from '../../apis/swas';
import { startCaptureServer, type CaptureServer } from './support/sdk-oracle';

describe('generated API methods', () => {
  let server: CaptureServer;
  let client: Client;
  beforeAll(async () => {
    server = await startCaptureServer();
    client = createClient({ endpoint: `http://127.0.0.1:${server.port}`, regionId: 'cn-hangzhou', accessKeyId: 'ak', accessKeySecret: 'sk', retry: false });
  });
  afterAll(async () => {
    client.close();
    await server.close();
  });

  it('send the curated model default and the client region', async () => {
    const swas = new SwasApi(client);
    const response = await swas.runCommand({ instanceId: 'i-1', commandContent: 'uptime', name: 'up' });
    const invokeId: string | undefined = response.body.InvokeId; // typed: the API's own field names
    expect(invokeId).toBeUndefined();
    expect(server.captures.at(-1)!.query).toEqual({ CommandContent: 'uptime', InstanceId: 'i-1', Name: 'up', RegionId: 'cn-hangzhou', Type: 'RunShellScript' });
  });

  it('need no argument when only the region is required', async () => {
    await new SwasApi(client).listInstances();
    expect(server.captures.at(-1)).toMatchObject({ action: 'ListInstances', query: { RegionId: 'cn-hangzhou' } });
    await new EcsApi(client).describeInstances();
    expect(server.captures.at(-1)).toMatchObject({ action: 'DescribeInstances', query: { RegionId: 'cn-hangzhou' } });
    await new EcsApi(client).describeRegions(); // the SDK's DescribeRegions has no RegionId parameter
    expect(server.captures.at(-1)).toMatchObject({ action: 'DescribeRegions', query: {} });
  });

  it('reject a missing required parameter before any I/O', async () => {
    const before = server.captures.length;
    // @ts-expect-error instanceId is required by the model
    await expect(new EcsApi(client).startInstance({})).rejects.toMatchObject({ name: 'ParameterError', code: 'MissingParameter', parameter: 'instanceId' });
    expect(server.captures.length).toBe(before);
  });
});
