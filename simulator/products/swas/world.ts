/**
 * One SWAS world (an account in a region): the state of every resource kind the API manages.
 * seed.ts fills a new one.
 */
import type { SimClock } from '../../clock';
import type { IdGen } from '../../state/ids';
import type { TagPair } from '../../wire/params';

export type InstanceStatus = 'Pending' | 'Starting' | 'Running' | 'Stopping' | 'Stopped' | 'Resetting' | 'Upgrading' | 'Disabled';

export interface Instance {
  id: string;
  name: string;
  status: InstanceStatus;
  planId: string;
  imageId: string;
  createdAt: number;
  expiresAt: number;
  publicIp: string;
  innerIp: string;
  uuid: string;
  resourceGroupId: string;
  tags: TagPair[];
  passwordSet: boolean;
  vncPasswordSet: boolean;
  keyPairName?: string;
  /** Old-style per-instance key pair (CreateInstanceKeyPair / UploadInstanceKeyPair). */
  instanceKeyPair?: { name: string; fingerprint: string };
  cloudAssistant: boolean;
  monitorAgent: 'running' | 'stopped' | 'not_installed';
  trafficUsedGb: number;
}

export interface Disk {
  id: string;
  name: string;
  instanceId: string;
  type: 'System' | 'Data';
  size: number;
  device: string;
  status: 'In_use' | 'ReIniting';
  remark: string;
  createdAt: number;
  resourceGroupId: string;
  tags: TagPair[];
}

export interface Snapshot {
  id: string;
  name: string;
  diskId: string;
  instanceId: string;
  diskType: 'System' | 'Data';
  status: 'Progressing' | 'Accomplished';
  remark: string;
  createdAt: number;
  rollbackAt?: number;
  resourceGroupId: string;
  tags: TagPair[];
}

export interface CustomImage {
  id: string;
  name: string;
  description: string;
  instanceId: string;
  instanceName: string;
  systemSnapshotId: string;
  dataSnapshotId: string;
  sourceImageId: string;
  createdAt: number;
  sharedToEcs: boolean;
  /** Account UIDs the image is shared with, and when. */
  sharedWith: Map<string, number>;
  resourceGroupId: string;
  tags: TagPair[];
}

export interface FirewallRule {
  id: string;
  instanceId: string;
  port: string;
  protocol: string;
  sourceCidrIp: string;
  remark: string;
  policy: 'accept' | 'drop';
  tags: TagPair[];
}

export interface TemplateRule {
  id: string;
  port: string;
  protocol: string;
  sourceCidrIp: string;
  remark: string;
}

export interface FirewallTemplate {
  id: string;
  name: string;
  description: string;
  rules: TemplateRule[];
  createdAt: number;
}

export interface TemplateTask {
  id: string;
  templateId: string;
  instanceIds: string[];
  status: 'Running' | 'Success';
  createdAt: number;
  /** Template rules as applied, for DescribeFirewallTemplateRulesApplyResult. */
  rules: TemplateRule[];
}

export interface KeyPair {
  name: string;
  publicKey: string;
  fingerprint: string;
  createdAt: number;
}

export interface Command {
  id: string;
  name: string;
  description: string;
  content: string;
  type: string;
  timeout: number;
  workingDir: string;
  enableParameter: boolean;
  createdAt: number;
  resourceGroupId: string;
  provider: 'User' | 'AlibabaCloud';
  tags: TagPair[];
}

export interface InvocationTarget {
  instanceId: string;
  status: 'Running' | 'Success' | 'Failed' | 'Timeout';
  output: string;
  exitCode: number;
  startedAt: number;
  finishedAt?: number;
  errorCode: string;
  errorInfo: string;
}

export interface Invocation {
  id: string;
  commandId: string;
  commandName: string;
  commandDescription: string;
  content: string;
  type: string;
  timeout: number;
  workingDir: string;
  username: string;
  parameters: Record<string, unknown>;
  createdAt: number;
  targets: InvocationTarget[];
}

export type DatabaseStatus = 'Running' | 'Stopped' | 'Starting' | 'Stopping' | 'Restarting';

export interface Database {
  id: string;
  description: string;
  status: DatabaseStatus;
  edition: string;
  version: string;
  cpu: string;
  memory: string;
  storage: number;
  createdAt: number;
  expiresAt: number;
  publicConnection: string;
  privateConnection: string;
  superAccount: string;
  parameters: Map<string, string>;
}

export interface SwasWorld {
  readonly regionId: string;
  readonly accountUid: string;
  readonly ids: IdGen;
  readonly clock: SimClock;
  readonly instances: Map<string, Instance>;
  readonly disks: Map<string, Disk>;
  readonly snapshots: Map<string, Snapshot>;
  readonly images: Map<string, CustomImage>;
  readonly rules: Map<string, FirewallRule>;
  readonly templates: Map<string, FirewallTemplate>;
  readonly tasks: Map<string, TemplateTask>;
  readonly keyPairs: Map<string, KeyPair>;
  readonly commands: Map<string, Command>;
  readonly invocations: Map<string, Invocation>;
  readonly databases: Map<string, Database>;
}

export const RESOURCE_GROUP = 'rg-acfmzw2jz2z3k6q';

export const DEFAULT_DB_PARAMETERS: ReadonlyArray<{ name: string; value: string; check: string; restart: boolean; description: string }> = [
  { name: 'auto_increment_increment', value: '1', check: '[1-65535]', restart: false, description: 'auto-increment step' },
  { name: 'autocommit', value: 'ON', check: '[ON|OFF]', restart: false, description: 'commit each statement' },
  { name: 'max_connections', value: '500', check: '[1-16000]', restart: false, description: 'client connection limit' },
  { name: 'innodb_buffer_pool_size', value: '536870912', check: '[134217728-1073741824]', restart: true, description: 'InnoDB buffer pool bytes' },
  { name: 'slow_query_log', value: 'ON', check: '[ON|OFF]', restart: false, description: 'slow query logging' },
];
