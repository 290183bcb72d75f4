/**
 * The request builder's six rules, one by one, with exact codes, paths and messages
 * (DESIGN.md "Rules of the request builder").
 */
import { buildRequest, ParameterError, type ParameterIssue } from '../../core';
import { DoThingModel, UpdateModuleModel } from '../support/toy-product';

const base = { regionId: 'cn-hangzhou', instanceId: 'i-1' };

function issuesOf(fn: () => unknown): ParameterIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ParameterError);
    return [...(e as ParameterError).issues];
  }
  throw new Error('expected a ParameterError');
}

describe('rule 1: model defaults, caller values replace them', () => {
  it('sends a model default when the caller gives nothing', () => {
    expect(buildRequest(DoThingModel, base).query.Mode).toBe('Fast');
  });
  it('a caller value replaces the default', () => {
    expect(buildRequest(DoThingModel, { ...base, mode: 'Slow' }).query.Mode).toBe('Slow');
  });
  it('a server default is recorded but not sent', () => {
    expect(buildRequest(DoThingModel, base).query).not.toHaveProperty('Timeout');
  });
  it('an explicit undefined unsets a defaulted required parameter (MissingParameter)', () => {
    expect(issuesOf(() => buildRequest(DoThingModel, { ...base, mode: undefined }))).toEqual([
      expect.objectContaining({ code: 'MissingParameter', parameter: 'mode' }),
    ]);
  });
  it('does not change the caller object', () => {
    const params = { ...base, tag: [{ key: 'k', value: 'v' }] };
    const copy = structuredClone(params);
    buildRequest(DoThingModel, params);
    expect(params).toEqual(copy);
  });
});

describe('rule 2: unknown keys are rejected with a suggestion', () => {
  it.each([
    ['instanceID', 'instanceId'],
    ['InstanceId', 'instanceId'],
    ['instance_id', 'instanceId'],
    ['timeuot', 'timeout'],
    ['DryRun', 'dryRun'],
  ])('%s suggests %s', (given, suggestion) => {
    const issues = issuesOf(() => buildRequest(DoThingModel, { ...base, [given]: 'x' } as never));
    expect(issues).toContainEqual({
      code: 'UnknownParameter',
      parameter: given,
      suggestion,
      message: `not a parameter of this action; did you mean '${suggestion}'?`,
    });
  });
  it('lists the declared names when nothing is close', () => {
    const [issue] = issuesOf(() => buildRequest(DoThingModel, { ...base, zzzzzz: 1 } as never));
    expect(issue.code).toBe('UnknownParameter');
    expect(issue.suggestion).toBeUndefined();
    expect(issue.message).toMatch(/^not a parameter of this action; declared: regionId, instanceId, mode, /);
  });
  it('finds unknown keys inside nested items, with their path', () => {
    const issues = issuesOf(() =>
      buildRequest(DoThingModel, { ...base, rules: [{ port: '80' }, { port: '81', prot: 'TCP' }] } as never),
    );
    expect(issues).toEqual([
      {
        code: 'UnknownParameter',
        parameter: 'rules[1].prot',
        suggestion: 'port',
        message: "not a parameter of this item; did you mean 'port'?",
      },
    ]);
  });
  it('finds unknown keys inside a nested object', () => {
    const issues = issuesOf(() => buildRequest(DoThingModel, { ...base, owner: { name: 'a', nmae: 'b' } } as never));
    expect(issues.map((i) => [i.code, i.parameter, i.suggestion])).toEqual([['UnknownParameter', 'owner.nmae', 'name']]);
  });
});

describe('rule 3: required parameters must have a value', () => {
  it('names every missing parameter with its wire name and an example', () => {
    const issues = issuesOf(() => buildRequest(DoThingModel, {} as never));
    expect(issues).toEqual([
      {
        code: 'MissingParameter',
        parameter: 'regionId',
        message: `required (wire name RegionId) but has no value; pass 'regionId', e.g. "cn-hangzhou"`,
      },
      { code: 'MissingParameter', parameter: 'instanceId', message: "required (wire name InstanceId) but has no value; pass 'instanceId'" },
    ]);
  });
  it('null counts as missing', () => {
    expect(issuesOf(() => buildRequest(DoThingModel, { ...base, instanceId: null } as never))[0]).toMatchObject({
      code: 'MissingParameter',
      parameter: 'instanceId',
    });
  });
  it('checks required members of nested items', () => {
    const issues = issuesOf(() => buildRequest(DoThingModel, { ...base, rules: [{ port: '1' }, { ruleProtocol: 'TCP' }] } as never));
    expect(issues.map((i) => `${i.code} ${i.parameter}`)).toEqual(['MissingParameter rules[1].port']);
  });
  it('checks required members of a nested object', () => {
    const issues = issuesOf(() => buildRequest(DoThingModel, { ...base, owner: {} } as never));
    expect(issues.map((i) => `${i.code} ${i.parameter}`)).toEqual(['MissingParameter owner.name']);
  });
});

describe('rule 4: values are validated', () => {
  const invalid = (params: Record<string, unknown>) =>
    issuesOf(() => buildRequest(DoThingModel, { ...base, ...params } as never)).map((i) => `${i.parameter}: ${i.message}`);

  it.each<[string, Record<string, unknown>, string]>([
    ['string type', { instanceId: 42 }, 'instanceId: must be a string; got 42'],
    ['integer type', { timeout: 60.5 }, 'timeout: must be an integer; got 60.5'],
    ['integer not string', { timeout: '60' }, 'timeout: must be an integer; got "60"'],
    ['number type', { ratio: 'half' }, 'ratio: must be a finite number; got "half"'],
    ['boolean type', { dryRun: 'yes' }, 'dryRun: must be true or false; got "yes"'],
    ['enum', { mode: 'Medium' }, 'mode: must be one of "Fast", "Slow"; got "Medium"'],
    ['min', { timeout: 9 }, 'timeout: must be from 10 to 86400; got 9'],
    ['max', { timeout: 86401 }, 'timeout: must be from 10 to 86400; got 86401'],
    ['min length', { name: 'a' }, 'name: must have from 2 to 5 characters; got "a"'],
    ['max length', { name: 'abcdef' }, 'name: must have from 2 to 5 characters; got "abcdef"'],
    ['array type', { instanceIds: 'i-1' }, 'instanceIds: must be an array; got "i-1"'],
    ['array min items', { instanceIds: [] }, 'instanceIds: must have from 1 to 3 items; got an array of 0'],
    ['array max items', { instanceIds: ['a', 'b', 'c', 'd'] }, 'instanceIds: must have from 1 to 3 items; got an array of 4'],
    ['array item type', { instanceIds: ['a', 2] }, 'instanceIds: every item must be a string; got an array of 2'],
    ['array item range', { sizes: [1, 11] }, 'sizes: every item must be at most 10; got an array of 2'],
    ['map type', { parameters: 'x' }, 'parameters: must be an object; got "x"'],
    ['nested object type', { owner: 'bob' }, 'owner: must be an object; got "bob"'],
    ['nested pattern', { rules: [{ port: 'eighty' }] }, 'rules[0].port: must match /^\\d+(\\/\\d+)?$/; got "eighty"'],
    ['nested range', { rules: [{ port: '1', priority: 0 }] }, 'rules[0].priority: must be from 1 to 100; got 0'],
    ['deeply nested', { owner: { name: 'n', tag: [{ key: '' }] } }, 'owner.tag[0].key: must have from 1 to 8 characters; got ""'],
  ])('%s', (_, params, expected) => {
    expect(invalid(params)).toEqual([expected]);
  });

  it('never shows the value of a sensitive parameter', () => {
    const [issue] = issuesOf(() => buildRequest(DoThingModel, { ...base, password: 'hunter2' }));
    expect(issue).toEqual({ code: 'InvalidParameter', parameter: 'password', message: 'must have at least 8 characters; got ***' });
  });

  it('reports all problems of one call together, in rule order', () => {
    let err: ParameterError | undefined;
    try {
      buildRequest(DoThingModel, { regionId: 'r', timeuot: 5, timeout: 5, mode: 'Medium' } as never);
    } catch (e) {
      err = e as ParameterError;
    }
    expect(err).toBeInstanceOf(ParameterError);
    expect(err!.issues.map((i) => i.code)).toEqual(['UnknownParameter', 'MissingParameter', 'InvalidParameter', 'InvalidParameter']);
    expect(err!.code).toBe('UnknownParameter');
    expect(err!.parameter).toBe('timeuot');
    expect(err!.action).toBe('DoThing');
    expect(err!.product).toBe('TOY');
    expect(err!.name).toBe('ParameterError');
    expect(err!.message).toBe(
      "TOY DoThing: 4 parameter problems: UnknownParameter 'timeuot': not a parameter of this action; did you mean 'timeout'?; " +
        "MissingParameter 'instanceId': required (wire name InstanceId) but has no value; pass 'instanceId'; " +
        `InvalidParameter 'mode': must be one of "Fast", "Slow"; got "Medium"; ` +
        "InvalidParameter 'timeout': must be from 10 to 86400; got 5",
    );
  });

  it('a single problem reads as one sentence', () => {
    expect(() => buildRequest(DoThingModel, { ...base, timeout: 5 })).toThrow(
      "TOY DoThing: InvalidParameter 'timeout': must be from 10 to 86400; got 5",
    );
  });

  it('accepts the bounds themselves', () => {
    expect(() => buildRequest(DoThingModel, { ...base, timeout: 10, name: 'ab', instanceIds: ['a'] })).not.toThrow();
    expect(() => buildRequest(DoThingModel, { ...base, timeout: 86400, name: 'abcde', instanceIds: ['a', 'b', 'c'] })).not.toThrow();
  });
});

describe('rule 5: unset optional parameters are stripped', () => {
  it('undefined and null never reach the wire', () => {
    const built = buildRequest(DoThingModel, { ...base, timeout: undefined, name: null, tag: [{ key: 'k', value: undefined }] } as never);
    expect(built.query).toEqual({ RegionId: 'cn-hangzhou', InstanceId: 'i-1', Mode: 'Fast', 'Tag.1.Key': 'k' });
  });
  it('empty strings, zero and false are values, not unset', () => {
    const built = buildRequest(DoThingModel, { ...base, ratio: 0, dryRun: false, labels: { a: '' } });
    expect(built.query).toMatchObject({ Ratio: '0', DryRun: 'false', 'Labels.a': '' });
  });
});

describe('rule 6: wire serialization (Alibaba RPC)', () => {
  it('flattens every kind the way the official SDK does', () => {
    const built = buildRequest(DoThingModel, {
      ...base,
      dryRun: true,
      instanceIds: ['i-a', 'i-b'],
      rules: [{ port: '80', ruleProtocol: 'TCP' }, { port: '3000/3005' }],
      tag: [{ key: 'k1', value: 'v1' }, { key: 'k2' }],
      owner: { name: 'me', tag: [{ key: 'a', value: 'b' }] },
      parameters: { name: 'v a', n: 3, nested: { k: true } },
      labels: { team: 'qa' },
      ruleIds: ['r1', 'r2'],
    });
    expect(built).toEqual({
      product: 'toy',
      action: 'DoThing',
      version: '2099-01-01',
      method: 'POST',
      pathname: '/',
      bodyType: 'none',
      body: {},
      headers: {},
      query: {
        RegionId: 'cn-hangzhou',
        InstanceId: 'i-1',
        Mode: 'Fast',
        DryRun: 'true',
        'InstanceIds.1': 'i-a',
        'InstanceIds.2': 'i-b',
        Rules: '[{"Port":"80","RuleProtocol":"TCP"},{"Port":"3000/3005"}]',
        'Tag.1.Key': 'k1',
        'Tag.1.Value': 'v1',
        'Tag.2.Key': 'k2',
        'Owner.Name': 'me',
        'Owner.Tag.1.Key': 'a',
        'Owner.Tag.1.Value': 'b',
        Parameters: '{"name":"v a","n":3,"nested":{"k":true}}',
        'Labels.team': 'qa',
        RuleIds: 'r1,r2',
      },
    });
  });
});

describe('validate: false (negative tests)', () => {
  it('skips rules 2–4 and sends unknown keys verbatim as wire names', () => {
    const built = buildRequest(DoThingModel, { regionId: 'r', timeout: 5, mode: 'Medium', Bogus: 'x', 'Weird.1': 2 } as never, {
      validate: false,
    });
    expect(built.query).toEqual({ RegionId: 'r', Mode: 'Medium', Timeout: '5', Bogus: 'x', 'Weird.1': '2' });
  });
  it('still strips unset values and still applies defaults', () => {
    expect(buildRequest(DoThingModel, { timeout: undefined } as never, { validate: false }).query).toEqual({ Mode: 'Fast' });
  });
});

describe('ClientToken', () => {
  it("'auto' fills a fresh UUID for actions that declare ClientToken", () => {
    const a = buildRequest(DoThingModel, base, { clientToken: 'auto' }).query.ClientToken;
    const b = buildRequest(DoThingModel, base, { clientToken: 'auto' }).query.ClientToken;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
  it('a given token is used as is; the caller’s own wins', () => {
    expect(buildRequest(DoThingModel, base, { clientToken: 'tok-1' }).query.ClientToken).toBe('tok-1');
    expect(buildRequest(DoThingModel, { ...base, clientToken: 'mine' }, { clientToken: 'auto' }).query.ClientToken).toBe('mine');
  });
  it('no token unless asked (the builder is deterministic)', () => {
    expect(buildRequest(DoThingModel, base).query).not.toHaveProperty('ClientToken');
  });
});

describe('REST-style placement', () => {
  it('puts path, query, header and JSON body parameters where declared, path values encoded', () => {
    const built = buildRequest(UpdateModuleModel, {
      projectId: 'p 1',
      moduleName: 'my/mod',
      moduleId: 'id-1',
      sortKey: ['name', 'created_at'],
      clientRequestId: 'req-1',
      moduleDescription: 'new text',
      tags: [{ key: 'k', value: 'v' }],
    });
    expect(built).toEqual({
      product: 'toyrest',
      action: 'UpdateModule',
      version: 'v1',
      method: 'PATCH',
      pathname: '/v1/p%201/modules/my%2Fmod',
      query: { module_id: 'id-1', sort_key: 'name,created_at' },
      headers: { 'Client-Request-Id': 'req-1' },
      body: {},
      json: { module_description: 'new text', tags: [{ Key: 'k', Value: 'v' }] },
      bodyType: 'json',
    });
  });
  it('has no JSON body when no body parameter is set', () => {
    const built = buildRequest(UpdateModuleModel, { projectId: 'p', moduleName: 'm' });
    expect(built.bodyType).toBe('none');
    expect(built).not.toHaveProperty('json');
  });
});

describe('models', () => {
  it('refuses to build a class that is not an action model', () => {
    class Plain {}
    expect(() => buildRequest(Plain, {})).toThrow('Plain is not a parameter model: it has no @Action and no @Param');
  });
});
