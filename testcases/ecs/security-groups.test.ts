/**
 * ECS security groups and their rules, in flows: create (idempotent by ClientToken) → describe →
 * modify → delete → gone; authorize → describe → duplicate refused → revoke (by fields and by rule
 * id) → gone, ingress and egress; join the test instance → leave. Groups and rules are free.
 */
import { randomUUID } from 'node:crypto';
import { ecs, resourceName, resourceTags, useResources } from '../support';
import { NOT_FOUND_ID, acquireEcsTestInstance, ecsSuite, optionalEcsData, removeIgnoringNotFound } from '../support/ecs';

const resources = useResources();

/** A new security group, marked and tracked. */
async function newGroup(description = 'cloudcase security group test', vpcId = optionalEcsData('vpcId')): Promise<string> {
  const r = await ecs().createSecurityGroup({ securityGroupName: resourceName('sg'), description, vpcId, tag: resourceTags() });
  const id = r.body.SecurityGroupId!;
  resources.track({ product: 'ecs', kind: 'SecurityGroup', id, remove: () => removeIgnoringNotFound(() => ecs().deleteSecurityGroup({ securityGroupId: id })) });
  return id;
}

async function rulesOf(securityGroupId: string, direction: 'ingress' | 'egress') {
  const r = await ecs().describeSecurityGroupAttribute({ securityGroupId, direction });
  return r.body.Permissions?.Permission ?? [];
}

ecsSuite('CreateSecurityGroup', () => {
  it('creates a group once per ClientToken, describes, renames and deletes it until gone @smoke', async () => {
    const name = resourceName('sg');
    const token = randomUUID();
    const params = { securityGroupName: name, description: 'cloudcase flow', vpcId: optionalEcsData('vpcId'), tag: resourceTags() };
    const first = await ecs().createSecurityGroup(params, { clientToken: token });
    const id = first.body.SecurityGroupId!;
    resources.track({ product: 'ecs', kind: 'SecurityGroup', id, remove: () => removeIgnoringNotFound(() => ecs().deleteSecurityGroup({ securityGroupId: id })) });
    expect(id).toMatch(/^sg-/);
    const again = await ecs().createSecurityGroup(params, { clientToken: token });
    expect(again.body.SecurityGroupId).toBe(id);

    const listed = await ecs().describeSecurityGroups({ securityGroupName: name, pageSize: 50 });
    expect((listed.body.SecurityGroups?.SecurityGroup ?? []).map((g) => g.SecurityGroupId)).toEqual([id]);

    const renamed = resourceName('sg-renamed');
    await ecs().modifySecurityGroupAttribute({ securityGroupId: id, securityGroupName: renamed, description: 'renamed' });
    const attr = await ecs().describeSecurityGroupAttribute({ securityGroupId: id });
    expect(attr.body).toMatchObject({ SecurityGroupId: id, SecurityGroupName: renamed, Description: 'renamed' });

    await ecs().deleteSecurityGroup({ securityGroupId: id });
    const after = await ecs().describeSecurityGroups({ securityGroupId: id });
    expect(after.body.SecurityGroups?.SecurityGroup ?? []).toEqual([]);
    expect(after.body.TotalCount).toBe(0);
    resources.forget('ecs', 'SecurityGroup', id);
  });

  it('rejects a name starting with http:// and an unknown VPC @regression', async () => {
    await expect(ecs().createSecurityGroup({ securityGroupName: 'http://cloudcase' })).rejects.toMatchApiError({ code: 'InvalidSecurityGroupName.Malformed', status: 400 });
    await expect(ecs().createSecurityGroup({ securityGroupName: resourceName('sg'), vpcId: 'vpc-cc0notexist000000000' })).rejects.toMatchApiError(/^InvalidVpcId/);
  });
});

ecsSuite('DescribeSecurityGroups', () => {
  it('finds groups by tag and by a list of ids, and pages exactly over them @regression', async () => {
    const marker = { key: 'cloudcase-sg', value: resourceName('list') };
    const created: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await ecs().createSecurityGroup({ securityGroupName: resourceName('sg'), vpcId: optionalEcsData('vpcId'), tag: [...resourceTags(), marker] });
      const id = r.body.SecurityGroupId!;
      resources.track({ product: 'ecs', kind: 'SecurityGroup', id, remove: () => removeIgnoringNotFound(() => ecs().deleteSecurityGroup({ securityGroupId: id })) });
      created.push(id);
    }
    const byTag = await ecs().describeSecurityGroups({ tag: [marker], pageSize: 50 });
    expect(byTag.body.TotalCount).toBe(3);
    expect((byTag.body.SecurityGroups?.SecurityGroup ?? []).map((g) => g.SecurityGroupId).sort()).toEqual([...created].sort());
    for (const g of byTag.body.SecurityGroups?.SecurityGroup ?? []) expect(g.Tags?.Tag).toEqual(expect.arrayContaining([{ TagKey: marker.key, TagValue: marker.value }]));

    const byIds = await ecs().describeSecurityGroups({ securityGroupIds: JSON.stringify(created.slice(0, 2)) });
    expect((byIds.body.SecurityGroups?.SecurityGroup ?? []).map((g) => g.SecurityGroupId).sort()).toEqual(created.slice(0, 2).sort());

    const paged: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await ecs().describeSecurityGroups({ tag: [marker], pageSize: 2, pageNumber: page });
      expect(r.body).toMatchObject({ TotalCount: 3, PageNumber: page, PageSize: 2 });
      paged.push(...(r.body.SecurityGroups?.SecurityGroup ?? []).map((g) => g.SecurityGroupId!));
    }
    expect(paged.sort()).toEqual([...created].sort());
  });

  it('pages by token (MaxResults/NextToken) without losing or repeating a group @regression', async () => {
    const marker = { key: 'cloudcase-sg', value: resourceName('token') };
    const created: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await ecs().createSecurityGroup({ securityGroupName: resourceName('sg'), vpcId: optionalEcsData('vpcId'), tag: [...resourceTags(), marker] });
      const id = r.body.SecurityGroupId!;
      resources.track({ product: 'ecs', kind: 'SecurityGroup', id, remove: () => removeIgnoringNotFound(() => ecs().deleteSecurityGroup({ securityGroupId: id })) });
      created.push(id);
    }
    const first = await ecs().describeSecurityGroups({ tag: [marker], maxResults: 10 });
    expect(first.body.SecurityGroups?.SecurityGroup).toHaveLength(10);
    expect(first.body.NextToken).toMatch(/\S/);
    const second = await ecs().describeSecurityGroups({ tag: [marker], maxResults: 10, nextToken: first.body.NextToken });
    expect(second.body.SecurityGroups?.SecurityGroup).toHaveLength(1);
    expect(second.body.NextToken ?? '').toBe('');
    const all = [...(first.body.SecurityGroups?.SecurityGroup ?? []), ...(second.body.SecurityGroups?.SecurityGroup ?? [])].map((g) => g.SecurityGroupId!);
    expect(all.sort()).toEqual([...created].sort());
  });

  it('rejects a page size above 50 @regression', async () => {
    await expect(ecs().describeSecurityGroups({ pageSize: 51 }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('AuthorizeSecurityGroup', () => {
  it('adds ingress rules, lists them, refuses a duplicate, and revokes them until gone @smoke', async () => {
    const securityGroupId = await newGroup();
    await ecs().authorizeSecurityGroup({ securityGroupId, ipProtocol: 'TCP', portRange: '8080/8080', sourceCidrIp: '10.0.0.0/8', policy: 'accept', priority: '10', description: 'web' });
    await ecs().authorizeSecurityGroup({
      securityGroupId,
      permissions: [
        { ipProtocol: 'UDP', portRange: '53/53', sourceCidrIp: '192.168.0.0/16', policy: 'accept', priority: '1' },
        { ipProtocol: 'ICMP', portRange: '-1/-1', sourceCidrIp: '172.16.0.0/12', policy: 'drop', priority: '1' },
      ],
    });
    const rules = await rulesOf(securityGroupId, 'ingress');
    expect(rules).toHaveLength(3);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ IpProtocol: 'TCP', PortRange: '8080/8080', SourceCidrIp: '10.0.0.0/8', Policy: 'Accept', Priority: '10', Description: 'web', Direction: 'ingress' }),
        expect.objectContaining({ IpProtocol: 'UDP', PortRange: '53/53', SourceCidrIp: '192.168.0.0/16' }),
        expect.objectContaining({ IpProtocol: 'ICMP', SourceCidrIp: '172.16.0.0/12', Policy: 'Drop' }),
      ]),
    );
    expect(await rulesOf(securityGroupId, 'egress')).toEqual([]);

    await expect(
      ecs().authorizeSecurityGroup({ securityGroupId, ipProtocol: 'TCP', portRange: '8080/8080', sourceCidrIp: '10.0.0.0/8', policy: 'accept', priority: '10' }),
    ).rejects.toMatchApiError('InvalidPermission.Duplicate');

    await ecs().revokeSecurityGroup({ securityGroupId, ipProtocol: 'TCP', portRange: '8080/8080', sourceCidrIp: '10.0.0.0/8', policy: 'accept', priority: '10' });
    const left = await rulesOf(securityGroupId, 'ingress');
    expect(left.map((r) => r.IpProtocol).sort()).toEqual(['ICMP', 'UDP']);
    await ecs().revokeSecurityGroup({ securityGroupId, securityGroupRuleId: left.map((r) => r.SecurityGroupRuleId!) });
    expect(await rulesOf(securityGroupId, 'ingress')).toEqual([]);
  });

  it('rejects a port range out of bounds, an unknown protocol and an unknown group @regression', async () => {
    const securityGroupId = await newGroup();
    await expect(ecs().authorizeSecurityGroup({ securityGroupId, ipProtocol: 'TCP', portRange: '70000/70001', sourceCidrIp: '10.0.0.0/8' })).rejects.toMatchApiError({ code: 'InvalidParam.PortRange', status: 400 });
    await expect(ecs().authorizeSecurityGroup({ securityGroupId, ipProtocol: 'SCTP', portRange: '1/2', sourceCidrIp: '10.0.0.0/8' })).rejects.toMatchApiError({ code: 'InvalidIpProtocol.ValueNotSupported', status: 400 });
    await expect(
      ecs().authorizeSecurityGroup({ securityGroupId: NOT_FOUND_ID.securityGroup, ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' }),
    ).rejects.toMatchApiError('InvalidSecurityGroupId.NotFound');
    expect(await rulesOf(securityGroupId, 'ingress')).toEqual([]);
  });
});

ecsSuite('RevokeSecurityGroup', () => {
  it('answers InvalidParam.SecurityGroupRuleId for a rule id the group does not have @regression', async () => {
    const securityGroupId = await newGroup();
    await expect(ecs().revokeSecurityGroup({ securityGroupId, securityGroupRuleId: [NOT_FOUND_ID.rule] })).rejects.toMatchApiError({ code: 'InvalidParam.SecurityGroupRuleId', status: 400 });
  });
});

ecsSuite('AuthorizeSecurityGroupEgress', () => {
  it('adds an egress rule, lists it apart from ingress, and revokes it @regression', async () => {
    const securityGroupId = await newGroup();
    const rule = { ipProtocol: 'TCP', portRange: '443/443', destCidrIp: '0.0.0.0/0', policy: 'accept', priority: '5', description: 'https out' };
    await ecs().authorizeSecurityGroupEgress({ securityGroupId, ...rule });
    const egress = await rulesOf(securityGroupId, 'egress');
    expect(egress).toEqual([expect.objectContaining({ Direction: 'egress', IpProtocol: 'TCP', PortRange: '443/443', DestCidrIp: '0.0.0.0/0', Priority: '5' })]);
    expect(await rulesOf(securityGroupId, 'ingress')).toEqual([]);
    await expect(ecs().authorizeSecurityGroupEgress({ securityGroupId, ...rule })).rejects.toMatchApiError('InvalidPermission.Duplicate');
    await ecs().revokeSecurityGroupEgress({ securityGroupId, ...rule });
    expect(await rulesOf(securityGroupId, 'egress')).toEqual([]);
  });

  it('rejects an egress rule without a destination @regression', async () => {
    const securityGroupId = await newGroup();
    await expect(ecs().authorizeSecurityGroupEgress({ securityGroupId, ipProtocol: 'TCP', portRange: '443/443' })).rejects.toMatchApiError({ code: 'MissingParameter.Dest', status: 400 });
  });
});

ecsSuite('RevokeSecurityGroupEgress', () => {
  it('revokes egress rules by rule id @regression', async () => {
    const securityGroupId = await newGroup();
    await ecs().authorizeSecurityGroupEgress({ securityGroupId, permissions: [{ ipProtocol: 'UDP', portRange: '123/123', destCidrIp: '10.1.0.0/16' }] });
    const [rule] = await rulesOf(securityGroupId, 'egress');
    expect(rule).toMatchObject({ IpProtocol: 'UDP', PortRange: '123/123', DestCidrIp: '10.1.0.0/16' });
    await ecs().revokeSecurityGroupEgress({ securityGroupId, securityGroupRuleId: [rule.SecurityGroupRuleId!] });
    expect(await rulesOf(securityGroupId, 'egress')).toEqual([]);
  });

  it('answers InvalidSecurityGroupId.NotFound for an unknown group @regression', async () => {
    await expect(
      ecs().revokeSecurityGroupEgress({ securityGroupId: NOT_FOUND_ID.securityGroup, ipProtocol: 'TCP', portRange: '443/443', destCidrIp: '0.0.0.0/0' }),
    ).rejects.toMatchApiError('InvalidSecurityGroupId.NotFound');
  });
});

ecsSuite('DescribeSecurityGroupAttribute', () => {
  it('lists rules of both directions by default @regression', async () => {
    const securityGroupId = await newGroup();
    await ecs().authorizeSecurityGroup({ securityGroupId, ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' });
    await ecs().authorizeSecurityGroupEgress({ securityGroupId, ipProtocol: 'TCP', portRange: '80/80', destCidrIp: '10.0.0.0/8' });
    const all = await ecs().describeSecurityGroupAttribute({ securityGroupId });
    expect((all.body.Permissions?.Permission ?? []).map((p) => p.Direction).sort()).toEqual(['egress', 'ingress']);
  });

  it('rejects a direction outside its enum and an unknown group @regression', async () => {
    const securityGroupId = await newGroup();
    await expect(ecs().describeSecurityGroupAttribute({ securityGroupId, direction: 'sideways' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
    await expect(ecs().describeSecurityGroupAttribute({ securityGroupId: NOT_FOUND_ID.securityGroup })).rejects.toMatchApiError('InvalidSecurityGroupId.NotFound');
  });
});

ecsSuite('ModifySecurityGroupAttribute', () => {
  it('rejects a one-character name, keeping the old one @regression', async () => {
    const securityGroupId = await newGroup();
    const before = (await ecs().describeSecurityGroupAttribute({ securityGroupId })).body.SecurityGroupName;
    await expect(ecs().modifySecurityGroupAttribute({ securityGroupId, securityGroupName: 'x' })).rejects.toMatchApiError({ code: 'InvalidSecurityGroupName.Malformed', status: 400 });
    expect((await ecs().describeSecurityGroupAttribute({ securityGroupId })).body.SecurityGroupName).toBe(before);
  });
});

ecsSuite('DeleteSecurityGroup', () => {
  it('answers InvalidSecurityGroup.NotFound (this action\'s documented code) for an unknown group @regression', async () => {
    await expect(ecs().deleteSecurityGroup({ securityGroupId: NOT_FOUND_ID.securityGroup })).rejects.toMatchApiError({ code: 'InvalidSecurityGroup.NotFound', status: 404 });
  });
});

ecsSuite('JoinSecurityGroup', () => {
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await acquireEcsTestInstance(resources);
  });

  const groupsOf = async (id: string): Promise<string[]> =>
    (await ecs().describeInstanceAttribute({ instanceId: id })).body.SecurityGroupIds?.SecurityGroupId ?? [];

  it('puts the instance in a group, refuses deleting the group while used, and LeaveSecurityGroup takes it out @destructive', async () => {
    // A group of the instance's own VPC: an instance can only join those.
    const vpcId = (await ecs().describeInstanceAttribute({ instanceId })).body.VpcAttributes?.VpcId;
    const securityGroupId = await newGroup('cloudcase join test', vpcId);
    const before = await groupsOf(instanceId);
    try {
      await ecs().joinSecurityGroup({ securityGroupId, instanceId });
      expect(await groupsOf(instanceId)).toEqual([...before, securityGroupId]);
      await expect(ecs().joinSecurityGroup({ securityGroupId, instanceId })).rejects.toMatchApiError({ code: 'InvalidInstanceId.AlreadyExists', status: 403 });
      await expect(ecs().deleteSecurityGroup({ securityGroupId })).rejects.toMatchApiError({ code: 'DependencyViolation', status: 403 });
    } finally {
      await removeIgnoringNotFound(() => ecs().leaveSecurityGroup({ securityGroupId, instanceId })).catch(() => undefined);
    }
    expect(await groupsOf(instanceId)).toEqual(before);
    await expect(ecs().leaveSecurityGroup({ securityGroupId, instanceId })).rejects.toMatchApiError({ code: 'InvalidSecurityGroupAssociation.NotFound', status: 400 });
  });

  it('answers NotFound for an unknown instance @regression', async () => {
    const securityGroupId = await newGroup();
    await expect(ecs().joinSecurityGroup({ securityGroupId, instanceId: NOT_FOUND_ID.instance })).rejects.toMatchApiError(/^InvalidInstanceId\.NotFound/);
  });
});

ecsSuite('LeaveSecurityGroup', () => {
  it('refuses to take an instance out of its last group @regression', async () => {
    const instanceId = await acquireEcsTestInstance(resources);
    const groups = (await ecs().describeInstanceAttribute({ instanceId })).body.SecurityGroupIds?.SecurityGroupId ?? [];
    if (groups.length !== 1) throw new Error(`test instance ${instanceId} is in ${groups.length} security groups; this case needs exactly one`);
    await expect(ecs().leaveSecurityGroup({ securityGroupId: groups[0], instanceId })).rejects.toMatchApiError({ code: 'InstanceLastSecurityGroup', status: 403 });
    expect((await ecs().describeInstanceAttribute({ instanceId })).body.SecurityGroupIds?.SecurityGroupId).toEqual(groups);
  });
});
