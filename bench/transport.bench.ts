/**
 * A full call — build, validate, sign, send, parse — of SWAS RunCommand against a local keep-alive
 * HTTP server: our client (SwasApi over createClient) vs the official SDK client, interleaved round
 * by round in one process so that machine drift hits both alike. Reports the median per-call time of
 * each and their ratio (target ≤ 0.75), plus context rows that split our call: without value
 * validation, the signed HTTP leg alone (sign + axios), and the HTTP leg alone through our sender
 * (axios + its node adapter), through axios's own http adapter (what the sender used before, and
 * still uses behind an HTTP proxy) and through bare node http.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import Swas, * as $swas from '@alicloud/swas-open20200601';
import 'reflect-metadata';
import { createClient, SwasApi } from '../index';
import { randomUUID } from 'node:crypto';
import { buildRequest } from '../core/builder/build-request';
import { signRpc } from '../core/protocols/alibaba-rpc/sign';
import { createHttpSender } from '../core/transport/http';
import { RunCommandModel } from '../models/swas';
import { fmt, median, type BenchReport } from './harness';

const ANSWER = JSON.stringify({ RequestId: '5F4E3D2C-1B0A-4987-8765-43210FEDCBA9', CommandId: 'c-hz01abcd', InvokeId: 't-hz01efgh' });
const PARAMS = {
  regionId: 'cn-hangzhou',
  instanceId: 'ace0706b2ac4454d984295a94213abcd',
  name: 'bench-command',
  commandContent: 'echo hello && uname -a',
  type: 'RunShellScript',
  timeout: 60,
  enableParameter: true,
  parameters: { name: 'world', count: 3 },
  workingDir: '/root',
  workingUser: 'root',
};
const PER_ROUND = 400;
const ROUNDS = 15;
const WARMUP = 1500;

export default async function bench(): Promise<BenchReport> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(ANSWER) });
      res.end(ANSWER);
    });
  });
  server.keepAliveTimeout = 60000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;

  const client = createClient({ endpoint: `http://${host}`, regionId: 'cn-hangzhou', accessKeyId: 'bench-ak', accessKeySecret: 'bench-sk' });
  const ours = new SwasApi(client);
  const sdk = new Swas(new $OpenApiUtil.Config({ accessKeyId: 'bench-ak', accessKeySecret: 'bench-sk', endpoint: host, protocol: 'HTTP', regionId: 'cn-hangzhou' }));

  const runOurs = () => ours.runCommand(PARAMS);
  const runSdk = () => sdk.runCommand(new $swas.RunCommandRequest(PARAMS));
  // Context rows: our call without value validation; the same request signed afresh (date, nonce)
  // and sent through our axios sender; the HTTP leg alone, through our axios sender (axios + the node
  // adapter), through axios's own http adapter, and through bare node http.
  const runNoValidate = () => ours.runCommand(PARAMS, { validate: false });
  const sender = createHttpSender();
  const axiosHttpSender = createHttpSender({ axiosHttpAdapter: true });
  const built = buildRequest(RunCommandModel, PARAMS, { clientToken: 'auto' });
  const credentials = { accessKeyId: 'bench-ak', accessKeySecret: 'bench-sk' };
  const runSigned = () => {
    const signed = signRpc({ ...built, host }, { credentials, signatureVersion: 'v3', date: new Date(), nonce: randomUUID() });
    return sender.send({ method: built.method, url: `http://${host}${signed.path}`, headers: signed.headers, body: signed.body, timeoutMs: 30000 });
  };
  const agent = new http.Agent({ keepAlive: true });
  const path = '/?Action=RunCommand';
  const runAxios = () => sender.send({ method: 'POST', url: `http://${host}${path}`, headers: { 'x-acs-action': 'RunCommand' }, timeoutMs: 30000 });
  const runAxiosHttp = () => axiosHttpSender.send({ method: 'POST', url: `http://${host}${path}`, headers: { 'x-acs-action': 'RunCommand' }, timeoutMs: 30000 });
  const runRaw = () => rawPost(host, path, agent);
  const runners = { ours: runOurs, sdk: runSdk, noValidate: runNoValidate, signed: runSigned, axios: runAxios, axiosHttp: runAxiosHttp, raw: runRaw };
  for (const run of Object.values(runners)) await loop(run, WARMUP);

  type Name = keyof typeof runners;
  const wall = Object.fromEntries(Object.keys(runners).map((k) => [k, [] as number[]])) as Record<Name, number[]>;
  const cpu = Object.fromEntries(Object.keys(runners).map((k) => [k, [] as number[]])) as Record<Name, number[]>;
  const order = Object.keys(runners) as Name[];
  for (let r = 0; r < ROUNDS; r++) {
    // rotate which goes first, so none always runs on a warmer or cooler machine
    for (let i = 0; i < order.length; i++) {
      const name = order[(r + i) % order.length];
      const m = await loop(runners[name], PER_ROUND);
      wall[name].push(m.wall);
      cpu[name].push(m.cpu);
    }
  }
  client.close();
  sender.close();
  axiosHttpSender.close();
  agent.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));

  const row = (label: string, name: Name) => `| ${label} | ${fmt(median(wall[name]), 1)} | ${fmt(median(cpu[name]), 1)} |`;
  const ratio = (m: Record<Name, number[]>, name: Name = 'ours') => median(m[name]) / median(m.sdk);
  const perRound = wall.ours.map((x, i) => x / wall.sdk[i]);
  const perRoundCpu = cpu.ours.map((x, i) => x / cpu.sdk[i]);
  return {
    title: 'Full call vs the official SDK: SWAS RunCommand (10 params), local keep-alive server',
    lines: [
      `| client | median wall µs per call | median CPU µs per call |`,
      `|---|---|---|`,
      row('cloudcase SwasApi.runCommand (build, validate, sign ACS3, axios send, parse)', 'ours'),
      row('official SDK runCommand (@alicloud/swas-open20200601 4.0.0)', 'sdk'),
      row('context: cloudcase runCommand with validate: false (no value checks at all)', 'noValidate'),
      row('context: the same request signed afresh (ACS3) + our axios sender, no build/parse/pipeline', 'signed'),
      row('context: the HTTP leg alone, our sender (axios + node adapter, keep-alive, maxRedirects 0)', 'axios'),
      row("context: the HTTP leg alone, axios's own http adapter (the sender before; used behind a proxy)", 'axiosHttp'),
      row('context: the HTTP leg alone, bare node http.request (the floor)', 'raw'),
      ``,
      `ratio ours/SDK: wall ${fmt(ratio(wall))} (per round ${fmt(Math.min(...perRound))}–${fmt(Math.max(...perRound))}), CPU ${fmt(ratio(cpu))} (median of per-round ratios ${fmt(median(perRoundCpu))}); target ≤ 0.75`,
      `floor with axios — signed request + axios send alone / SDK: CPU ${fmt(ratio(cpu, 'signed'))}; ours with validate: false / SDK: CPU ${fmt(ratio(cpu, 'noValidate'))}`,
      `${ROUNDS} rotated rounds × ${PER_ROUND} sequential calls each, after ${WARMUP} warm-up calls per runner; CPU = process user+system time (server included, same for all rows)`,
    ],
  };
}

function rawPost(host: string, path: string, agent: http.Agent): Promise<void> {
  const [hostname, port] = host.split(':');
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port: Number(port), method: 'POST', path, agent }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Mean µs per call of `n` sequential calls: wall time, and this process's CPU time — the latter is
 * steadier on a shared machine, where other processes stretch wall time.
 */
async function loop(fn: () => Promise<unknown>, n: number): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1000 / n;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / n };
}
