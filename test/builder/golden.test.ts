/**
 * Golden wire cases for real SWAS and ECS actions: the parameter sets the official SDKs were
 * captured sending (shared/reference/alibaba-rpc-protocol.md §1.3). They must keep passing
 * unchanged when the models are generated instead of hand-written.
 */
import { buildRequest, ecsModels, swasModels } from '../../index';

describe('SWAS', () => {
  it('ListInstances: JSON-array text passed through, paging numbers', () => {
    const built = buildRequest(swasModels.ListInstancesModel, {
      regionId: 'cn-hangzhou',
      instanceIds: '["i-aaa","i-bbb"]',
      pageNumber: 1,
      pageSize: 10,
    });
    expect(built).toMatchObject({ product: 'swas', action: 'ListInstances', version: '2020-06-01', method: 'POST', pathname: '/' });
    expect(built.query).toEqual({ InstanceIds: '["i-aaa","i-bbb"]', PageNumber: '1', PageSize: '10', RegionId: 'cn-hangzhou' });
  });

  it('RunCommand: Parameters as one JSON string, booleans as true/false, Type from the model default', () => {
    const built = buildRequest(swasModels.RunCommandModel, {
      regionId: 'cn-hangzhou',
      instanceId: 'i-aaa',
      name: 'n1',
      commandContent: "echo 'hi' && ls *.txt (x)!~ 中文",
      enableParameter: true,
      timeout: 60,
      parameters: { name: 'v a', count: 3, flag: true, nested: { k: 'v' } },
    });
    expect(built.query).toEqual({
      CommandContent: "echo 'hi' && ls *.txt (x)!~ 中文",
      EnableParameter: 'true',
      InstanceId: 'i-aaa',
      Name: 'n1',
      Parameters: '{"name":"v a","count":3,"flag":true,"nested":{"k":"v"}}',
      RegionId: 'cn-hangzhou',
      Timeout: '60',
      Type: 'RunShellScript',
    });
  });

  it('CreateFirewallRules: FirewallRules as JSON with wire keys, Tag flattened in the same request', () => {
    const built = buildRequest(swasModels.CreateFirewallRulesModel, {
      regionId: 'cn-hangzhou',
      instanceId: 'i-aaa',
      clientToken: 'tok-1',
      firewallRules: [
        { port: '80', remark: 'web', ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' },
        { port: '3000/3005', ruleProtocol: 'UDP' },
      ],
      tag: [{ key: 'env', value: 'test' }],
    });
    expect(built.query).toEqual({
      ClientToken: 'tok-1',
      FirewallRules: expect.any(String),
      InstanceId: 'i-aaa',
      RegionId: 'cn-hangzhou',
      'Tag.1.Key': 'env',
      'Tag.1.Value': 'test',
    });
    expect(JSON.parse(built.query.FirewallRules)).toEqual([
      { Port: '80', Remark: 'web', RuleProtocol: 'TCP', SourceCidrIp: '0.0.0.0/0' },
      { Port: '3000/3005', RuleProtocol: 'UDP' },
    ]);
  });

  it('TagResources: repeat list and Tag list numbered from 1', () => {
    const built = buildRequest(swasModels.TagResourcesModel, {
      regionId: 'cn-hangzhou',
      resourceId: ['i-aaa', 'i-bbb'],
      resourceType: 'instance',
      tag: [
        { key: 'k1', value: 'v1' },
        { key: 'k2', value: 'v 2' },
      ],
    });
    expect(built.query).toEqual({
      RegionId: 'cn-hangzhou',
      'ResourceId.1': 'i-aaa',
      'ResourceId.2': 'i-bbb',
      ResourceType: 'instance',
      'Tag.1.Key': 'k1',
      'Tag.1.Value': 'v1',
      'Tag.2.Key': 'k2',
      'Tag.2.Value': 'v 2',
    });
  });

  it('DeleteFirewallRules: simple style joins with commas', () => {
    const built = buildRequest(swasModels.DeleteFirewallRulesModel, { regionId: 'cn-hangzhou', instanceId: 'i-aaa', ruleIds: ['r1', 'r2'] });
    expect(built.query).toEqual({ InstanceId: 'i-aaa', RegionId: 'cn-hangzhou', RuleIds: 'r1,r2' });
  });

  it('ListKeyPairs is the one GET action', () => {
    const built = buildRequest(swasModels.ListKeyPairsModel, { regionId: 'cn-hangzhou' });
    expect(built.method).toBe('GET');
    expect(built.query).toEqual({ RegionId: 'cn-hangzhou' });
  });

  it('documented required parameters are enforced', () => {
    expect(() => buildRequest(swasModels.TagResourcesModel, { regionId: 'cn-hangzhou' } as never)).toThrow(
      expect.objectContaining({ code: 'MissingParameter', action: 'TagResources' }),
    );
    expect(() => buildRequest(swasModels.RunCommandModel, { regionId: 'r', instanceId: 'i', name: 'n', commandContent: 'c', timeout: 5 })).toThrow(
      expect.objectContaining({ code: 'InvalidParameter', parameter: 'timeout' }),
    );
    expect(() => buildRequest(swasModels.ListInstancesModel, { regionId: 'r', pageSize: 101 })).toThrow(
      expect.objectContaining({ code: 'InvalidParameter', parameter: 'pageSize' }),
    );
  });
});

describe('ECS', () => {
  it('DescribeImages: Filter and Tag lists, booleans', () => {
    const built = buildRequest(ecsModels.DescribeImagesModel, {
      regionId: 'cn-hangzhou',
      dryRun: false,
      filter: [{ key: 'CreationStartTime', value: '2024-01-01T00:00Z' }],
      imageOwnerAlias: 'system',
      isPublic: true,
      pageSize: 10,
      tag: [
        { key: 'k1', value: 'v1' },
        { key: 'k2', value: 'v2' },
      ],
    });
    expect(built).toMatchObject({ product: 'ecs', action: 'DescribeImages', version: '2014-05-26', method: 'POST' });
    expect(built.query).toEqual({
      DryRun: 'false',
      'Filter.1.Key': 'CreationStartTime',
      'Filter.1.Value': '2024-01-01T00:00Z',
      ImageOwnerAlias: 'system',
      IsPublic: 'true',
      PageSize: '10',
      RegionId: 'cn-hangzhou',
      'Tag.1.Key': 'k1',
      'Tag.1.Value': 'v1',
      'Tag.2.Key': 'k2',
      'Tag.2.Value': 'v2',
    });
  });

  it('RunCommand: InstanceId repeat list, Tag list, Parameters map as JSON', () => {
    const built = buildRequest(ecsModels.RunCommandModel, {
      regionId: 'cn-hangzhou',
      commandContent: 'echo {{name}}',
      enableParameter: true,
      instanceId: ['i-aaa', 'i-bbb'],
      keepCommand: false,
      parameters: { name: 'world', n: 1 },
      tag: [{ key: 'k1', value: 'v1' }],
      timeout: 60,
      type: 'RunShellScript',
    });
    expect(built.query).toEqual({
      CommandContent: 'echo {{name}}',
      EnableParameter: 'true',
      'InstanceId.1': 'i-aaa',
      'InstanceId.2': 'i-bbb',
      KeepCommand: 'false',
      Parameters: '{"name":"world","n":1}',
      RegionId: 'cn-hangzhou',
      'Tag.1.Key': 'k1',
      'Tag.1.Value': 'v1',
      Timeout: '60',
      Type: 'RunShellScript',
    });
  });
});
