/**
 * RfsApi end to end against the simulator: signed requests, path/query/header/body placement,
 * the documented behaviour (uniqueness, fresh ids, id mismatch, sort pairs, 404, in-progress
 * refusal, the 307 left for the test to inspect) and the Huawei error envelope → ApiError.
 */
import { RfsApi } from '../../apis/rfs';
import { createClient, type Client } from '../../core/client';
import { ApiError, ParameterError } from '../../core/errors';
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { DEPLOY_MS } from '../../simulator/products/rfs';

const PROJECT = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
let sim: SimulatorHandle;
let client: Client;
let api: RfsApi;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clockSpeed: 0, accessKeys: { 'local-ak': 'local-sk', 'ro-ak': { secret: 'ro-sk', account: 'local-ak', deny: ['rfs:Delete*'] } } });
  client = createClient({ endpoint: sim.url, regionId: 'cn-north-4', accessKeyId: 'local-ak', accessKeySecret: 'local-sk', retry: false });
  api = new RfsApi(client, { projectId: PROJECT });
});
afterAll(async () => {
  client.close();
  await sim.close();
});

async function apiError(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError, the call succeeded');
}

describe('private modules', () => {
  it('creates, shows, updates, lists and deletes a module', async () => {
    const created = await api.createPrivateModule({ moduleName: 'vpc-module', moduleDescription: 'first', moduleVersion: '1.0.0', moduleUri: 'https://obs.example/m.zip' });
    expect(created.status).toBe(201);
    expect(created.body.module_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.requestId).toMatch(/^[0-9a-f]{32}$/);
    const id = created.body.module_id;

    const shown = await api.showPrivateModuleMetadata({ moduleName: 'vpc-module', moduleId: id });
    expect(shown.body).toMatchObject({ module_name: 'vpc-module', module_id: id, module_description: 'first' });

    const updated = await api.updatePrivateModuleMetadata({ moduleName: 'vpc-module', moduleDescription: 'second', moduleId: id });
    expect(updated.body.module_description).toBe('second');

    const listed = await api.listPrivateModules({ sortKey: ['create_time'], sortDir: ['asc'] });
    expect(listed.body.modules.map((m) => m.module_name)).toContain('vpc-module');

    const versions = await api.listPrivateModuleVersions({ moduleName: 'vpc-module' });
    expect(versions.body.versions.map((v) => v.module_version)).toEqual(['1.0.0']);

    const deleted = await api.deletePrivateModule({ moduleName: 'vpc-module', moduleId: id });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toEqual({});
    expect((await apiError(api.showPrivateModuleMetadata({ moduleName: 'vpc-module' }))).status).toBe(404);
  });

  it('keeps names unique per project, and gives a new id when a name is re-created', async () => {
    const first = await api.createPrivateModule({ moduleName: 'dup' });
    const clash = await apiError(api.createPrivateModule({ moduleName: 'dup' }));
    expect(clash.status).toBe(409);
    expect(clash.code).toBe('RFS.Conflict');
    // another project is another scope
    const other = new RfsApi(client, { projectId: 'another-project-id' });
    await expect(other.createPrivateModule({ moduleName: 'dup' })).resolves.toMatchObject({ status: 201 });
    await api.deletePrivateModule({ moduleName: 'dup' });
    const again = await api.createPrivateModule({ moduleName: 'dup' });
    expect(again.body.module_id).not.toBe(first.body.module_id);
    const stale = await apiError(api.showPrivateModuleMetadata({ moduleName: 'dup', moduleId: first.body.module_id }));
    expect(stale.status).toBe(400);
    expect(stale.apiMessage).toContain('does not match');
  });

  it('rejects unequal sort_key / sort_dir lists with 400 (sent as repeated keys)', async () => {
    const e = await apiError(api.listPrivateModules({ sortKey: ['create_time', 'create_time'], sortDir: ['asc'] }));
    expect(e.status).toBe(400);
    expect(e.apiMessage).toContain('equal numbers');
    await expect(api.listPrivateModules({ sortKey: ['create_time', 'create_time'], sortDir: ['asc', 'desc'] })).resolves.toMatchObject({ status: 200 });
  });

  it('answers 404 for unknown modules and versions', async () => {
    expect((await apiError(api.listPrivateModuleVersions({ moduleName: 'nope' }))).status).toBe(404);
    expect((await apiError(api.deletePrivateModule({ moduleName: 'nope' }))).code).toBe('RFS.NotFound');
    await api.createPrivateModule({ moduleName: 'versioned', moduleVersion: '2.0.0', moduleUri: 'https://obs.example/v.zip' });
    expect((await apiError(api.showPrivateModuleVersionContent({ moduleName: 'versioned', moduleVersion: '9.9.9' }))).status).toBe(404);
  });

  it('shows a version content as a 307 whose Location the test can read (not followed)', async () => {
    await api.createPrivateModule({ moduleName: '模块-content', moduleVersion: '1.2.3-rc.1+build.5', moduleUri: 'https://obs.example/c.zip' });
    const res = await api.showPrivateModuleVersionContent({ moduleName: '模块-content', moduleVersion: '1.2.3-rc.1+build.5' });
    expect(res.status).toBe(307);
    expect(res.headers.location).toMatch(/^https:\/\/obs\.simulator\.invalid\/rfs-private-modules\/[0-9a-f-]{36}\/1\.2\.3-rc\.1%2Bbuild\.5\.zip\?Expires=\d+$/);
    expect(res.body).toEqual({});
  });

  it('validates before any I/O: names, versions, the update rule', async () => {
    await expect(api.createPrivateModule({ moduleName: '1-starts-with-digit' })).rejects.toMatchObject({ name: 'ParameterError', code: 'InvalidParameter', parameter: 'moduleName' });
    await expect(api.showPrivateModuleVersionContent({ moduleName: 'm', moduleVersion: 'v1' })).rejects.toBeInstanceOf(ParameterError);
    await expect(api.updatePrivateModuleMetadata({ moduleName: 'm', moduleId: 'x' })).rejects.toMatchObject({ code: 'MissingParameter', parameter: 'moduleDescription' });
    await expect(api.listPrivateModules({ sortKey: ['name'] })).rejects.toMatchObject({ code: 'InvalidParameter' });
  });

  it('lets a negative test send what validation would stop; the simulator answers 400', async () => {
    await api.createPrivateModule({ moduleName: 'upd' });
    const e = await apiError(api.updatePrivateModuleMetadata({ moduleName: 'upd' }, { validate: false }));
    expect(e.status).toBe(400);
    const noId = await apiError(api.listPrivateModules({ clientRequestId: undefined }, { validate: false }));
    expect(noId.status).toBe(400);
    expect(noId.apiMessage).toContain('Client-Request-Id');
  });
});

describe('stacks', () => {
  it('refuses to delete a stack while *_IN_PROGRESS, then deletes it once deployed', async () => {
    const created = await api.createStack({ stackName: 'deploying', templateBody: '{"resource":{}}' });
    const busy = await apiError(api.deleteStack({ stackName: 'deploying', stackId: created.body.stack_id }));
    expect(busy.status).toBe(409);
    expect(busy.apiMessage).toContain('DEPLOYMENT_IN_PROGRESS');
    sim.clock.advance(DEPLOY_MS);
    await expect(api.deleteStack({ stackName: 'deploying', stackId: created.body.stack_id })).resolves.toMatchObject({ status: 204 });
  });

  it('checks stack_id, answers 404 for unknown stacks, and re-creates with a new id', async () => {
    const a = await api.createStack({ stackName: 'plain' });
    const wrong = await apiError(api.deleteStack({ stackName: 'plain', stackId: '00000000-0000-4000-8000-000000000000' }));
    expect(wrong.status).toBe(400);
    expect((await apiError(api.createStack({ stackName: 'plain' }))).status).toBe(409);
    await api.deleteStack({ stackName: 'plain' });
    expect((await apiError(api.deleteStack({ stackName: 'plain' }))).status).toBe(404);
    const b = await api.createStack({ stackName: 'plain' });
    expect(b.body.stack_id).not.toBe(a.body.stack_id);
    await api.deleteStack({ stackName: 'plain', stackId: b.body.stack_id });
  });

  it('needs a project: without one the call fails before I/O', async () => {
    const noProject = new RfsApi(client);
    await expect(noProject.deleteStack({ stackName: 'x' })).rejects.toMatchObject({ code: 'MissingParameter', parameter: 'projectId' });
  });
});

describe('authentication and the error envelope', () => {
  it('rejects a wrong secret with 401 APIGW.0301 and never shows the secret', async () => {
    const bad = createClient({ endpoint: sim.url, regionId: 'cn-north-4', accessKeyId: 'local-ak', accessKeySecret: 'not-the-secret', retry: false });
    const e = await apiError(new RfsApi(bad, { projectId: PROJECT }).listPrivateModules());
    bad.close();
    expect(e.status).toBe(401);
    expect(e.code).toBe('APIGW.0301');
    expect(JSON.stringify(e) + e.message).not.toContain('not-the-secret');
  });

  it('maps a permission denial to ApiError with the encoded authorization message and details', async () => {
    const ro = createClient({ endpoint: sim.url, regionId: 'cn-north-4', accessKeyId: 'ro-ak', accessKeySecret: 'ro-sk', retry: false });
    const e = await apiError(new RfsApi(ro, { projectId: PROJECT }).deletePrivateModule({ moduleName: 'any' }));
    ro.close();
    expect(e.status).toBe(403);
    expect(e.code).toBe('RFS.Forbidden');
    expect(e.accessDeniedDetail).toMatchObject({ encodedAuthorizationMessage: expect.any(String), details: [{ error_code: 'RFS.Forbidden' }] });
  });
});
