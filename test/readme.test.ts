/** The README's examples of building requests and of the errors, kept true. */
import { buildRequest, swasModels } from '../index';

describe('README examples', () => {
  it('Building a request: CreateFirewallRules', () => {
    const req = buildRequest(swasModels.CreateFirewallRulesModel, {
      regionId: 'cn-hangzhou',
      instanceId: 'i-aaa',
      firewallRules: [{ port: '80', ruleProtocol: 'TCP', sourceCidrIp: '0.0.0.0/0' }],
      tag: [{ key: 'env', value: 'test' }],
    });
    expect(req).toEqual({
      product: 'swas', action: 'CreateFirewallRules', version: '2020-06-01', method: 'POST', pathname: '/',
      query: { FirewallRules: '[{"Port":"80","RuleProtocol":"TCP","SourceCidrIp":"0.0.0.0/0"}]', InstanceId: 'i-aaa', RegionId: 'cn-hangzhou', 'Tag.1.Key': 'env', 'Tag.1.Value': 'test' },
      body: {}, bodyType: 'none', headers: {},
    });
  });

  it('Negative tests: validate false', () => {
    const q = buildRequest(swasModels.RunCommandModel, { regionId: 'cn-hangzhou', timeout: 5, Bogus: 'x' } as never, { validate: false }).query;
    expect(Object.entries(q)).toEqual([['RegionId', 'cn-hangzhou'], ['Timeout', '5'], ['Type', 'RunShellScript'], ['Bogus', 'x']]);
  });

  it('The errors you can meet', () => {
    const full = { regionId: 'r', instanceId: 'i', name: 'n', commandContent: 'c' };
    expect(() => buildRequest(swasModels.RunCommandModel, { ...full, instanceID: 'x' } as never)).toThrow(
      "SWAS RunCommand: UnknownParameter 'instanceID': not a parameter of this action; did you mean 'instanceId'?",
    );
    expect(() => buildRequest(swasModels.RunCommandModel, { ...full, instanceId: undefined } as never)).toThrow(
      /^SWAS RunCommand: MissingParameter 'instanceId': required \(wire name InstanceId\) but has no value; pass 'instanceId', e\.g\. "ace0/,
    );
    expect(() => buildRequest(swasModels.RunCommandModel, { ...full, timeout: 5 })).toThrow(
      "SWAS RunCommand: InvalidParameter 'timeout': must be from 10 to 86400; got 5",
    );
  });
});
