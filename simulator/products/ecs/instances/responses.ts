/** ECS instance actions. */
import { errors, SimError } from '../../../errors';
import { hasTags, paginate } from '../../common';
import type { Handlers } from '../../types';
import { INSTANCE_TYPES, PUBLIC_IMAGES, zonesOf } from '../catalog';
import { dryRun, ecsTags, ecsTime, findInstance, nameMatches, tokenPage, type Ctx } from '../common';
import { addEcsInstance, type EcsInstance, type EcsWorld } from '../world';
import * as rules from './model';

function typeOf(id: string) {
  return INSTANCE_TYPES.find((t) => t.id === id);
}

function osOf(w: EcsWorld, imageId: string): { name: string; type: string } {
  const pub = PUBLIC_IMAGES.find((i) => i.ImageId === imageId);
  if (pub) return { name: pub.OSName, type: pub.OSType };
  const custom = w.images.get(imageId);
  const src = custom && PUBLIC_IMAGES.find((i) => i.ImageId === custom.sourceImageId);
  return { name: src?.OSName ?? 'Linux', type: src?.OSType ?? 'linux' };
}

export function renderEcsInstance(w: EcsWorld, i: EcsInstance): Record<string, unknown> {
  const t = typeOf(i.instanceType);
  const os = osOf(w, i.imageId);
  return {
    AutoReleaseTime: '', CreationTime: ecsTime(i.createdAt), Cpu: t?.cpu ?? 2, Memory: t?.memory ?? 4096, CreditSpecification: '', DeletionProtection: i.deletionProtection,
    Description: i.description, DeviceAvailable: true, ExpiredTime: '2099-12-31T15:59Z', HostName: i.hostName, ImageId: i.imageId, InstanceChargeType: 'PostPaid',
    InstanceId: i.id, InstanceName: i.name, InstanceNetworkType: 'vpc', InstanceType: i.instanceType, InstanceTypeFamily: t?.family ?? '', InternetChargeType: 'PayByTraffic',
    InternetMaxBandwidthIn: 100, InternetMaxBandwidthOut: i.bandwidthOut, IoOptimized: true, KeyPairName: i.keyPairName, OSName: os.name, OSNameEn: os.name, OSType: os.type,
    InnerIpAddress: { IpAddress: [] }, PublicIpAddress: { IpAddress: i.publicIp ? [i.publicIp] : [] }, RegionId: w.regionId, ResourceGroupId: '',
    SecurityGroupIds: { SecurityGroupId: [...i.securityGroupIds] }, SerialNumber: i.serial, StartTime: ecsTime(i.startedAt), Status: i.status, StoppedMode: i.status === 'Stopped' ? 'KeepCharging' : 'Not-applicable',
    Tags: ecsTags(i.tags), VpcAttributes: { NatIpAddress: '', PrivateIpAddress: { IpAddress: [i.privateIp] }, VSwitchId: i.vSwitchId, VpcId: w.vpcId },
    OperationLocks: { LockReason: [] }, ZoneId: i.zoneId,
  };
}

interface CreateSpec {
  imageId: string;
  type: string;
  zoneId: string;
  sgId: string;
  vSwitchId?: string;
  name: string;
}

function createSpec(c: Ctx): CreateSpec {
  const p = c.params;
  const imageId = p.need('ImageId');
  const type = p.need('InstanceType');
  if (!typeOf(type)) throw new SimError('InvalidInstanceType.ValueNotSupported', `The instance type ${type} is not offered here; see DescribeZones.`, 400);
  if (!PUBLIC_IMAGES.some((i) => i.ImageId === imageId) && c.world.images.get(imageId)?.status !== 'Available') {
    throw errors.notFound('InvalidImageId.NotFound', `image ${imageId}`);
  }
  const sgId = p.str('SecurityGroupId') ?? [...c.world.groups.keys()][0];
  if (!c.world.groups.has(sgId)) throw errors.notFound('InvalidSecurityGroupId.NotFound', `security group ${sgId}`);
  const vSwitchId = p.str('VSwitchId');
  let zoneId = p.str('ZoneId');
  if (vSwitchId) {
    const zone = [...c.world.vSwitches.entries()].find(([, v]) => v === vSwitchId)?.[0];
    if (!zone) throw errors.notFound('InvalidVSwitchId.NotFound', `vSwitch ${vSwitchId}`);
    if (zoneId && zoneId !== zone) throw new SimError('InvalidParameter.Mismatch', `vSwitch ${vSwitchId} is in ${zone}, not ${zoneId}.`, 400);
    zoneId = zone;
  }
  zoneId ??= zonesOf(c.regionId)[0];
  if (!zonesOf(c.regionId).includes(zoneId)) throw errors.notFound('InvalidZoneId.NotFound', `zone ${zoneId}`);
  const password = p.str('Password');
  if (password !== undefined) rules.checkEcsPassword(password);
  const key = p.str('KeyPairName');
  if (key !== undefined && !c.world.keyPairs.has(key)) throw errors.notFound('InvalidKeyPairName.NotFound', `key pair ${key}`);
  const name = p.str('InstanceName') ?? '';
  if (name) rules.checkInstanceName(name);
  return { imageId, type, zoneId, sgId, vSwitchId, name };
}

function create(c: Ctx, spec: CreateSpec, status: 'Running' | 'Stopped'): EcsInstance {
  const inst = addEcsInstance(c.world, { name: spec.name || '', type: spec.type, imageId: spec.imageId, zoneId: spec.zoneId, sgId: spec.sgId, status: 'Pending', createdAt: c.clock.now(), vSwitchId: spec.vSwitchId });
  if (!inst.name) inst.name = `launch-advisor-${inst.id.slice(-8)}`;
  inst.keyPairName = c.params.str('KeyPairName') ?? '';
  inst.description = c.params.str('Description') ?? '';
  inst.bandwidthOut = c.params.int('InternetMaxBandwidthOut', 5, { min: 0, max: 200 }) as number;
  if (inst.bandwidthOut === 0) inst.publicIp = '';
  inst.tags.push(...c.params.tags());
  rules.ecsTransition(c.world, inst, 'Pending', status, rules.ECS_TRANSITION_MS.create);
  return inst;
}

type BatchOp = (w: EcsWorld, i: EcsInstance) => void;

/** Start/Stop/RebootInstances: AllTogether (default) is all or nothing; SuccessFirst reports per instance. */
function batch(c: Ctx, op: BatchOp, allowed: Parameters<typeof rules.requireEcsStatus>[1]): Record<string, unknown> {
  const ids = c.params.needList('InstanceId');
  if (ids.length > 100) throw errors.invalid('InstanceId', 'at most 100 instances');
  const mode = c.params.str('BatchOptimization') ?? 'AllTogether';
  if (mode !== 'AllTogether' && mode !== 'SuccessFirst') throw errors.invalid('BatchOptimization', 'must be AllTogether or SuccessFirst');
  if (mode === 'AllTogether') {
    const list = ids.map((id) => findInstance(c, id).inst);
    list.forEach((i) => rules.requireEcsStatus(i, allowed));
    dryRun(c, 'DRYRUN.SUCCESS');
  }
  const responses = ids.map((id) => {
    const inst = c.world.instances.get(id);
    if (!inst) return { Code: 'InvalidInstanceId.NotFound', CurrentStatus: '', InstanceId: id, Message: 'The specified instance does not exist.', PreviousStatus: '' };
    const before = inst.status;
    if (!allowed.includes(inst.status)) return { Code: 'IncorrectInstanceStatus', CurrentStatus: before, InstanceId: id, Message: 'The current status of the resource does not support this operation.', PreviousStatus: before };
    if (!c.params.bool('DryRun')) op(c.world, inst);
    return { Code: '200', CurrentStatus: inst.status, InstanceId: id, Message: 'success', PreviousStatus: before };
  });
  return { InstanceResponses: { InstanceResponse: responses } };
}

function single(c: Ctx, op: BatchOp, allowed: Parameters<typeof rules.requireEcsStatus>[1]): Record<string, unknown> {
  const { inst, world } = findInstance(c, c.params.need('InstanceId'));
  rules.requireEcsStatus(inst, allowed);
  dryRun(c);
  op(world, inst);
  return {};
}

export const ecsInstanceHandlers: Handlers<EcsWorld> = {
  RunInstances: (c) => {
    const spec = createSpec(c);
    const amount = c.params.int('Amount', 1, { min: 1, max: 100 }) as number;
    dryRun(c);
    const ids = Array.from({ length: amount }, () => create(c, spec, 'Running').id);
    return { InstanceIdSets: { InstanceIdSet: ids }, OrderId: '', TradePrice: 0 };
  },
  CreateInstance: (c) => {
    const spec = createSpec(c);
    dryRun(c);
    const inst = create(c, spec, 'Stopped');
    return { InstanceId: inst.id, OrderId: '', TradePrice: 0 };
  },
  StartInstance: (c) => single(c, rules.startEcs, ['Stopped']),
  StopInstance: (c) => single(c, rules.stopEcs, ['Running']),
  RebootInstance: (c) => single(c, rules.rebootEcs, ['Running']),
  StartInstances: (c) => batch(c, rules.startEcs, ['Stopped']),
  StopInstances: (c) => batch(c, rules.stopEcs, ['Running']),
  RebootInstances: (c) => batch(c, rules.rebootEcs, ['Running']),
  DeleteInstance: (c) => {
    const { inst, world } = findInstance(c, c.params.need('InstanceId'));
    rules.checkDeletable(inst, c.params.bool('Force'));
    dryRun(c);
    rules.deleteEcs(world, inst);
    return {};
  },
  DeleteInstances: (c) => {
    const list = c.params.needList('InstanceId').map((id) => findInstance(c, id).inst);
    const force = c.params.bool('Force');
    list.forEach((i) => rules.checkDeletable(i, force));
    dryRun(c, 'DRYRUN.SUCCESS');
    list.forEach((i) => rules.deleteEcs(c.world, i));
    return {};
  },
  ModifyInstanceAttribute: (c) => {
    const { inst, world } = findInstance(c, c.params.need('InstanceId'));
    const p = c.params;
    const name = p.str('InstanceName');
    if (name !== undefined) rules.checkInstanceName(name);
    const password = p.str('Password');
    if (password !== undefined) rules.checkEcsPassword(password);
    const groups = p.list('SecurityGroupIds');
    for (const g of groups) if (!world.groups.has(g)) throw errors.notFound('InvalidSecurityGroupId.NotFound', `security group ${g}`);
    if (name !== undefined) inst.name = name;
    if (p.str('Description') !== undefined) inst.description = p.str('Description')!;
    if (p.str('HostName') !== undefined) inst.hostName = p.str('HostName')!;
    if (p.has('DeletionProtection')) inst.deletionProtection = p.bool('DeletionProtection');
    if (groups.length) inst.securityGroupIds = groups;
    return {};
  },
  DescribeInstanceAttribute: (c) => {
    const { inst, world } = findInstance(c, c.params.need('InstanceId'));
    const r = renderEcsInstance(world, inst);
    return {
      Cpu: r.Cpu, CreationTime: r.CreationTime, Description: r.Description, ExpiredTime: r.ExpiredTime, HostName: r.HostName, ImageId: r.ImageId,
      InnerIpAddress: r.InnerIpAddress, InstanceChargeType: r.InstanceChargeType, InstanceId: r.InstanceId, InstanceName: r.InstanceName, InstanceNetworkType: 'vpc',
      InstanceType: r.InstanceType, InternetChargeType: r.InternetChargeType, InternetMaxBandwidthIn: r.InternetMaxBandwidthIn, InternetMaxBandwidthOut: r.InternetMaxBandwidthOut,
      IoOptimized: 'optimized', Memory: r.Memory, OperationLocks: r.OperationLocks, PublicIpAddress: r.PublicIpAddress, RegionId: world.regionId,
      SecurityGroupIds: r.SecurityGroupIds, SerialNumber: r.SerialNumber, Status: r.Status, StoppedMode: r.StoppedMode, VpcAttributes: r.VpcAttributes, ZoneId: r.ZoneId,
    };
  },
  DescribeInstances: (c) => {
    const p = c.params;
    const ids = p.list('InstanceIds');
    if (ids.length > 100) throw errors.invalid('InstanceIds', 'at most 100 ids');
    const f = {
      name: p.str('InstanceName'), status: p.str('Status'), zone: p.str('ZoneId'), vpc: p.str('VpcId'), vsw: p.str('VSwitchId'), sg: p.str('SecurityGroupId'),
      image: p.str('ImageId'), type: p.str('InstanceType'), family: p.str('InstanceTypeFamily'), key: p.str('KeyPairName'),
    };
    const priv = p.list('PrivateIpAddresses');
    const pub = p.list('PublicIpAddresses');
    const tags = p.tags();
    const list = [...c.world.instances.values()].filter(
      (i) => (ids.length === 0 || ids.includes(i.id)) && nameMatches(i.name, f.name) && (!f.status || i.status === f.status) && (!f.zone || i.zoneId === f.zone) &&
        (!f.vpc || c.world.vpcId === f.vpc) && (!f.vsw || i.vSwitchId === f.vsw) && (!f.sg || i.securityGroupIds.includes(f.sg)) && (!f.image || i.imageId === f.image) &&
        (!f.type || i.instanceType === f.type) && (!f.family || typeOf(i.instanceType)?.family === f.family) && (!f.key || i.keyPairName === f.key) &&
        (priv.length === 0 || priv.includes(i.privateIp)) && (pub.length === 0 || pub.includes(i.publicIp)) && hasTags(i.tags, tags),
    );
    dryRun(c);
    if (p.has('MaxResults') || p.has('NextToken')) {
      const page = tokenPage(c, list);
      return { Instances: { Instance: page.items.map((i) => renderEcsInstance(c.world, i)) }, NextToken: page.nextToken, PageNumber: 1, PageSize: page.items.length, TotalCount: list.length };
    }
    const page = paginate(list, p);
    return { Instances: { Instance: page.items.map((i) => renderEcsInstance(c.world, i)) }, NextToken: '', PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  DescribeInstanceStatus: (c) => {
    const ids = c.params.list('InstanceId');
    const zone = c.params.str('ZoneId');
    const list = [...c.world.instances.values()].filter((i) => (ids.length === 0 || ids.includes(i.id)) && (!zone || i.zoneId === zone));
    const page = paginate(list, c.params, { maxSize: 50 });
    return { InstanceStatuses: { InstanceStatus: page.items.map((i) => ({ InstanceId: i.id, Status: i.status })) }, PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
};
