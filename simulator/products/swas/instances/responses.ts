/** SWAS instance actions: read the parameters, call the rules in model.ts, render the SDK's shapes. */
import { isoSeconds } from '../../../clock';
import { SimError, errors } from '../../../errors';
import { hasTags, paginate, renderTags } from '../../common';
import type { ActionContext, Handlers } from '../../types';
import { planById, SWAS_IMAGES, SWAS_PLANS } from '../catalog';
import type { Instance, SwasWorld } from '../world';
import { addInstance } from '../seed';
import * as rules from './model';

type Ctx = ActionContext<SwasWorld>;

export function renderInstance(w: SwasWorld, i: Instance): Record<string, unknown> {
  const plan = planById(i.planId);
  const pub = SWAS_IMAGES.find((x) => x.ImageId === i.imageId);
  const custom = w.images.get(i.imageId);
  const disks = [...w.disks.values()].filter((d) => d.instanceId === i.id);
  const expired = i.status === 'Disabled';
  return {
    BusinessStatus: expired ? 'Expired' : 'Normal',
    ChargeType: 'PrePaid',
    Combination: false,
    CombinationInstanceId: '',
    CreationTime: isoSeconds(i.createdAt),
    DdosStatus: 'Normal',
    DisableReason: expired ? 'EXPIRED' : '',
    Disks: disks.map((d) => ({
      Category: 'ESSD', CreationTime: isoSeconds(d.createdAt), Device: d.device, DiskChargeType: 'PrePaid', DiskId: d.id, DiskName: d.name,
      DiskTags: renderTags(d.tags), DiskType: d.type.toLowerCase(), RegionId: w.regionId, Remark: d.remark, ResourceGroupId: d.resourceGroupId,
      Size: d.size, Status: d.status,
    })),
    ExpiredTime: isoSeconds(i.expiresAt),
    Image: {
      ImageContact: 'https://selfservice.console.aliyun.com/ticket/createIndex',
      ImageIconUrl: '',
      ImageName: pub?.ImageName ?? custom?.name ?? '',
      ImageType: pub ? pub.ImageType : 'custom',
      ImageVersion: pub?.ImageVersion ?? '',
      OsType: pub?.OsType ?? 'linux',
    },
    ImageId: i.imageId,
    InnerIpAddress: i.innerIp,
    InstanceId: i.id,
    InstanceName: i.name,
    NetworkAttributes: [{ PeakBandwidth: plan?.Bandwidth ?? 3, PrivateIpAddress: i.innerIp, PublicIpAddress: i.publicIp, PublicIpDdosStatus: 'Normal' }],
    PlanId: i.planId,
    PlanType: plan?.PlanType ?? 'NORMAL',
    PublicIpAddress: i.publicIp,
    RegionId: w.regionId,
    ResourceGroupId: i.resourceGroupId,
    ResourceSpec: {
      Bandwidth: plan?.Bandwidth ?? 3, Cpu: plan?.Core ?? 1, DiskCategory: 'ESSD', DiskSize: plan?.DiskSize ?? 40, Flow: plan?.Flow ?? 400, Memory: plan?.Memory ?? 1,
    },
    Status: i.status,
    Tags: renderTags(i.tags),
    Uuid: i.uuid,
  };
}

function one(c: Ctx, op: (w: SwasWorld, i: Instance) => void): Record<string, unknown> {
  op(c.world, rules.getInstance(c.world, c.params.need('InstanceId')));
  return {};
}

function many(c: Ctx, allowed: Parameters<typeof rules.batch>[2], op: (w: SwasWorld, i: Instance) => void): Record<string, unknown> {
  rules.batch(c.world, c.params.needList('InstanceIds'), allowed, (i) => op(c.world, i));
  return {};
}

export const instanceHandlers: Handlers<SwasWorld> = {
  StartInstance: (c) => one(c, rules.start),
  StopInstance: (c) => one(c, rules.stop),
  RebootInstance: (c) => one(c, rules.reboot),
  StartInstances: (c) => many(c, ['Stopped'], rules.start),
  StopInstances: (c) => many(c, ['Running'], rules.stop),
  RebootInstances: (c) => many(c, ['Running'], rules.reboot),
  ResetSystem: (c) => {
    const login = c.params.object('LoginCredentials');
    const inst = rules.getInstance(c.world, c.params.need('InstanceId'));
    if (login?.Password !== undefined) rules.checkPassword(String(login.Password), 'LoginCredentials.Password');
    if (login?.KeyPairName !== undefined && !c.world.keyPairs.has(String(login.KeyPairName))) {
      throw errors.notFound('InvalidKeyPairName.NotFound', `key pair ${String(login.KeyPairName)}`);
    }
    rules.resetSystem(c.world, inst, c.params.str('ImageId'));
    if (login?.Password !== undefined) inst.passwordSet = true;
    if (login?.KeyPairName !== undefined) inst.keyPairName = String(login.KeyPairName);
    return {};
  },
  UpgradeInstance: (c) => {
    const planId = c.params.need('PlanId');
    rules.upgrade(c.world, rules.getInstance(c.world, c.params.need('InstanceId')), planId);
    return {};
  },
  RenewInstance: (c) => {
    const months = c.params.needInt('Period');
    rules.renew(rules.getInstance(c.world, c.params.need('InstanceId')), months);
    return {};
  },
  UpdateInstanceAttribute: (c) => {
    const inst = rules.getInstance(c.world, c.params.need('InstanceId'));
    const name = c.params.str('InstanceName');
    const password = c.params.str('Password');
    if (name !== undefined && (name.length < 2 || name.length > 60)) {
      throw new SimError('InvalidInstanceName.ValueNotSupported', `The InstanceName '${name}' is not valid: use 2 to 60 characters.`, 400);
    }
    if (password !== undefined) rules.checkPassword(password);
    if (name !== undefined) inst.name = name;
    if (password !== undefined) inst.passwordSet = true;
    return {};
  },
  CreateInstances: (c) => {
    const planId = c.params.need('PlanId');
    const imageId = c.params.need('ImageId');
    const months = c.params.needInt('Period');
    const amountText = c.params.str('Amount');
    const amount = amountText === undefined || amountText === '' ? 1 : Number(amountText);
    if (!Number.isInteger(amount) || amount < 1 || amount > 20) {
      throw new SimError('InvalidAmount.ValueNotSupported', `The Amount '${amountText}' is not valid: use an integer from 1 to 20.`, 400);
    }
    const chargeType = c.params.str('ChargeType') ?? 'PrePaid';
    if (chargeType !== 'PrePaid') throw new SimError('InvalidChargeType.ValueNotSupported', `The ChargeType '${chargeType}' is not valid: only PrePaid is offered.`, 400);
    rules.checkPeriod(months);
    rules.mustPlan(planId);
    if (!SWAS_IMAGES.some((i) => i.ImageId === imageId) && !c.world.images.has(imageId)) throw errors.notFound('InvalidImageId.NotFound', `image ${imageId}`);
    const diskText = c.params.str('DataDiskSize');
    const dataDiskSize = diskText === undefined || diskText === '' ? 0 : Number(diskText);
    if (!Number.isInteger(dataDiskSize) || dataDiskSize < 0 || dataDiskSize > 16_380 || dataDiskSize % 20 !== 0) {
      throw new SimError('InvalidDataDiskSize.ValueNotSupported', `The DataDiskSize '${diskText}' is not valid: use 0 to 16380 GB in steps of 20.`, 400);
    }
    const ids: string[] = [];
    for (let n = 0; n < amount; n++) {
      const inst = addInstance(c.world, { name: `swas-${c.world.instances.size + 1}`, status: 'Pending', planId, imageId, createdAt: c.clock.now(), months, dataDiskSize });
      rules.transition(c.world, inst, 'Pending', 'Running', rules.TRANSITION_MS.create);
      ids.push(inst.id);
    }
    return { InstanceIds: ids };
  },
  ListInstances: (c) => {
    const p = c.params;
    const ids = p.list('InstanceIds');
    const ips = p.list('PublicIpAddresses');
    const name = p.str('InstanceName');
    const status = p.str('Status');
    const planType = p.str('PlanType');
    const rg = p.str('ResourceGroupId');
    const chargeType = p.str('ChargeType');
    const tags = p.tags();
    if (ids.length > 100) throw errors.invalid('InstanceIds', 'at most 100 ids');
    const list = [...c.world.instances.values()].filter(
      (i) =>
        (ids.length === 0 || ids.includes(i.id)) &&
        (ips.length === 0 || ips.includes(i.publicIp)) &&
        (name === undefined || i.name.includes(name)) &&
        (status === undefined || i.status === status) &&
        (planType === undefined || (planById(i.planId)?.PlanType ?? 'NORMAL') === planType) &&
        (rg === undefined || i.resourceGroupId === rg) &&
        (chargeType === undefined || chargeType === 'PrePaid') &&
        hasTags(i.tags, tags),
    );
    const page = paginate(list, p);
    return { Instances: page.items.map((i) => renderInstance(c.world, i)), PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  ListInstanceStatus: (c) => {
    const ids = c.params.list('InstanceIds');
    const list = [...c.world.instances.values()].filter((i) => ids.length === 0 || ids.includes(i.id));
    const page = paginate(list, c.params);
    return {
      InstanceStatuses: page.items.map((i) => ({ InstanceId: i.id, Status: i.status })),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  ListInstancePlansModification: (c) => {
    const inst = rules.getInstance(c.world, c.params.need('InstanceId'));
    const current = planById(inst.planId);
    const plans = SWAS_PLANS.filter((p) => !current || rules.isUpgrade(current, p));
    return {
      Plans: plans.map((p) => ({
        Bandwidth: p.Bandwidth, Core: p.Core, Currency: p.Currency, DiskSize: p.DiskSize, DiskType: p.DiskType, Flow: p.Flow, Memory: p.Memory,
        OriginPrice: p.OriginPrice, PlanId: p.PlanId, SupportPlatform: p.SupportPlatform,
      })),
    };
  },
  ListInstancesTrafficPackages: (c) => {
    const ids = c.params.needList('InstanceIds');
    if (ids.length > 100) throw errors.invalid('InstanceIds', 'at most 100 ids');
    return {
      InstanceTrafficPackageUsages: ids.map((id) => {
        const inst = rules.getInstance(c.world, id);
        const total = (planById(inst.planId)?.Flow ?? 400) * 1024 * 1024 * 1024;
        const used = inst.trafficUsedGb * 1024 * 1024 * 1024;
        return { InstanceId: id, TrafficOverflow: 0, TrafficPackageRemaining: total - used, TrafficPackageTotal: total, TrafficUsed: used };
      }),
    };
  },
};
