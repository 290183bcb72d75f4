// SWAS monitoring of the shared test instance: metric datapoints with paging by NextToken, the CloudMonitor
// agent (install → status), the security agent status, and the errors the API documents.
import { waitFor } from '../../../core/waiters/wait-for';
import { apiSuite, swas } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';

const MISSING_INSTANCE = 'cc0000000000000000000000000nonexist';
const seconds = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

interface Datapoint {
  timestamp?: number | string;
  Average?: number;
  Maximum?: number;
}

let instanceId: string;
beforeAll(async () => {
  instanceId = await sharedInstanceId();
});

apiSuite({ product: 'swas', feature: 'Monitoring', action: 'DescribeMonitorData' }, () => {
  it('returns CPU datapoints of the last hour and pages through them with NextToken @smoke @regression', async () => {
    const api = swas();
    const endTime = seconds(Date.now());
    const startTime = seconds(Date.now() - 3_600_000);
    const first = await api.describeMonitorData({ instanceId, metricName: 'CPU_UTILIZATION', period: '60', startTime, endTime, length: '10' });
    expect(first.body.Period).toBe('60');
    const points = JSON.parse(first.body.Datapoints ?? '[]') as Datapoint[];
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThanOrEqual(10);
    for (const p of points) expect(typeof p.Average).toBe('number');
    expect(first.body.NextToken).toMatch(/\S/);

    const second = await api.describeMonitorData({ instanceId, metricName: 'CPU_UTILIZATION', period: '60', startTime, endTime, length: '10', nextToken: first.body.NextToken });
    const more = JSON.parse(second.body.Datapoints ?? '[]') as Datapoint[];
    expect(more.length).toBeGreaterThan(0);
    const seen = new Set(points.map((p) => String(p.timestamp)));
    expect(more.filter((p) => seen.has(String(p.timestamp)))).toEqual([]);
  });

  it('refuses a metric outside the enum, a period outside the enum, and an end before the start @regression', async () => {
    const api = swas();
    const endTime = seconds(Date.now());
    const startTime = seconds(Date.now() - 3_600_000);
    await expect(api.describeMonitorData({ instanceId, metricName: 'CPU_NOTHING', period: '60', startTime, endTime }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
    await expect(api.describeMonitorData({ instanceId, metricName: 'CPU_UTILIZATION', period: '61', startTime, endTime }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
    await expect(api.describeMonitorData({ instanceId, metricName: 'CPU_UTILIZATION', period: '60', startTime: endTime, endTime: startTime }, { validate: false })).rejects.toMatchApiError(/Invalid|Mismatch/);
  });
});

apiSuite({ product: 'swas', feature: 'Monitoring', action: 'InstallCloudMonitorAgent' }, () => {
  it('installs the CloudMonitor agent (forced) and the instance then reports it running @destructive @regression', async () => {
    const api = swas();
    await api.installCloudMonitorAgent({ instanceId, force: true });
    const statuses = await waitFor(
      async () => (await api.describeCloudMonitorAgentStatuses({ instanceIds: JSON.stringify([instanceId]) })).body.InstanceStatusList ?? [],
      (list) => list.some((s) => s.InstanceId === instanceId && s.Status === 'running'),
      { description: `the CloudMonitor agent of ${instanceId} to be running`, timeoutMs: 300_000, intervalMs: 200, maxIntervalMs: 3_000 },
    );
    expect(statuses.find((s) => s.InstanceId === instanceId)).toMatchObject({ InstanceId: instanceId, Status: 'running' });
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().installCloudMonitorAgent({ instanceId: MISSING_INSTANCE, force: true })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Monitoring', action: 'DescribeCloudMonitorAgentStatuses' }, () => {
  it('needs instance ids @regression', async () => {
    await expect(swas().describeCloudMonitorAgentStatuses({ instanceIds: undefined } as never, { validate: false })).rejects.toMatchApiError(/^Missing/);
  });
});

apiSuite({ product: 'swas', feature: 'Monitoring', action: 'DescribeSecurityAgentStatus' }, () => {
  it('reports the security agent of a Running instance @regression', async () => {
    const r = await swas().describeSecurityAgentStatus({ instanceId });
    expect(r.body.ClientStatus).toMatch(/^(online|offline|pause)$/);
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().describeSecurityAgentStatus({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(/NotFound/);
  });
});
