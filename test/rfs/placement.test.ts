/** RFS requests as built: parameters by location, lists as repeated keys, path encoding, endpoint rule. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRequest } from '../../core/builder/build-request';
import { ParameterError } from '../../core/errors';
import { resolveEndpoint } from '../../core/transport/endpoint';
import * as rfs from '../../models/rfs';

const REQ = '0b7e6c5e-3d0a-4bb5-9c6f-2f1b8e6e1a01';

describe('RFS request placement', () => {
  it('puts the request id and project in headers, lists in the query as repeated keys', () => {
    const built = buildRequest(rfs.ListPrivateModulesModel, { clientRequestId: REQ, projectId: 'proj-1', sortKey: ['create_time'], sortDir: ['desc'], limit: 5 });
    expect(built).toMatchObject({
      method: 'GET',
      pathname: '/v1/private-modules',
      query: { limit: '5' },
      queryLists: { sort_key: ['create_time'], sort_dir: ['desc'] },
      headers: { 'Client-Request-Id': REQ, 'X-Project-Id': 'proj-1' },
      bodyType: 'none',
    });
  });

  it('percent-encodes path values and sends the body as JSON', () => {
    const built = buildRequest(rfs.ShowPrivateModuleVersionContentModel, { clientRequestId: REQ, moduleName: '模块', moduleVersion: '1.0.0+b.1' });
    expect(built.pathname).toBe('/v1/private-modules/%E6%A8%A1%E5%9D%97/versions/1.0.0%2Bb.1');
    const update = buildRequest(rfs.UpdatePrivateModuleMetadataModel, { clientRequestId: REQ, moduleName: 'm', moduleDescription: 'd', moduleId: 'i' });
    expect(update).toMatchObject({ method: 'PATCH', json: { module_description: 'd', module_id: 'i' }, bodyType: 'json', query: {} });
    const stack = buildRequest(rfs.DeleteStackModel, { clientRequestId: REQ, projectId: 'p/1x', stackName: 's' });
    expect(stack.pathname).toBe('/v1/p%2F1x/stacks/s');
  });

  it.each([
    ['a name starting with a digit', rfs.CreatePrivateModuleModel, { moduleName: '1abc' }, 'moduleName'],
    ['a name with a dot', rfs.CreatePrivateModuleModel, { moduleName: 'a.b' }, 'moduleName'],
    ['a version that is not semver', rfs.CreatePrivateModuleModel, { moduleName: 'a', moduleVersion: '1.0' }, 'moduleVersion'],
    ['a stack name over 128 characters', rfs.DeleteStackModel, { projectId: 'proj', stackName: `s${'x'.repeat(128)}` }, 'stackName'],
    ['a short project id', rfs.DeleteStackModel, { projectId: 'p', stackName: 's' }, 'projectId'],
    ['a request id shorter than 36', rfs.ListPrivateModulesModel, { clientRequestId: 'short' }, 'clientRequestId'],
    ['an unknown sort direction', rfs.ListPrivateModulesModel, { sortDir: ['up'] }, 'sortDir'],
  ])('rejects %s before any I/O', (_what, model, params, parameter) => {
    let error: unknown;
    try {
      buildRequest(model as typeof rfs.CreatePrivateModuleModel, { clientRequestId: REQ, ...params });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).issues.map((i) => i.parameter)).toContain(parameter);
  });

  it('finds the endpoint by the rfs.{region}.myhuaweicloud.com rule, and asks for a region', () => {
    expect(resolveEndpoint(rfs.RFS, 'cn-north-4')).toEqual({ origin: 'https://rfs.cn-north-4.myhuaweicloud.com', host: 'rfs.cn-north-4.myhuaweicloud.com' });
    expect(() => resolveEndpoint(rfs.RFS, undefined)).toThrow(/needs a region/);
  });
});

describe('core/ is product-agnostic', () => {
  it('names no RFS action, path or field', () => {
    const hits: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\bRFS\b|private-module|PrivateModule|stack_name|module_name/i.test(readFileSync(file, 'utf8'))) hits.push(file);
      }
    };
    walk(join(__dirname, '..', '..', 'core'));
    expect(hits).toEqual([]);
  });
});
