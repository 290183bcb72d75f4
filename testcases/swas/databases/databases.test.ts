// SWAS managed databases on the account's test database (shared and seeded: every change here is put back).
// Lifecycle stop → start → restart with the status waiter, description and parameters modified and
// restored, public connection allocated and released, password reset (a secret: generated here, never
// logged — the model marks it sensitive, so reports show ***), logs and metrics over the last day.
import { randomBytes } from 'node:crypto';
import { apiSuite, resourceName, swas, useResources } from '../../support';
import { describeDatabase, restoreDatabaseRunning, testDatabase, waitForDatabaseStatus } from '../../support/swas/database';

const MISSING_DB = 'db-cc0000000000000000nonexist';
const HOUR = 3_600_000;

/** `2024-01-01T00:00Z`: the minute-precision UTC time the database log APIs take. */
const minuteUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 16) + 'Z';
const lastDay = (): { startTime: string; endTime: string } => ({ startTime: minuteUtc(Date.now() - 24 * HOUR), endTime: minuteUtc(Date.now()) });
/** `2024-01-01T00:00:00Z`: the slow-log API takes second precision. */
const secondUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z';
const lastDayInSeconds = (): { startTime: string; endTime: string } => ({ startTime: secondUtc(Date.now() - 24 * HOUR), endTime: secondUtc(Date.now()) });

/** A password the API accepts: 8-32 characters of upper and lower case letters, digits and a symbol. */
const strongPassword = (): string => `Cc${randomBytes(6).toString('hex')}9!`;

let databaseInstanceId: string;
beforeAll(async () => {
  databaseInstanceId = (await testDatabase()).DatabaseInstanceId!;
  await restoreDatabaseRunning(databaseInstanceId);
});
afterAll(async () => {
  if (databaseInstanceId) await restoreDatabaseRunning(databaseInstanceId);
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'DescribeDatabaseInstances' }, () => {
  it('lists the database instances of the region and finds one by id @smoke @regression', async () => {
    const all = await swas().describeDatabaseInstances({ pageSize: 10 });
    expect(all.body.TotalCount).toBeGreaterThanOrEqual(1);
    const one = await describeDatabase(databaseInstanceId);
    expect(one).toMatchObject({ DatabaseInstanceId: databaseInstanceId, DatabaseInstanceStatus: 'Running' });
    expect(one.DatabaseVersion).toMatch(/\S/);
  });

  it('refuses a page size above its maximum @regression', async () => {
    await expect(swas().describeDatabaseInstances({ pageSize: 1000 }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'StopDatabaseInstance' }, () => {
  it('stops the database, starts it again, and restarts it; each time the status follows @destructive @regression', async () => {
    const api = swas();
    await api.stopDatabaseInstance({ databaseInstanceId });
    await waitForDatabaseStatus(databaseInstanceId, 'Stopped');
    await expect(api.stopDatabaseInstance({ databaseInstanceId })).rejects.toMatchApiError(/Status/);

    await api.startDatabaseInstance({ databaseInstanceId });
    await waitForDatabaseStatus(databaseInstanceId, 'Running');

    await api.restartDatabaseInstance({ databaseInstanceId });
    await waitForDatabaseStatus(databaseInstanceId, 'Running');
  });

  it('refuses a database that does not exist @regression', async () => {
    await expect(swas().stopDatabaseInstance({ databaseInstanceId: MISSING_DB })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'StartDatabaseInstance' }, () => {
  it('refuses to start a database that is already Running @regression', async () => {
    await waitForDatabaseStatus(databaseInstanceId, 'Running');
    await expect(swas().startDatabaseInstance({ databaseInstanceId })).rejects.toMatchApiError(/Status/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'RestartDatabaseInstance' }, () => {
  it('refuses a database that does not exist @regression', async () => {
    await expect(swas().restartDatabaseInstance({ databaseInstanceId: MISSING_DB })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'ModifyDatabaseInstanceDescription' }, () => {
  const resources = useResources();

  it('renames the database and the new name is listed; the old one is put back @destructive @regression', async () => {
    const api = swas();
    const before = (await describeDatabase(databaseInstanceId)).DatabaseInstanceName ?? '';
    const name = resourceName('db');
    await api.modifyDatabaseInstanceDescription({ databaseInstanceId, databaseInstanceDescription: name });
    if (before.length >= 2) {
      resources.track({ product: 'swas', kind: 'DatabaseDescription', id: databaseInstanceId, remove: () => api.modifyDatabaseInstanceDescription({ databaseInstanceId, databaseInstanceDescription: before }) });
    }
    expect((await describeDatabase(databaseInstanceId)).DatabaseInstanceName).toBe(name);
  });

  it('refuses a description shorter than 2 characters @regression', async () => {
    await expect(swas().modifyDatabaseInstanceDescription({ databaseInstanceId, databaseInstanceDescription: 'x' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'ModifyDatabaseInstanceParameter' }, () => {
  const resources = useResources();

  it('changes a parameter that needs no restart inside its allowed range, then restores it @destructive @regression', async () => {
    const api = swas();
    const params = (await api.describeDatabaseInstanceParameters({ databaseInstanceId })).body;
    expect(params.Engine).toMatch(/mysql/i);
    const candidate = (params.RunningParameters ?? []).find((p) => p.ForceRestart === 'false' && /^\[\d+-\d+\]$/.test(p.CheckingCode ?? ''));
    expect(candidate).toBeDefined();
    const [min, max] = /^\[(\d+)-(\d+)\]$/.exec(candidate!.CheckingCode!)!.slice(1).map(Number);
    const old = candidate!.ParameterValue!;
    const next = String(Number(old) < max ? Number(old) + 1 : Math.max(min, Number(old) - 1));
    const name = candidate!.ParameterName!;

    await api.modifyDatabaseInstanceParameter({ databaseInstanceId, parameters: JSON.stringify({ [name]: next }) });
    resources.track({ product: 'swas', kind: 'DatabaseParameter', id: `${databaseInstanceId}:${name}`, remove: () => api.modifyDatabaseInstanceParameter({ databaseInstanceId, parameters: JSON.stringify({ [name]: old }) }) });
    const after = (await api.describeDatabaseInstanceParameters({ databaseInstanceId })).body.RunningParameters ?? [];
    expect(after.find((p) => p.ParameterName === name)?.ParameterValue).toBe(next);
  });

  it('refuses a parameter that does not exist and a value outside the allowed range @regression', async () => {
    const api = swas();
    await expect(api.modifyDatabaseInstanceParameter({ databaseInstanceId, parameters: JSON.stringify({ cloudcase_no_such_parameter: '1' }) }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
    const params = (await api.describeDatabaseInstanceParameters({ databaseInstanceId })).body.RunningParameters ?? [];
    const ranged = params.find((p) => /^\[\d+-\d+\]$/.test(p.CheckingCode ?? ''))!;
    const max = Number(/-(\d+)\]$/.exec(ranged.CheckingCode!)![1]);
    await expect(api.modifyDatabaseInstanceParameter({ databaseInstanceId, parameters: JSON.stringify({ [ranged.ParameterName!]: String(max + 1) }) }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'DescribeDatabaseInstanceParameters' }, () => {
  it('refuses a database that does not exist @regression', async () => {
    await expect(swas().describeDatabaseInstanceParameters({ databaseInstanceId: MISSING_DB })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'AllocatePublicConnection' }, () => {
  const resources = useResources();

  it('allocates a public address, which is listed, and releases it @destructive @regression', async () => {
    const api = swas();
    const had = (await describeDatabase(databaseInstanceId)).PublicConnection ?? '';
    if (had) {
      // Already public (a staging database may be): release and re-allocate, ending as it began.
      await api.releasePublicConnection({ databaseInstanceId });
      resources.track({ product: 'swas', kind: 'DatabasePublicConnection', id: databaseInstanceId, remove: () => api.allocatePublicConnection({ databaseInstanceId }) });
    }
    const allocated = await api.allocatePublicConnection({ databaseInstanceId });
    if (!had) resources.track({ product: 'swas', kind: 'DatabasePublicConnection', id: databaseInstanceId, remove: () => api.releasePublicConnection({ databaseInstanceId }) });
    expect(allocated.body.PublicConnection).toMatch(/\S/);
    expect((await describeDatabase(databaseInstanceId)).PublicConnection).toBe(allocated.body.PublicConnection);

    await expect(api.allocatePublicConnection({ databaseInstanceId })).rejects.toMatchApiError(/Exist/i);

    await api.releasePublicConnection({ databaseInstanceId });
    if (!had) resources.forget('swas', 'DatabasePublicConnection', databaseInstanceId);
    expect((await describeDatabase(databaseInstanceId)).PublicConnection ?? '').toBe('');
    if (had) {
      await api.allocatePublicConnection({ databaseInstanceId });
      resources.forget('swas', 'DatabasePublicConnection', databaseInstanceId);
    }
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'ReleasePublicConnection' }, () => {
  it('refuses a database that does not exist @regression', async () => {
    await expect(swas().releasePublicConnection({ databaseInstanceId: MISSING_DB })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'ResetDatabaseAccountPassword' }, () => {
  it('resets the super account password to a strong one @destructive @regression', async () => {
    const r = await swas().resetDatabaseAccountPassword({ databaseInstanceId, accountPassword: strongPassword() });
    expect(r.requestId).toMatch(/\S/);
  });

  it('refuses a weak password @regression', async () => {
    await expect(swas().resetDatabaseAccountPassword({ databaseInstanceId, accountPassword: 'password' }, { validate: false })).rejects.toMatchApiError(/Password|Invalid/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'DescribeDatabaseErrorLogs' }, () => {
  it('returns the error log of the last day, page by page @regression', async () => {
    const r = await swas().describeDatabaseErrorLogs({ databaseInstanceId, ...lastDay(), pageSize: 5, pageNumber: 1 });
    expect(r.body.PageSize).toBe(5);
    expect((r.body.ErrorLogs ?? []).length).toBeLessThanOrEqual(5);
    for (const l of r.body.ErrorLogs ?? []) expect(l.CreateTime).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses an end time before the start time @regression', async () => {
    const { startTime, endTime } = lastDay();
    await expect(swas().describeDatabaseErrorLogs({ databaseInstanceId, startTime: endTime, endTime: startTime }, { validate: false })).rejects.toMatchApiError(/Invalid|Mismatch/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'DescribeDatabaseSlowLogRecords' }, () => {
  it('returns the slow queries of the last day @regression', async () => {
    const r = await swas().describeDatabaseSlowLogRecords({ databaseInstanceId, ...lastDayInSeconds(), pageSize: 30 });
    expect(r.body.TotalCount).toBeGreaterThanOrEqual((r.body.SlowLogs ?? []).length);
    for (const s of r.body.SlowLogs ?? []) expect(s.SQLText).toMatch(/\S/);
  });

  it('refuses a database that does not exist @regression', async () => {
    await expect(swas().describeDatabaseSlowLogRecords({ databaseInstanceId: MISSING_DB, ...lastDayInSeconds() })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Databases', action: 'DescribeDatabaseInstanceMetricData' }, () => {
  it.each(['MySQL_MemCpuUsage', 'MySQL_DetailedSpaceUsage', 'MySQL_Sessions', 'MySQL_IOPS'])('returns the documented metric %s @regression', async (metricName) => {
    const r = await swas().describeDatabaseInstanceMetricData({ databaseInstanceId, metricName, ...lastDay() });
    expect(r.body.MetricName).toBe(metricName);
    expect(r.body.DataFormat).toMatch(/\S/);
    expect(Array.isArray(JSON.parse(r.body.MetricData ?? 'null'))).toBe(true);
  });

  it('refuses a metric outside the enum @regression', async () => {
    await expect(swas().describeDatabaseInstanceMetricData({ databaseInstanceId, metricName: 'MySQL_Nothing', ...lastDay() }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});
