// ECS smoke: the second product through the same pipeline. The full ECS suites live in testcases/ecs/.
import { apiSuite, ecs, environment, resourceName, resourceTags, useResources } from '../support';

apiSuite({ product: 'ecs', feature: 'Regions', action: 'DescribeRegions' }, () => {
  it('lists the regions, the profile regions among them @smoke', async () => {
    const r = await ecs().describeRegions({});
    expect(r.status).toBe(200);
    const ids = (r.body.Regions?.Region ?? []).map((x) => x.RegionId);
    expect(ids).toEqual(expect.arrayContaining(environment().regions));
  });
});

apiSuite({ product: 'ecs', feature: 'Security groups', action: 'CreateSecurityGroup' }, () => {
  const resources = useResources();

  it('creates a tagged security group that DescribeSecurityGroups finds by tag @smoke', async () => {
    const name = resourceName('sg');
    const created = await ecs().createSecurityGroup({ securityGroupName: name, description: 'cloudcase smoke', tag: resourceTags() });
    const id = created.body.SecurityGroupId as string;
    expect(id).toMatch(/^sg-/);
    resources.track({ product: 'ecs', kind: 'SecurityGroup', id, remove: () => ecs().deleteSecurityGroup({ securityGroupId: id }) });

    const [{ key, value }] = resourceTags();
    const found = await ecs().describeSecurityGroups({ tag: [{ key, value }], pageSize: 50 });
    const group = (found.body.SecurityGroups?.SecurityGroup ?? []).find((g) => g.SecurityGroupId === id);
    expect(group?.SecurityGroupName).toBe(name);
  });
});
