// SWAS tags: tag resources of several kinds → find them by tag → untag by key / all → gone.
// Work is done on resources this file creates (a firewall rule) or on the shared instance with a
// key no one else uses, so seeded tags and the other files' tags are never touched.
import { apiSuite, resourceName, swas, useResources } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { testPort } from '../../support/swas/firewall';
import { INVALID_VALUE, NOT_FOUND } from '../../support/swas/error-codes';

const MISSING_INSTANCE = 'cc0000000000000000000000notexist';

/** The tags of one resource as ListTagResources shows them: key → value. */
async function tagsOf(resourceType: string, resourceId: string): Promise<Record<string, string>> {
  const r = await swas().listTagResources({ resourceType, resourceId: [resourceId] });
  const rows = r.body.TagResources?.TagResource ?? [];
  return Object.fromEntries(rows.filter((t) => t.ResourceId === resourceId).map((t) => [t.TagKey ?? '', t.TagValue ?? '']));
}

apiSuite({ product: 'swas', feature: 'Tags', action: 'TagResources' }, () => {
  const resources = useResources();
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await sharedInstanceId();
  });

  /** A firewall rule of the shared instance, deleted after the block: a taggable resource of our own. */
  async function ownRule(): Promise<string> {
    const created = await swas().createFirewallRule({ instanceId, port: testPort(), ruleProtocol: 'TCP', remark: resourceName('tag') });
    const ruleId = created.body.FirewallId!;
    resources.track({ product: 'swas', kind: 'FirewallRule', id: ruleId, remove: () => swas().deleteFirewallRule({ instanceId, ruleId }) });
    return ruleId;
  }

  it('tags an instance, finds it by tag, overwrites the value, untags it by key; the tag is gone @smoke @regression', async () => {
    const key = resourceName('tag');
    await swas().tagResources({ resourceType: 'instance', resourceId: [instanceId], tag: [{ key, value: 'one' }] });
    resources.track({
      product: 'swas', kind: 'Tag', id: `${instanceId}/${key}`,
      remove: () => swas().untagResources({ resourceType: 'instance', resourceId: [instanceId], tagKey: [key] }),
    });
    expect(await tagsOf('instance', instanceId)).toMatchObject({ [key]: 'one' });

    const byTag = await swas().listTagResources({ resourceType: 'instance', tag: [{ key, value: 'one' }] });
    // one row per tag of each matching resource: our instance, and only it
    const rows = byTag.body.TagResources?.TagResource ?? [];
    expect([...new Set(rows.map((t) => t.ResourceId))]).toEqual([instanceId]);
    expect(rows.find((t) => t.TagKey === key)).toMatchObject({ ResourceType: 'ALIYUN::SWAS::INSTANCE', TagValue: 'one' });
    const listed = await swas().listInstances({ tag: [{ key, value: 'one' }] });
    expect((listed.body.Instances ?? []).map((i) => i.InstanceId)).toEqual([instanceId]);

    await swas().tagResources({ resourceType: 'instance', resourceId: [instanceId], tag: [{ key, value: 'two' }] });
    expect((await tagsOf('instance', instanceId))[key]).toBe('two');

    await swas().untagResources({ resourceType: 'instance', resourceId: [instanceId], tagKey: [key] });
    resources.forget('swas', 'Tag', `${instanceId}/${key}`);
    expect(await tagsOf('instance', instanceId)).not.toHaveProperty(key);
    const after = await swas().listTagResources({ resourceType: 'instance', tag: [{ key }] });
    expect(after.body.TagResources?.TagResource ?? []).toEqual([]);
  });

  it('tags a disk and a firewall rule; UntagResources All removes every tag of the rule @regression', async () => {
    const ruleId = await ownRule();
    const disks = await swas().listDisks({ instanceId, diskType: 'System' });
    const diskId = disks.body.Disks?.[0]?.DiskId;
    expect(diskId).toBeDefined();
    const key = resourceName('tag');
    await swas().tagResources({ resourceType: 'disk', resourceId: [diskId!], tag: [{ key, value: 'disk' }] });
    resources.track({ product: 'swas', kind: 'Tag', id: `${diskId}/${key}`, remove: () => swas().untagResources({ resourceType: 'disk', resourceId: [diskId!], tagKey: [key] }) });
    await swas().tagResources({ resourceType: 'firewallrule', resourceId: [ruleId], tag: [{ key, value: 'a' }, { key: `${key}-2`, value: 'b' }] });

    expect(await tagsOf('disk', diskId!)).toMatchObject({ [key]: 'disk' });
    expect(await tagsOf('firewallrule', ruleId)).toEqual({ [key]: 'a', [`${key}-2`]: 'b' });
    const taggedDisks = await swas().listDisks({ tag: [{ key, value: 'disk' }] });
    expect((taggedDisks.body.Disks ?? []).map((d) => d.DiskId)).toEqual([diskId]);

    await swas().untagResources({ resourceType: 'firewallrule', resourceId: [ruleId], all: true });
    expect(await tagsOf('firewallrule', ruleId)).toEqual({});
    await swas().untagResources({ resourceType: 'disk', resourceId: [diskId!], tagKey: [key] });
    resources.forget('swas', 'Tag', `${diskId}/${key}`);
    expect(await tagsOf('disk', diskId!)).not.toHaveProperty(key);
  });

  it('refuses a tag key in the reserved aliyun namespace and changes nothing @regression', async () => {
    const ruleId = await ownRule();
    await expect(swas().tagResources({ resourceType: 'firewallrule', resourceId: [ruleId], tag: [{ key: 'aliyun-reserved', value: 'x' }] })).rejects.toMatchApiError(INVALID_VALUE);
    expect(await tagsOf('firewallrule', ruleId)).toEqual({});
  });

  it('refuses a resource that does not exist @regression', async () => {
    await expect(swas().tagResources({ resourceType: 'instance', resourceId: [MISSING_INSTANCE], tag: [{ key: resourceName('tag'), value: 'x' }] })).rejects.toMatchApiError(NOT_FOUND);
  });

  it('is refused to a RAM user whose policy does not allow it @regression', async () => {
    const call = swas('ram-limited').tagResources({ resourceType: 'instance', resourceId: [instanceId], tag: [{ key: resourceName('tag'), value: 'x' }] });
    await expect(call).rejects.toMatchApiError({ code: /^(NoPermission|Forbidden\.RAM)/, status: 403 });
  });
});

apiSuite({ product: 'swas', feature: 'Tags', action: 'UntagResources' }, () => {
  it('refuses a resource that does not exist @regression', async () => {
    await expect(swas().untagResources({ resourceType: 'instance', resourceId: [MISSING_INSTANCE], tagKey: ['k'] })).rejects.toMatchApiError(NOT_FOUND);
  });

  it('refuses a call that names neither tag keys nor All @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().untagResources({ resourceType: 'instance', resourceId: [instanceId] })).rejects.toMatchApiError(/^(Missing|Invalid)/);
  });
});

apiSuite({ product: 'swas', feature: 'Tags', action: 'ListTagResources' }, () => {
  it('lists nothing for a tag no resource carries @regression', async () => {
    const r = await swas().listTagResources({ resourceType: 'snapshot', tag: [{ key: resourceName('tag'), value: 'none' }] });
    expect(r.body.TagResources?.TagResource ?? []).toEqual([]);
    expect(r.body.NextToken ?? '').toBe('');
  });

  it('refuses a next-token it never issued @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().listTagResources({ resourceType: 'instance', resourceId: [instanceId], nextToken: 'bm90LWEtdG9rZW4=' })).rejects.toMatchApiError(INVALID_VALUE);
  });
});
