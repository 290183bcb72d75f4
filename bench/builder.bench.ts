/**
 * Request builder: median time to build + validate SWAS RunCommand with 10 parameters, and in
 * the same run the official SDK's own preparation of that call (request model, its validate(),
 * shrink conversion, query map) — the steps of `runCommandWithOptions` before any I/O, driven
 * through the SDK's public functions.
 */
import 'reflect-metadata';
import * as $Swas from '@alicloud/swas-open20200601';
import { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import { buildRequest, swasModels } from '../index';
import { fmt, medianMicros, type BenchReport } from './harness';

const params = {
  regionId: 'cn-hangzhou',
  instanceId: 'ace0706b2ac4454d984295a94213abcd',
  name: 'nightly-check',
  commandContent: "echo 'hello' && uptime",
  type: 'RunShellScript',
  timeout: 120,
  enableParameter: true,
  parameters: { name: 'world', count: 3 },
  workingDir: '/root',
  workingUser: 'root',
} as const;

function sdkPrepare(): unknown {
  const tmpReq = new $Swas.RunCommandRequest({ ...params, parameters: { ...params.parameters } });
  tmpReq.validate();
  const request = new $Swas.RunCommandShrinkRequest({});
  OpenApiUtil.convert(tmpReq, request);
  request.parametersShrink = OpenApiUtil.arrayToStringWithSpecifiedStyle(tmpReq.parameters, 'Parameters', 'json');
  const query: Record<string, unknown> = {
    CommandContent: request.commandContent,
    EnableParameter: request.enableParameter,
    InstanceId: request.instanceId,
    Name: request.name,
    Parameters: request.parametersShrink,
    RegionId: request.regionId,
    Timeout: request.timeout,
    Type: request.type,
    WorkingDir: request.workingDir,
    WorkingUser: request.workingUser,
  };
  const req = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(query) });
  const p = new $OpenApiUtil.Params({
    action: 'RunCommand', version: '2020-06-01', protocol: 'HTTPS', pathname: '/', method: 'POST',
    authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  return [req, p];
}

function ours(): unknown {
  return buildRequest(swasModels.RunCommandModel, { ...params, parameters: { ...params.parameters } });
}

export default async function builderBench(): Promise<BenchReport> {
  // interleave rounds so both see the same machine state
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(medianMicros(ours, 2000, 5, i === 0 ? 5000 : 500));
    b.push(medianMicros(sdkPrepare, 2000, 5, i === 0 ? 5000 : 500));
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const oursUs = med(a);
  const sdkUs = med(b);
  return {
    title: 'Request builder — SWAS RunCommand, 10 parameters (median µs per build)',
    lines: [
      '| step | µs per call |',
      '|---|---|',
      `| cloudcase buildRequest (defaults, unknown/required checks, class-validator values, flatten) | ${fmt(oursUs)} |`,
      `| official SDK preparation (request model, validate(), shrink, query map; no value checks) | ${fmt(sdkUs)} |`,
      `| target | ≤ 20 |`,
    ],
  };
}
