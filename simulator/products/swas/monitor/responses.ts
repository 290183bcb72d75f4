/** SWAS monitoring: metric datapoints, the CloudMonitor agent, the security agent. */
import { SimError, errors } from '../../../errors';
import type { Handlers } from '../../types';
import { getInstance } from '../instances/model';
import type { SwasWorld } from '../world';

export const METRICS = ['MEMORY_ACTUALUSEDSPACE', 'DISKUSAGE_USED', 'CPU_UTILIZATION', 'VPC_PUBLICIP_INTERNETOUT_RATE', 'VPC_PUBLICIP_INTERNETIN_RATE', 'DISK_READ_IOPS', 'DISK_WRITE_IOPS', 'FLOW_USED'] as const;
const PERIODS = [60, 300, 900, 3600];

function parseTime(value: string, wire: string): number {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw errors.invalid(wire, 'expected an ISO 8601 UTC time such as 2024-01-01T00:00:00Z');
  return t;
}

/** A deterministic, bounded series: the same instance, metric and times give the same numbers. */
function value(seed: string, t: number): number {
  let h = 0;
  for (const ch of `${seed}|${t}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return Math.abs(h % 10_000) / 100;
}

export const monitorHandlers: Handlers<SwasWorld> = {
  DescribeMonitorData: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    const metric = c.params.need('MetricName');
    if (!(METRICS as readonly string[]).includes(metric)) throw errors.invalid('MetricName', `must be one of ${METRICS.join(', ')}`);
    const period = c.params.needInt('Period');
    if (!PERIODS.includes(period)) throw errors.invalid('Period', `must be one of ${PERIODS.join(', ')} (seconds)`);
    const start = parseTime(c.params.need('StartTime'), 'StartTime');
    const end = parseTime(c.params.need('EndTime'), 'EndTime');
    if (end < start) throw new SimError('InvalidEndTime.Mismatch', 'EndTime must not be earlier than StartTime.', 400);
    if (end - start > 31 * 86_400_000) throw errors.invalid('EndTime', 'the time range may span at most 31 days');
    const length = c.params.int('Length', 1000, { min: 1, max: 1440 }) as number;
    const offset = c.params.str('NextToken') ? Number(Buffer.from(c.params.str('NextToken')!, 'base64').toString()) || 0 : 0;
    const stepMs = period * 1000;
    const first = Math.ceil(start / stepMs) * stepMs;
    const all: number[] = [];
    for (let t = first; t <= end && all.length < offset + length + 1; t += stepMs) all.push(t);
    const slice = all.slice(offset, offset + length);
    const points = slice.map((t) => ({ timestamp: t, instanceId: inst.id, Average: value(`${inst.id}|${metric}`, t), Maximum: value(`${inst.id}|${metric}|max`, t), Minimum: 0 }));
    const more = all.length > offset + length;
    return {
      Datapoints: JSON.stringify(points),
      NextToken: more ? Buffer.from(String(offset + length)).toString('base64') : '',
      Period: String(period),
    };
  },
  InstallCloudMonitorAgent: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    const force = c.params.bool('Force');
    if (inst.monitorAgent === 'running' && !force) {
      throw new SimError('CloudMonitorAgent.AlreadyInstalled', `The CloudMonitor agent already runs on ${inst.id}; pass Force=true to reinstall it.`, 400);
    }
    inst.monitorAgent = 'running';
    return {};
  },
  DescribeCloudMonitorAgentStatuses: (c) => {
    const ids = c.params.needList('InstanceIds');
    return {
      InstanceStatusList: ids.map((id) => {
        const inst = getInstance(c.world, id);
        return { AutoInstall: false, InstanceId: id, Status: inst.monitorAgent };
      }),
    };
  },
  DescribeSecurityAgentStatus: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    return { ClientStatus: inst.status === 'Running' ? 'online' : 'offline' };
  },
};
