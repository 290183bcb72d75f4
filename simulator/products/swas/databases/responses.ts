/** SWAS database instance actions. */
import { isoSeconds } from '../../../clock';
import { SimError, errors } from '../../../errors';
import { paginate } from '../../common';
import type { Handlers } from '../../types';
import { DEFAULT_DB_PARAMETERS, type Database, type SwasWorld } from '../world';
import * as rules from './model';

function render(w: SwasWorld, db: Database): Record<string, unknown> {
  return {
    BusinessStatus: 'normal', ChargeType: 'PrePaid', Cpu: db.cpu, CreationTime: isoSeconds(db.createdAt), DatabaseInstanceEdition: db.edition,
    DatabaseInstanceId: db.id, DatabaseInstanceName: db.description, DatabaseInstanceStatus: db.status, DatabaseVersion: db.version,
    ExpiredTime: isoSeconds(db.expiresAt), Memory: db.memory, PrivateConnection: db.privateConnection, PublicConnection: db.publicConnection,
    RegionId: w.regionId, Storage: db.storage, SuperAccountName: db.superAccount,
  };
}

function timeRange(c: { params: { need(n: string): string } }): [number, number] {
  const start = Date.parse(c.params.need('StartTime'));
  const end = Date.parse(c.params.need('EndTime'));
  if (Number.isNaN(start)) throw errors.invalid('StartTime', 'expected an ISO 8601 UTC time such as 2024-01-01T00:00Z');
  if (Number.isNaN(end)) throw errors.invalid('EndTime', 'expected an ISO 8601 UTC time such as 2024-01-01T00:00Z');
  if (end < start) throw new SimError('InvalidEndTime.Mismatch', 'EndTime must not be earlier than StartTime.', 400);
  return [start, end];
}

/** Deterministic log rows inside the asked range: one per hour. */
function hourly(start: number, end: number): number[] {
  const out: number[] = [];
  for (let t = Math.ceil(start / 3_600_000) * 3_600_000; t <= end && out.length < 1000; t += 3_600_000) out.push(t);
  return out;
}

const METRICS: Readonly<Record<string, { format: string; unit: string }>> = {
  MySQL_MemCpuUsage: { format: 'cpuusage&memusage', unit: '%' },
  MySQL_DetailedSpaceUsage: { format: 'ins_size&data_size&log_size&tmp_size&other_size', unit: 'MB' },
  MySQL_Sessions: { format: 'active_session&total_session', unit: 'count' },
  MySQL_QPSTPS: { format: 'QPS&TPS', unit: 'count/s' },
  // documented in the API's MetricName enum (the SDK lists MySQL_IOPS); was missing here
  MySQL_IOPS: { format: 'io', unit: 'count/s' },
};

export const databaseHandlers: Handlers<SwasWorld> = {
  DescribeDatabaseInstances: (c) => {
    const ids = c.params.list('DatabaseInstanceIds');
    const list = [...c.world.databases.values()].filter((d) => ids.length === 0 || ids.includes(d.id));
    const page = paginate(list, c.params);
    return { DatabaseInstances: page.items.map((d) => render(c.world, d)), PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  StartDatabaseInstance: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    rules.requireDbStatus(db, ['Stopped']);
    rules.dbTransition(c.world, db, 'Starting', 'Running');
    return {};
  },
  StopDatabaseInstance: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    rules.requireDbStatus(db, ['Running']);
    rules.dbTransition(c.world, db, 'Stopping', 'Stopped');
    return {};
  },
  RestartDatabaseInstance: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    rules.requireDbStatus(db, ['Running']);
    rules.dbTransition(c.world, db, 'Restarting', 'Running');
    return {};
  },
  ModifyDatabaseInstanceDescription: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    const d = c.params.need('DatabaseInstanceDescription');
    if (d.length < 2 || d.length > 256) throw errors.invalid('DatabaseInstanceDescription', 'must be 2 to 256 characters');
    db.description = d;
    return {};
  },
  ModifyDatabaseInstanceParameter: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    rules.requireDbStatus(db, ['Running']);
    const values = c.params.object('Parameters');
    if (!values) throw errors.missing('Parameters');
    const needsRestart = rules.setParameters(db, values);
    if (needsRestart && c.params.bool('ForceRestart')) rules.dbTransition(c.world, db, 'Restarting', 'Running');
    return {};
  },
  DescribeDatabaseInstanceParameters: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    const rows = DEFAULT_DB_PARAMETERS.map((p) => ({
      CheckingCode: p.check, ForceModify: 'true', ForceRestart: String(p.restart), ParameterDescription: p.description, ParameterName: p.name,
      ParameterValue: db.parameters.get(p.name) ?? p.value,
    }));
    return { ConfigParameters: rows, Engine: 'MySQL', EngineVersion: db.version, RunningParameters: rows };
  },
  AllocatePublicConnection: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    if (db.publicConnection) throw new SimError('PublicConnection.AlreadyExists', `Database instance ${db.id} already has a public connection.`, 400);
    db.publicConnection = `${db.id}.mysql.rds.aliyuncs.com`;
    return { PublicConnection: db.publicConnection };
  },
  ReleasePublicConnection: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    if (!db.publicConnection) throw new SimError('PublicConnection.NotFound', `Database instance ${db.id} has no public connection.`, 404);
    db.publicConnection = '';
    return {};
  },
  ResetDatabaseAccountPassword: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    rules.checkDbPassword(c.params.need('AccountPassword'));
    rules.requireDbStatus(db, ['Running']);
    return {};
  },
  DescribeDatabaseErrorLogs: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    const [start, end] = timeRange(c);
    const rows = hourly(start, end).map((t) => ({ CreateTime: isoSeconds(t), ErrorInfo: `[Warning] ${db.id}: Aborted connection (Got timeout reading communication packets)` }));
    const page = paginate(rows, c.params, { defaultSize: 30 });
    return { ErrorLogs: page.items, PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  DescribeDatabaseSlowLogRecords: (c) => {
    rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    const [start, end] = timeRange(c);
    const rows = hourly(start, end).map((t, i) => ({
      DBName: 'testdb', ExecutionStartTime: isoSeconds(t), HostAddress: 'app[app] @ [172.26.0.10]', LockTimes: 0, ParseRowCounts: 100 + i,
      QueryTimeMS: 2000 + i, QueryTimes: 2, ReturnRowCounts: 1, SQLText: 'select sleep(2)',
    }));
    const page = paginate(rows, c.params, { defaultSize: 30 });
    return { Engine: 'MySQL', PageNumber: page.pageNumber, PageSize: page.pageSize, PhysicalIORead: 0, SlowLogs: page.items, TotalCount: page.totalCount };
  },
  DescribeDatabaseInstanceMetricData: (c) => {
    const db = rules.getDatabase(c.world, c.params.need('DatabaseInstanceId'));
    const metric = c.params.need('MetricName');
    const m = METRICS[metric];
    if (!m) throw errors.invalid('MetricName', `must be one of ${Object.keys(METRICS).join(', ')}`);
    const [start, end] = timeRange(c);
    const keys = m.format.split('&');
    const data = hourly(start, end).map((t, i) => ({ date: isoSeconds(t), value: keys.map((_, k) => ((i * 7 + k * 13 + db.id.length) % 100).toFixed(2)).join('&') }));
    return { DataFormat: m.format, MetricData: JSON.stringify(data), MetricName: metric, Unit: m.unit };
  },
};
