/**
 * One ECS world (an account in a region): instances, custom images, security groups, key pairs,
 * commands and invocations, seeded deterministically (instances Running and Stopped, a default
 * security group, a VPC and vSwitches, a key pair, a custom image, a command).
 */
import type { SimClock } from '../../clock';
import type { IdGen } from '../../state/ids';
import type { WorldSeed } from '../../state/store';
import type { TagPair } from '../../wire/params';
import { INSTANCE_TYPES, PUBLIC_IMAGES, REGION_ID_CODES, zonesOf } from './catalog';

export type EcsStatus = 'Pending' | 'Starting' | 'Running' | 'Stopping' | 'Stopped';

export interface EcsInstance {
  id: string;
  name: string;
  description: string;
  hostName: string;
  status: EcsStatus;
  instanceType: string;
  imageId: string;
  zoneId: string;
  vSwitchId: string;
  privateIp: string;
  publicIp: string;
  securityGroupIds: string[];
  keyPairName: string;
  createdAt: number;
  startedAt: number;
  deletionProtection: boolean;
  bandwidthOut: number;
  cloudAssistant: boolean;
  serial: string;
  tags: TagPair[];
}

export interface EcsImage {
  id: string;
  name: string;
  description: string;
  status: 'Creating' | 'Available';
  sourceImageId: string;
  instanceId: string;
  createdAt: number;
  sharedWith: Map<string, number>;
  isPublic: boolean;
  tags: TagPair[];
}

export interface SgRule {
  id: string;
  direction: 'ingress' | 'egress';
  protocol: string;
  portRange: string;
  cidr: string;
  policy: 'accept' | 'drop';
  priority: string;
  description: string;
  createdAt: number;
}

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  vpcId: string;
  createdAt: number;
  rules: SgRule[];
  tags: TagPair[];
}

export interface EcsKeyPair {
  id: string;
  name: string;
  publicKey: string;
  fingerprint: string;
  createdAt: number;
  tags: TagPair[];
}

export interface EcsCommand {
  id: string;
  name: string;
  description: string;
  /** Plain text (the API shows it Base64-encoded). */
  content: string;
  type: string;
  timeout: number;
  workingDir: string;
  enableParameter: boolean;
  createdAt: number;
  invokeTimes: number;
  tags: TagPair[];
}

export interface EcsInvocationTarget {
  instanceId: string;
  /** Aborted: the command never reached the instance (not Running, or no Cloud Assistant agent). */
  status: 'Running' | 'Success' | 'Failed' | 'Timeout' | 'Stopped' | 'Aborted';
  output: string;
  exitCode: number;
  startedAt: number;
  finishedAt?: number;
  errorCode: string;
  errorInfo: string;
}

export interface EcsInvocation {
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
  targets: EcsInvocationTarget[];
  tags: TagPair[];
}

export interface EcsWorld {
  readonly regionId: string;
  readonly accountUid: string;
  readonly ids: IdGen;
  readonly clock: SimClock;
  readonly code: string;
  readonly vpcId: string;
  /** zone → vSwitch id */
  readonly vSwitches: ReadonlyMap<string, string>;
  readonly instances: Map<string, EcsInstance>;
  readonly images: Map<string, EcsImage>;
  readonly groups: Map<string, SecurityGroup>;
  readonly keyPairs: Map<string, EcsKeyPair>;
  readonly commands: Map<string, EcsCommand>;
  readonly invocations: Map<string, EcsInvocation>;
}

/** An ECS-style id: `<prefix>-<region code><17 base-36 characters>`. */
export function ecsId(w: Pick<EcsWorld, 'ids' | 'code'>, kind: string, prefix: string): string {
  return w.ids.b36(kind, `${prefix}-${w.code}`, 17);
}

export function seedEcs(seed: WorldSeed): EcsWorld {
  const code = REGION_ID_CODES[seed.regionId] ?? 'gw8';
  const base = { ids: seed.ids, code };
  const vpcId = ecsId(base, 'vpc', 'vpc');
  const zones = zonesOf(seed.regionId);
  const w: EcsWorld = {
    regionId: seed.regionId, accountUid: seed.accountUid, ids: seed.ids, clock: seed.clock, code, vpcId,
    vSwitches: new Map(zones.map((z) => [z, ecsId(base, 'vswitch', 'vsw')])),
    instances: new Map(), images: new Map(), groups: new Map(), keyPairs: new Map(), commands: new Map(), invocations: new Map(),
  };
  const created = seed.clock.now() - 20 * 86_400_000;
  const sg: SecurityGroup = { id: ecsId(w, 'sg', 'sg'), name: 'default', description: 'System created security group.', vpcId, createdAt: created, rules: [], tags: [] };
  for (const [protocol, port] of [['TCP', '22/22'], ['TCP', '3389/3389'], ['ICMP', '-1/-1']] as const) {
    sg.rules.push({ id: w.ids.b36('sgr', 'sgr-', 20), direction: 'ingress', protocol, portRange: port, cidr: '0.0.0.0/0', policy: 'accept', priority: '100', description: '', createdAt: created });
  }
  sg.rules.push({ id: w.ids.b36('sgr', 'sgr-', 20), direction: 'egress', protocol: 'ALL', portRange: '-1/-1', cidr: '0.0.0.0/0', policy: 'accept', priority: '100', description: '', createdAt: created });
  w.groups.set(sg.id, sg);
  const key: EcsKeyPair = { id: w.ids.b36('keypair', 'ssh-', 17), name: 'seed-ecs-key', publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAISeededEcsKeyMaterial0000 seed', fingerprint: '6e:1d:27:80:2c:1e:b2:5c:a7:3f:53:39:3d:f8:a2:41', createdAt: created, tags: [] };
  w.keyPairs.set(key.name, key);
  const web = addEcsInstance(w, { name: 'ecs-web-01', type: INSTANCE_TYPES[2].id, imageId: PUBLIC_IMAGES[0].ImageId, zoneId: zones[0], sgId: sg.id, status: 'Running', createdAt: created });
  web.keyPairName = key.name;
  web.tags.push({ Key: 'env', Value: 'test' });
  addEcsInstance(w, { name: 'ecs-worker-02', type: INSTANCE_TYPES[0].id, imageId: PUBLIC_IMAGES[3].ImageId, zoneId: zones[1], sgId: sg.id, status: 'Running', createdAt: created + 60_000 });
  addEcsInstance(w, { name: 'ecs-stopped-03', type: INSTANCE_TYPES[1].id, imageId: PUBLIC_IMAGES[2].ImageId, zoneId: zones[0], sgId: sg.id, status: 'Stopped', createdAt: created + 120_000 });
  const image: EcsImage = {
    id: ecsId(w, 'image', 'm'), name: 'seed-ecs-image', description: 'seeded custom image', status: 'Available', sourceImageId: web.imageId, instanceId: web.id,
    createdAt: created + 86_400_000, sharedWith: new Map(), isPublic: false, tags: [],
  };
  w.images.set(image.id, image);
  const cmd: EcsCommand = { id: w.ids.b36('command', 'c-hz0', 12), name: 'seed-hostname', description: 'prints the host name', content: 'hostname', type: 'RunShellScript', timeout: 60, workingDir: '/root', enableParameter: false, createdAt: created, invokeTimes: 0, tags: [] };
  w.commands.set(cmd.id, cmd);
  return w;
}

export function addEcsInstance(
  w: EcsWorld,
  o: { name: string; type: string; imageId: string; zoneId: string; sgId: string; status: EcsStatus; createdAt: number; vSwitchId?: string },
): EcsInstance {
  const id = ecsId(w, 'instance', 'i');
  const n = w.instances.size + 1;
  const inst: EcsInstance = {
    id, name: o.name, description: '', hostName: `iZ${id.slice(2)}Z`, status: o.status, instanceType: o.type, imageId: o.imageId, zoneId: o.zoneId,
    vSwitchId: o.vSwitchId ?? w.vSwitches.get(o.zoneId) ?? [...w.vSwitches.values()][0], privateIp: `172.16.${n % 250}.${(n * 7) % 250 + 2}`,
    publicIp: `47.${98 + (n % 10)}.${(n * 13) % 250}.${(n * 17) % 250 + 2}`, securityGroupIds: [o.sgId], keyPairName: '', createdAt: o.createdAt,
    startedAt: o.createdAt, deletionProtection: false, bandwidthOut: 5, cloudAssistant: true, serial: `${id.slice(5, 13)}-0000-4000-8000-${id.slice(-12).padEnd(12, '0')}`, tags: [],
  };
  w.instances.set(id, inst);
  return inst;
}
