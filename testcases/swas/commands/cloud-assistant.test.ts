// SWAS Cloud Assistant agent: install on the shared Running instance (idempotent there: it has the agent),
// its status and attributes, and the errors the API documents.
import { apiSuite, swas } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';

const MISSING_INSTANCE = 'cc0000000000000000000000000nonexist';

apiSuite({ product: 'swas', feature: 'Commands', action: 'InstallCloudAssistant' }, () => {
  it('installs the agent on a Running instance, which then reports it installed @regression', async () => {
    const api = swas();
    const instanceId = await sharedInstanceId();
    await api.installCloudAssistant({ instanceIds: [instanceId] });

    const status = await api.describeCloudAssistantStatus({ instanceIds: [instanceId] });
    expect(status.body.CloudAssistantStatus).toContainEqual({ InstanceId: instanceId, Status: true });

    const attrs = await api.describeCloudAssistantAttributes({ instanceIds: [instanceId] });
    const mine = attrs.body.CloudAssistant?.find((a) => a.InstanceId === instanceId);
    expect(mine).toMatchObject({ InstanceId: instanceId, CloudAssistantStatus: 'true' });
    expect(mine?.CloudAssistantVersion).toMatch(/\S/);
    expect(mine?.InvocationCount).toBeGreaterThanOrEqual(0);
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().installCloudAssistant({ instanceIds: [MISSING_INSTANCE] })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'DescribeCloudAssistantStatus' }, () => {
  it('lists the agent status of the instances of the region, page by page @regression', async () => {
    const r = await swas().describeCloudAssistantStatus({ pageSize: 1, pageNumber: 1 });
    expect(r.body.PageSize).toBe(1);
    expect(r.body.CloudAssistantStatus ?? []).toHaveLength(1);
    expect(typeof r.body.CloudAssistantStatus?.[0]?.Status).toBe('boolean');
  });

  it('refuses a page size above 50 @regression', async () => {
    await expect(swas().describeCloudAssistantStatus({ pageSize: 1000 }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'DescribeCloudAssistantAttributes' }, () => {
  it('needs instance ids @regression', async () => {
    await expect(swas().describeCloudAssistantAttributes({ instanceIds: undefined } as never, { validate: false })).rejects.toMatchApiError(/^Missing/);
  });
});
