/** ECS security group actions. */
import { SimError, errors } from '../../../errors';
import { hasTags, paginate } from '../../common';
import type { Handlers } from '../../types';
import { BAD_TOKEN, dryRun, ecsTags, ecsTime, findInstance, nameMatches, tokenPage, type Ctx } from '../common';
import { ecsId, type EcsWorld, type SecurityGroup } from '../world';
import * as rules from './model';

/** The rule(s) of an Authorize/Revoke request: the Permissions list, or the single rule in top-level fields. */
function ruleInputs(c: Ctx, direction: 'ingress' | 'egress'): rules.RuleInput[] {
  const cidrWire = direction === 'ingress' ? 'SourceCidrIp' : 'DestCidrIp';
  const list = c.params.objects('Permissions');
  const raw: Array<Record<string, unknown>> = list.length ? list : c.params.has('IpProtocol') ? [c.params.values as Record<string, unknown>] : [];
  return raw.map((r, i) => {
    const at = list.length ? `Permissions.${i + 1}.` : '';
    const get = (k: string): string | undefined => (r[k] === undefined || r[k] === '' ? undefined : String(r[k]));
    const protocol = get('IpProtocol');
    if (!protocol) throw errors.missing(`${at}IpProtocol`);
    const cidr = get(cidrWire);
    if (!cidr) {
      const wire = direction === 'ingress' ? 'Source' : 'Dest';
      throw new SimError(`MissingParameter.${wire}`, `The ${at}${cidrWire} that is mandatory for this rule is not supplied.`, 400);
    }
    const upper = protocol.toUpperCase();
    const port = get('PortRange') ?? (['ICMP', 'GRE', 'ALL', 'ICMPV6'].includes(upper) ? '-1/-1' : undefined);
    if (!port) throw new SimError('InvalidPortRange.Malformed', `The ${at}PortRange must be set for ${upper}.`, 400);
    return rules.checkRule({ protocol, portRange: port, cidr, policy: get('Policy') ?? 'accept', priority: get('Priority') ?? '1', description: get('Description') ?? '' }, at, cidrWire);
  });
}

function badGroupName(name: string): SimError {
  return new SimError('InvalidSecurityGroupName.Malformed', `The SecurityGroupName '${name}' is not valid: use 2 to 128 characters, not starting with http: or https:.`, 400);
}

function renderGroup(w: EcsWorld, g: SecurityGroup): Record<string, unknown> {
  return {
    AvailableInstanceAmount: 2000, CreationTime: ecsTime(g.createdAt), Description: g.description, EcsCount: [...w.instances.values()].filter((i) => i.securityGroupIds.includes(g.id)).length,
    ResourceGroupId: '', RuleCount: g.rules.length, SecurityGroupId: g.id, SecurityGroupName: g.name, SecurityGroupType: 'normal', ServiceManaged: false, Tags: ecsTags(g.tags), VpcId: g.vpcId,
  };
}

function authorizeHandler(direction: 'ingress' | 'egress') {
  return (c: Ctx): Record<string, unknown> => {
    const group = rules.getGroup(c.world, c.params.need('SecurityGroupId'));
    const inputs = ruleInputs(c, direction);
    if (inputs.length === 0) throw errors.missing('Permissions');
    rules.authorize(c.world, group, direction, inputs);
    return {};
  };
}

function revokeHandler(direction: 'ingress' | 'egress') {
  return (c: Ctx): Record<string, unknown> => {
    const group = rules.getGroup(c.world, c.params.need('SecurityGroupId'));
    const ids = c.params.list('SecurityGroupRuleId');
    if (ids.length) rules.revokeByIds(group, direction, ids);
    else {
      const inputs = ruleInputs(c, direction);
      if (inputs.length === 0) throw errors.missing('Permissions');
      rules.revoke(group, direction, inputs);
    }
    return {};
  };
}

function membership(c: Ctx, join: boolean): Record<string, unknown> {
  const groupId = c.params.need('SecurityGroupId');
  const id = c.params.str('InstanceId');
  if (!id) throw errors.missing('InstanceId');
  // RegionId is optional here: without it the instance's region is the request's, so the group is
  // looked up there too (not in the simulator's default region, where the dispatcher put the request).
  const { inst, world } = findInstance(c, id);
  const group = rules.getGroup(world, groupId);
  if (join) {
    if (inst.securityGroupIds.includes(group.id)) throw new SimError('InvalidInstanceId.AlreadyExists', `Instance ${inst.id} is already in ${group.id}.`, 403);
    if (inst.securityGroupIds.length >= rules.GROUPS_PER_INSTANCE) throw new SimError('InstanceSecurityGroupLimitExceeded', `An instance can be in at most ${rules.GROUPS_PER_INSTANCE} security groups.`, 400);
    inst.securityGroupIds.push(group.id);
  } else {
    if (!inst.securityGroupIds.includes(group.id)) throw new SimError('InvalidSecurityGroupAssociation.NotFound', `Instance ${inst.id} is not in ${group.id}.`, 400);
    if (inst.securityGroupIds.length === 1) throw new SimError('InstanceLastSecurityGroup', `Instance ${inst.id} must stay in at least one security group.`, 403);
    inst.securityGroupIds = inst.securityGroupIds.filter((g) => g !== group.id);
  }
  return {};
}

export const ecsSecurityGroupHandlers: Handlers<EcsWorld> = {
  CreateSecurityGroup: (c) => {
    const name = c.params.str('SecurityGroupName') ?? '';
    if (name && (name.length < 2 || name.length > 128 || /^(http:|https:)/.test(name))) throw badGroupName(name);
    const vpcId = c.params.str('VpcId') ?? c.world.vpcId;
    if (vpcId !== c.world.vpcId) throw errors.notFound('InvalidVpcId.NotFound', `VPC ${vpcId}`);
    dryRun(c);
    const g: SecurityGroup = { id: ecsId(c.world, 'sg', 'sg'), name, description: c.params.str('Description') ?? '', vpcId, createdAt: c.clock.now(), rules: [], tags: c.params.tags() };
    c.world.groups.set(g.id, g);
    return { SecurityGroupId: g.id };
  },
  DeleteSecurityGroup: (c) => {
    // DeleteSecurityGroup documents InvalidSecurityGroup.NotFound where the other actions say InvalidSecurityGroupId.NotFound.
    const id = c.params.need('SecurityGroupId');
    const group = c.world.groups.get(id);
    if (!group) throw errors.notFound('InvalidSecurityGroup.NotFound', `security group ${id}`);
    rules.deleteGroup(c.world, group);
    return {};
  },
  DescribeSecurityGroups: (c) => {
    const p = c.params;
    const one = p.str('SecurityGroupId');
    const ids = p.list('SecurityGroupIds');
    const name = p.str('SecurityGroupName');
    const vpc = p.str('VpcId');
    const tags = p.tags();
    const list = [...c.world.groups.values()].filter(
      (g) => (!one || g.id === one) && (ids.length === 0 || ids.includes(g.id)) && nameMatches(g.name, name) && (!vpc || g.vpcId === vpc) && hasTags(g.tags, tags),
    );
    dryRun(c);
    // MaxResults/NextToken ask for token paging (documented beside PageNumber/PageSize).
    if (p.has('MaxResults') || p.has('NextToken')) {
      const next = tokenPage(c, list, 100, BAD_TOKEN.securityGroups);
      return { NextToken: next.nextToken, RegionId: c.regionId, SecurityGroups: { SecurityGroup: next.items.map((g) => renderGroup(c.world, g)) }, TotalCount: list.length };
    }
    const page = paginate(list, p, { maxSize: 50 });
    return { NextToken: '', PageNumber: page.pageNumber, PageSize: page.pageSize, RegionId: c.regionId, SecurityGroups: { SecurityGroup: page.items.map((g) => renderGroup(c.world, g)) }, TotalCount: page.totalCount };
  },
  DescribeSecurityGroupAttribute: (c) => {
    const g = rules.getGroup(c.world, c.params.need('SecurityGroupId'));
    const direction = c.params.str('Direction') ?? 'all';
    if (!['all', 'ingress', 'egress'].includes(direction)) throw errors.invalid('Direction', 'must be all, ingress or egress');
    const list = g.rules.filter((r) => direction === 'all' || r.direction === direction);
    return {
      Description: g.description, InnerAccessPolicy: 'Accept', NextToken: '', RegionId: c.regionId, SecurityGroupId: g.id, SecurityGroupName: g.name, VpcId: g.vpcId,
      Permissions: {
        Permission: list.map((r) => ({
          CreateTime: new Date(r.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'), Description: r.description, DestCidrIp: r.direction === 'egress' ? r.cidr : '',
          Direction: r.direction, IpProtocol: r.protocol, NicType: 'intranet', Policy: r.policy === 'accept' ? 'Accept' : 'Drop', PortRange: r.portRange, Priority: r.priority,
          SecurityGroupRuleId: r.id, SourceCidrIp: r.direction === 'ingress' ? r.cidr : '', SourcePortRange: '',
        })),
      },
    };
  },
  ModifySecurityGroupAttribute: (c) => {
    const g = rules.getGroup(c.world, c.params.need('SecurityGroupId'));
    const name = c.params.str('SecurityGroupName');
    if (name !== undefined && (name.length < 2 || name.length > 128 || /^(http:|https:)/.test(name))) throw badGroupName(name);
    if (name !== undefined) g.name = name;
    if (c.params.str('Description') !== undefined) g.description = c.params.str('Description')!;
    return {};
  },
  AuthorizeSecurityGroup: authorizeHandler('ingress'),
  AuthorizeSecurityGroupEgress: authorizeHandler('egress'),
  RevokeSecurityGroup: revokeHandler('ingress'),
  RevokeSecurityGroupEgress: revokeHandler('egress'),
  JoinSecurityGroup: (c) => membership(c, true),
  LeaveSecurityGroup: (c) => membership(c, false),
};
