/**
 * Seeds a new SWAS world deterministically: instances in several states (with disks and default
 * firewall rules), a snapshot, a custom image, a key pair, a command, a firewall template and a
 * database instance. Ids come from the world's IdGen, so the same account and region always get
 * the same ids.
 */
import { createHash } from 'node:crypto';
import type { WorldSeed } from '../../state/store';
import { SWAS_IMAGES, SWAS_PLANS } from './catalog';
import { DEFAULT_DB_PARAMETERS, RESOURCE_GROUP, type CustomImage, type Command, type Disk, type FirewallTemplate, type Instance, type InstanceStatus, type KeyPair, type Snapshot, type SwasWorld } from './world';

const DAY = 86_400_000;
export function seedSwas(seed: WorldSeed): SwasWorld {
  const now = seed.clock.now();
  const w: SwasWorld = {
    regionId: seed.regionId,
    accountUid: seed.accountUid,
    ids: seed.ids,
    clock: seed.clock,
    instances: new Map(),
    disks: new Map(),
    snapshots: new Map(),
    images: new Map(),
    rules: new Map(),
    templates: new Map(),
    tasks: new Map(),
    keyPairs: new Map(),
    commands: new Map(),
    invocations: new Map(),
    databases: new Map(),
  };
  const created = now - 30 * DAY;
  const web = addInstance(w, { name: 'swas-web-01', status: 'Running', planId: SWAS_PLANS[3].PlanId, imageId: SWAS_IMAGES[0].ImageId, createdAt: created });
  web.tags.push({ Key: 'env', Value: 'test' });
  addInstance(w, { name: 'swas-app-02', status: 'Running', planId: SWAS_PLANS[1].PlanId, imageId: SWAS_IMAGES[5].ImageId, createdAt: created + 1000 });
  const stopped = addInstance(w, { name: 'swas-stopped-03', status: 'Stopped', planId: SWAS_PLANS[0].PlanId, imageId: SWAS_IMAGES[2].ImageId, createdAt: created + 2000 });
  stopped.cloudAssistant = false;
  addDisk(w, web.id, 'Data', 40, created);

  const systemDisk = [...w.disks.values()].find((d) => d.instanceId === web.id && d.type === 'System')!;
  const snap: Snapshot = {
    id: w.ids.b36('snapshot', 's-', 20), name: 'seed-system-snapshot', diskId: systemDisk.id, instanceId: web.id, diskType: 'System',
    status: 'Accomplished', remark: 'seeded', createdAt: created + DAY, resourceGroupId: RESOURCE_GROUP, tags: [],
  };
  w.snapshots.set(snap.id, snap);
  const image: CustomImage = {
    id: w.ids.b36('image', 'm-', 20), name: 'seed-custom-image', description: 'seeded custom image', instanceId: web.id, instanceName: web.name,
    systemSnapshotId: snap.id, dataSnapshotId: '', sourceImageId: web.imageId, createdAt: created + 2 * DAY, sharedToEcs: false,
    sharedWith: new Map(), resourceGroupId: RESOURCE_GROUP, tags: [],
  };
  w.images.set(image.id, image);
  const key: KeyPair = { name: 'seed-keypair', publicKey: publicKeyFor('seed-keypair'), fingerprint: fingerprintFor('seed-keypair'), createdAt: created };
  w.keyPairs.set(key.name, key);
  web.keyPairName = key.name;
  const cmd: Command = {
    id: w.ids.b36('command', 'c-hz0', 12), name: 'seed-uptime', description: 'prints the uptime', content: 'uptime', type: 'RunShellScript',
    timeout: 60, workingDir: '/root', enableParameter: false, createdAt: created, resourceGroupId: RESOURCE_GROUP, provider: 'User', tags: [],
  };
  w.commands.set(cmd.id, cmd);
  const tpl: FirewallTemplate = {
    id: w.ids.b36('template', 'ft-', 17), name: 'seed-web-template', description: 'web ports', createdAt: created,
    rules: [
      { id: w.ids.hex('template-rule'), port: '8080', protocol: 'TCP', sourceCidrIp: '0.0.0.0/0', remark: 'http-alt' },
      { id: w.ids.hex('template-rule'), port: '8443', protocol: 'TCP', sourceCidrIp: '0.0.0.0/0', remark: 'https-alt' },
    ],
  };
  w.templates.set(tpl.id, tpl);
  const dbId = `db-${w.ids.hex('database')}`;
  w.databases.set(dbId, {
    id: dbId, description: 'seed-mysql', status: 'Running', edition: 'swas.db.c1m1s25', version: '5.7', cpu: '1', memory: '1', storage: 25,
    createdAt: created, expiresAt: created + 365 * DAY, publicConnection: '', privateConnection: `rm-${w.ids.b36('rds', '', 13)}.mysql.rds.aliyuncs.com`,
    superAccount: 'administrator', parameters: new Map(DEFAULT_DB_PARAMETERS.map((p) => [p.name, p.value])),
  });
  return w;
}

export function addInstance(
  w: SwasWorld,
  o: { name: string; status: InstanceStatus; planId: string; imageId: string; createdAt: number; months?: number; dataDiskSize?: number },
): Instance {
  const id = w.ids.hex('instance');
  const n = w.instances.size + 1;
  const inst: Instance = {
    id, name: o.name, status: o.status, planId: o.planId, imageId: o.imageId, createdAt: o.createdAt,
    expiresAt: endOfDay(o.createdAt + (o.months ?? 12) * 30 * DAY),
    publicIp: `47.${96 + (parseInt(id.slice(0, 2), 16) % 20)}.${parseInt(id.slice(2, 4), 16)}.${(n % 250) + 2}`,
    innerIp: `172.26.${parseInt(id.slice(4, 6), 16) % 255}.${(n % 250) + 2}`,
    uuid: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`,
    resourceGroupId: RESOURCE_GROUP, tags: [], passwordSet: false, vncPasswordSet: false, cloudAssistant: true,
    monitorAgent: 'not_installed', trafficUsedGb: (parseInt(id.slice(6, 8), 16) % 50) + 1,
  };
  w.instances.set(id, inst);
  const plan = SWAS_PLANS.find((p) => p.PlanId === o.planId);
  addDisk(w, id, 'System', plan?.DiskSize ?? 40, o.createdAt);
  if (o.dataDiskSize) addDisk(w, id, 'Data', o.dataDiskSize, o.createdAt);
  // Every new instance has SSH, HTTP, HTTPS and ping open, as the console creates them.
  for (const [port, protocol, remark] of [['22', 'TCP', 'SSH'], ['80', 'TCP', 'HTTP'], ['443', 'TCP', 'HTTPS'], ['-1/-1', 'ICMP', 'ping']]) {
    const ruleId = w.ids.hex('firewall-rule');
    w.rules.set(ruleId, { id: ruleId, instanceId: id, port, protocol, sourceCidrIp: '0.0.0.0/0', remark, policy: 'accept', tags: [] });
  }
  return inst;
}

export function addDisk(w: SwasWorld, instanceId: string, type: 'System' | 'Data', size: number, createdAt: number): Disk {
  const id = w.ids.b36('disk', 'd-', 20);
  const count = [...w.disks.values()].filter((d) => d.instanceId === instanceId).length;
  const disk: Disk = {
    id, name: type === 'System' ? 'SystemDisk' : `DataDisk${count}`, instanceId, type, size, device: `/dev/vd${String.fromCharCode(97 + count)}`,
    status: 'In_use', remark: '', createdAt, resourceGroupId: RESOURCE_GROUP, tags: [],
  };
  w.disks.set(id, disk);
  return disk;
}

/** Expiry times are the end of a day, 16:00 UTC (midnight in China), as the console shows. */
export function endOfDay(ms: number): number {
  const d = new Date(ms);
  d.setUTCHours(16, 0, 0, 0);
  return d.getTime();
}

export function publicKeyFor(name: string): string {
  return `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${Buffer.from(name).toString('base64').replace(/=/g, '')}simulated ${name}`;
}

export function fingerprintFor(text: string): string {
  return createHash('md5').update(text).digest('hex').match(/../g)!.join(':');
}
