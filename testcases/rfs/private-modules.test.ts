// RFS private modules: positive and negative cases of the documented behaviour
// (support.huaweicloud.com/intl/en-us/api-aos, "Resource Formation - Module Management").
// Errors are asserted by HTTP status with toMatchApiError: RFS's error_code strings are not public
// (the simulator's are its own), and the matcher's failure names what came instead — an injected
// 503 reads "but got ServiceUnavailable (HTTP 503)", which the report files as infrastructure.
import { apiSuite, useResources } from '../support';
import { removeModule, rfs, rfsName } from './support';

const ZIP = 'https://obs.example.invalid/cloudcase/module.zip';

apiSuite({ product: 'rfs', feature: 'Private modules', action: 'CreatePrivateModule' }, () => {
  const resources = useResources();
  const created = async (name: string, extra: { moduleVersion?: string; moduleUri?: string; moduleDescription?: string } = {}) => {
    const r = await rfs().createPrivateModule({ moduleName: name, ...extra });
    resources.track({ product: 'rfs', kind: 'PrivateModule', id: r.body.module_id, remove: () => removeModule(rfs(), name, r.body.module_id) });
    return r;
  };

  it('creates a module with its first version and answers 201 with a UUID @smoke', async () => {
    const r = await created(rfsName('mod'), { moduleVersion: '1.0.0', moduleUri: ZIP, moduleDescription: 'cloudcase' });
    expect(r.status).toBe(201);
    expect(r.body.module_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(r.body.module_version).toBe('1.0.0');
  });

  it('refuses a second module with the same name (409)', async () => {
    const name = rfsName('dup');
    await created(name);
    await expect(rfs().createPrivateModule({ moduleName: name })).rejects.toMatchApiError({ status: 409 });
  });

  it('gives a new id when a deleted name is created again, and the old id no longer matches (400)', async () => {
    const name = rfsName('again');
    const first = await rfs().createPrivateModule({ moduleName: name });
    await rfs().deletePrivateModule({ moduleName: name, moduleId: first.body.module_id });
    const second = await created(name);
    expect(second.body.module_id).not.toBe(first.body.module_id);
    await expect(rfs().showPrivateModuleMetadata({ moduleName: name, moduleId: first.body.module_id })).rejects.toMatchApiError({ status: 400 });
  });

  it('rejects a name that does not start with a letter before sending it', async () => {
    await expect(rfs().createPrivateModule({ moduleName: '9lives' })).rejects.toMatchParameterError('InvalidParameter', 'moduleName');
  });

  it('answers 400 for that name when validation is skipped', async () => {
    await expect(rfs().createPrivateModule({ moduleName: '9lives' }, { validate: false })).rejects.toMatchApiError({ status: 400 });
  });
});

apiSuite({ product: 'rfs', feature: 'Private modules', action: 'UpdatePrivateModuleMetadata' }, () => {
  const resources = useResources();

  it('updates the description and the update time @smoke', async () => {
    const name = rfsName('upd');
    const c = await rfs().createPrivateModule({ moduleName: name, moduleDescription: 'before' });
    resources.track({ product: 'rfs', kind: 'PrivateModule', id: c.body.module_id, remove: () => removeModule(rfs(), name, c.body.module_id) });
    const u = await rfs().updatePrivateModuleMetadata({ moduleName: name, moduleId: c.body.module_id, moduleDescription: 'after' });
    expect(u.status).toBe(200);
    const shown = await rfs().showPrivateModuleMetadata({ moduleName: name });
    expect(shown.body).toMatchObject({ module_name: name, module_id: c.body.module_id, module_description: 'after' });
  });

  it('needs at least one field to update: refused before I/O, and 400 from the API', async () => {
    await expect(rfs().updatePrivateModuleMetadata({ moduleName: rfsName('none') })).rejects.toMatchParameterError('MissingParameter', 'moduleDescription');
    const name = rfsName('empty');
    const c = await rfs().createPrivateModule({ moduleName: name });
    resources.track({ product: 'rfs', kind: 'PrivateModule', id: c.body.module_id, remove: () => removeModule(rfs(), name, c.body.module_id) });
    await expect(rfs().updatePrivateModuleMetadata({ moduleName: name, moduleId: c.body.module_id }, { validate: false })).rejects.toMatchApiError({ status: 400 });
  });

  it('answers 404 for a module that does not exist', async () => {
    await expect(rfs().updatePrivateModuleMetadata({ moduleName: rfsName('ghost'), moduleDescription: 'x' })).rejects.toMatchApiError({ status: 404 });
  });
});

apiSuite({ product: 'rfs', feature: 'Private modules', action: 'ListPrivateModules' }, () => {
  const resources = useResources();

  it('lists created modules, in the order asked for @smoke', async () => {
    const names = [rfsName('la'), rfsName('lb')];
    for (const n of names) {
      const c = await rfs().createPrivateModule({ moduleName: n });
      resources.track({ product: 'rfs', kind: 'PrivateModule', id: c.body.module_id, remove: () => removeModule(rfs(), n, c.body.module_id) });
    }
    const asc = await rfs().listPrivateModules({ sortKey: ['create_time'], sortDir: ['asc'] });
    const listed = asc.body.modules.map((m) => m.module_name).filter((n) => names.includes(n));
    expect(listed).toEqual(names);
    const desc = await rfs().listPrivateModules({ sortKey: ['create_time'], sortDir: ['desc'] });
    expect(desc.body.modules.map((m) => m.module_name).filter((n) => names.includes(n))).toEqual([...names].reverse());
  });

  it('answers 400 when sort_key and sort_dir are not given in equal numbers', async () => {
    await expect(rfs().listPrivateModules({ sortKey: ['create_time'], sortDir: ['asc', 'desc'] })).rejects.toMatchApiError({ status: 400 });
  });

  it('rejects a sort key other than create_time before sending it', async () => {
    await expect(rfs().listPrivateModules({ sortKey: ['name'], sortDir: ['asc'] })).rejects.toMatchParameterError('InvalidParameter');
  });
});

apiSuite({ product: 'rfs', feature: 'Private modules', action: 'ShowPrivateModuleVersionContent' }, () => {
  const resources = useResources();

  it('answers 307 with the download link in Location, not followed @smoke', async () => {
    const name = rfsName('content');
    const c = await rfs().createPrivateModule({ moduleName: name, moduleVersion: '0.1.0', moduleUri: ZIP });
    resources.track({ product: 'rfs', kind: 'PrivateModule', id: c.body.module_id, remove: () => removeModule(rfs(), name, c.body.module_id) });
    const r = await rfs().showPrivateModuleVersionContent({ moduleName: name, moduleVersion: '0.1.0', moduleId: c.body.module_id });
    expect(r.status).toBe(307);
    expect(r.headers.location).toMatch(/^https:\/\//);
    const versions = await rfs().listPrivateModuleVersions({ moduleName: name });
    expect(versions.body.versions.map((v) => v.module_version)).toEqual(['0.1.0']);
  });

  it('answers 404 for a version that does not exist', async () => {
    const name = rfsName('nover');
    const c = await rfs().createPrivateModule({ moduleName: name });
    resources.track({ product: 'rfs', kind: 'PrivateModule', id: c.body.module_id, remove: () => removeModule(rfs(), name, c.body.module_id) });
    await expect(rfs().showPrivateModuleVersionContent({ moduleName: name, moduleVersion: '1.0.0' })).rejects.toMatchApiError({ status: 404 });
  });
});

apiSuite({ product: 'rfs', feature: 'Private modules', action: 'DeletePrivateModule' }, () => {
  it('deletes a module (204), after which it is gone (404)', async () => {
    const name = rfsName('del');
    const c = await rfs().createPrivateModule({ moduleName: name });
    const d = await rfs().deletePrivateModule({ moduleName: name, moduleId: c.body.module_id });
    expect(d.status).toBe(204);
    await expect(rfs().showPrivateModuleMetadata({ moduleName: name })).rejects.toMatchApiError({ status: 404 });
    await expect(rfs().deletePrivateModule({ moduleName: name })).rejects.toMatchApiError({ status: 404 });
  });
});
