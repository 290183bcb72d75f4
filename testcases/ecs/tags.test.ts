/**
 * ECS tags on free resources (a security group, a command): tag → list (by resource, by tag) →
 * overwrite → untag one key → untag all → empty; listing pages by NextToken; the refusals.
 */
import { ecs, resourceName, resourceTags, useResources } from '../support';
import { NOT_FOUND_ID, ecsSuite, optionalEcsData, removeIgnoringNotFound } from '../support/ecs';

const resources = useResources();

async function newGroup(): Promise<string> {
  const r = await ecs().createSecurityGroup({ securityGroupName: resourceName('sg-tags'), vpcId: optionalEcsData('vpcId'), tag: resourceTags() });
  const id = r.body.SecurityGroupId!;
  resources.track({ product: 'ecs', kind: 'SecurityGroup', id, remove: () => removeIgnoringNotFound(() => ecs().deleteSecurityGroup({ securityGroupId: id })) });
  return id;
}

/** Every tag of the given resources, following NextToken to the end. */
async function tagsOf(resourceType: string, resourceId: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  let nextToken: string | undefined;
  for (let page = 0; page < 50; page++) {
    const r = await ecs().listTagResources({ resourceType, resourceId, nextToken });
    for (const t of r.body.TagResources?.TagResource ?? []) {
      expect(t.ResourceType).toBe(resourceType);
      out[`${t.ResourceId}/${t.TagKey}`] = t.TagValue ?? '';
    }
    nextToken = r.body.NextToken || undefined;
    if (!nextToken) return out;
  }
  throw new Error('ListTagResources kept returning a NextToken');
}

ecsSuite('TagResources', () => {
  it('tags a security group, overwrites a value, and finds it by tag @smoke', async () => {
    const id = await newGroup();
    const unique = resourceName('v');
    await ecs().tagResources({ resourceType: 'securitygroup', resourceId: [id], tag: [{ key: 'cc-team', value: 'qa' }, { key: 'cc-unique', value: unique }] });
    const [{ key, value }] = resourceTags();
    expect(await tagsOf('securitygroup', [id])).toEqual({ [`${id}/${key}`]: value, [`${id}/cc-team`]: 'qa', [`${id}/cc-unique`]: unique });

    await ecs().tagResources({ resourceType: 'securitygroup', resourceId: [id], tag: [{ key: 'cc-team', value: 'platform' }] });
    expect((await tagsOf('securitygroup', [id]))[`${id}/cc-team`]).toBe('platform');

    const found = await ecs().listTagResources({ resourceType: 'securitygroup', tag: [{ key: 'cc-unique', value: unique }] });
    expect(new Set((found.body.TagResources?.TagResource ?? []).map((t) => t.ResourceId))).toEqual(new Set([id]));
  });

  it('tags a command as well @regression', async () => {
    const r = await ecs().createCommand({ name: resourceName('cmd'), type: 'RunShellScript', commandContent: Buffer.from('echo tag').toString('base64'), tag: resourceTags() });
    const commandId = r.body.CommandId!;
    resources.track({ product: 'ecs', kind: 'Command', id: commandId, remove: () => removeIgnoringNotFound(() => ecs().deleteCommand({ commandId })) });
    await ecs().tagResources({ resourceType: 'command', resourceId: [commandId], tag: [{ key: 'cc-kind', value: 'command' }] });
    expect((await tagsOf('command', [commandId]))[`${commandId}/cc-kind`]).toBe('command');
  });

  it('rejects an unknown resource type, an unknown resource and a reserved key prefix @regression', async () => {
    const id = await newGroup();
    await expect(ecs().tagResources({ resourceType: 'spaceship', resourceId: [id], tag: [{ key: 'k', value: 'v' }] }, { validate: false })).rejects.toMatchApiError({
      code: 'InvalidResourceType.NotFound',
      status: 404,
    });
    await expect(ecs().tagResources({ resourceType: 'securitygroup', resourceId: [NOT_FOUND_ID.securityGroup], tag: [{ key: 'k', value: 'v' }] })).rejects.toMatchApiError({
      code: 'InvalidResourceId.NotFound',
      status: 404,
    });
    await expect(ecs().tagResources({ resourceType: 'securitygroup', resourceId: [id], tag: [{ key: 'aliyun-reserved', value: 'v' }] })).rejects.toMatchApiError({
      code: 'InvalidTagKey.Malformed',
      status: 400,
    });
    expect(Object.keys(await tagsOf('securitygroup', [id]))).toHaveLength(1);
  });
});

ecsSuite('UntagResources', () => {
  it('removes one key, then all tags @regression', async () => {
    const id = await newGroup();
    await ecs().tagResources({ resourceType: 'securitygroup', resourceId: [id], tag: [{ key: 'cc-a', value: '1' }, { key: 'cc-b', value: '2' }] });
    await ecs().untagResources({ resourceType: 'securitygroup', resourceId: [id], tagKey: ['cc-a'] });
    const left = await tagsOf('securitygroup', [id]);
    expect(left[`${id}/cc-a`]).toBeUndefined();
    expect(left[`${id}/cc-b`]).toBe('2');
    await ecs().untagResources({ resourceType: 'securitygroup', resourceId: [id], all: true });
    expect(await tagsOf('securitygroup', [id])).toEqual({});
  });

  it('asks for the keys to remove when neither TagKey nor All is given @regression', async () => {
    const id = await newGroup();
    await expect(ecs().untagResources({ resourceType: 'securitygroup', resourceId: [id] })).rejects.toMatchApiError(/^(Missing|Invalid)/);
    expect(Object.keys(await tagsOf('securitygroup', [id]))).toHaveLength(1);
  });
});

ecsSuite('ListTagResources', () => {
  it('pages by NextToken through many tags without losing or repeating one @regression', async () => {
    const id = await newGroup();
    const extra = Array.from({ length: 15 }, (_, i) => ({ key: `cc-k${String(i).padStart(2, '0')}`, value: `v${i}` }));
    await ecs().tagResources({ resourceType: 'securitygroup', resourceId: [id], tag: extra });
    const all = await tagsOf('securitygroup', [id]);
    expect(Object.keys(all)).toHaveLength(16);
    for (const t of extra) expect(all[`${id}/${t.key}`]).toBe(t.value);
  });

  it('asks for a resource id or a tag, and rejects a malformed token @regression', async () => {
    await expect(ecs().listTagResources({ resourceType: 'securitygroup' })).rejects.toMatchApiError({ code: 'BothEmpty.TagsAndResources', status: 403 });
    const id = await newGroup();
    await expect(ecs().listTagResources({ resourceType: 'securitygroup', resourceId: [id], nextToken: 'not-a-token!' })).rejects.toMatchApiError({ code: 'Invalid.NextToken', status: 403 });
  });
});
