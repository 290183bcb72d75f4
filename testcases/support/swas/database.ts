/**
 * The test database (a SWAS managed MySQL instance): the first one the account lists (the simulator
 * seeds one; in a staging account, create one and keep it). `waitForDatabaseStatus` polls
 * DescribeDatabaseInstances; `restoreDatabaseRunning` brings it back to Running after a test that
 * stopped or restarted it, even when that test failed.
 */
import type { SwasApi } from '../../../apis/swas';
import { waitFor } from '../../../core/waiters/wait-for';
import type { DescribeDatabaseInstancesResponseBodyDatabaseInstances } from '../../../models/swas';
import { environment } from '../environment';
import { swas } from '../clients';

export type SwasDatabase = DescribeDatabaseInstancesResponseBodyDatabaseInstances;

const POLL = { intervalMs: 200, backoff: 1.5, maxIntervalMs: 1_000 } as const;
const TRANSITIONAL = new Set(['Starting', 'Stopping', 'Restarting', 'Creating', 'Pending']);

export async function testDatabase(api: SwasApi = swas()): Promise<SwasDatabase> {
  const r = await api.describeDatabaseInstances({ pageSize: 10 });
  const db = r.body.DatabaseInstances?.[0];
  if (!db?.DatabaseInstanceId) throw new Error(`no SWAS database instance in ${environment().regionId}: the database suite needs one (create it once in the account)`);
  return db;
}

export async function describeDatabase(databaseInstanceId: string, api: SwasApi = swas()): Promise<SwasDatabase> {
  const r = await api.describeDatabaseInstances({ databaseInstanceIds: JSON.stringify([databaseInstanceId]) });
  const db = r.body.DatabaseInstances?.find((d) => d.DatabaseInstanceId === databaseInstanceId);
  if (!db) throw new Error(`database instance ${databaseInstanceId} is not listed`);
  return db;
}

/** Waits until the database has `status`; returns its listing. */
export async function waitForDatabaseStatus(databaseInstanceId: string, status: string, options: { api?: SwasApi; timeoutMs?: number } = {}): Promise<SwasDatabase> {
  const api = options.api ?? swas();
  return waitFor(() => describeDatabase(databaseInstanceId, api), (d) => d.DatabaseInstanceStatus === status, {
    description: `database instance ${databaseInstanceId} to be ${status}`,
    timeoutMs: options.timeoutMs ?? 600_000,
    ...POLL,
  });
}

/** Waits out a transition and starts the database if it is Stopped, so it ends Running. */
export async function restoreDatabaseRunning(databaseInstanceId: string, api: SwasApi = swas()): Promise<void> {
  let db = await describeDatabase(databaseInstanceId, api);
  if (TRANSITIONAL.has(db.DatabaseInstanceStatus ?? '')) {
    db = await waitFor(() => describeDatabase(databaseInstanceId, api), (d) => !TRANSITIONAL.has(d.DatabaseInstanceStatus ?? ''), {
      description: `database instance ${databaseInstanceId} to leave ${db.DatabaseInstanceStatus}`,
      timeoutMs: 600_000,
      ...POLL,
    });
  }
  if (db.DatabaseInstanceStatus === 'Running') return;
  await api.startDatabaseInstance({ databaseInstanceId });
  await waitForDatabaseStatus(databaseInstanceId, 'Running', { api });
}
