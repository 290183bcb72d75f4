/**
 * Simulator throughput: signed requests per second on loopback. The simulator runs in its own
 * process (`simulator/cli.ts`, as `npm run simulator` starts it) so server and load generator
 * each get a core; the load is a bounded loop (fixed request count, fixed concurrency) over
 * keep-alive connections, every request freshly signed (own date and nonce).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BenchReport } from './harness';
import { fmt } from './harness';
import { sign, type SignOptions } from '../test/simulator/support/signer';
import { createClient } from '../core/client';
import { SwasApi } from '../apis';

const ROOT = join(__dirname, '..');
const REQUESTS = 20_000;
const CONCURRENCY = 32;

async function startChild(): Promise<{ child: ChildProcess; endpoint: string }> {
  // `node --import tsx` keeps the server in this one child process, so its CPU time can be read.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'simulator', 'cli.ts'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`simulator did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /http:\/\/(127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  return { child, endpoint };
}

function send(agent: Agent, call: ReturnType<typeof sign>): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(call.url);
    const { host: _h, ...headers } = call.headers;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: call.method, headers: { ...headers, 'content-length': '0' }, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** CPU time (user + system) the process has used, in ms; undefined where /proc is missing. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks (100/s)
  } catch {
    return undefined;
  }
}

async function load(total: number, concurrency: number, one: () => Promise<number>): Promise<{ perSecond: number; failures: number }> {
  let next = 0;
  let failures = 0;
  const t0 = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (next < total) {
      next++;
      if ((await one()) !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { perSecond: total / seconds, failures };
}

export default async function simulatorBench(): Promise<BenchReport> {
  const { child, endpoint } = await startChild();
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const lines = [`| scenario | requests | concurrency | req/s | non-200 | server CPU µs/req |`, `|---|---|---|---|---|---|`];
  const measured = async (label: string, total: number, one: () => Promise<number>): Promise<void> => {
    const before = cpuMs(child.pid);
    const r = await load(total, CONCURRENCY, one);
    const after = cpuMs(child.pid);
    const perReq = before !== undefined && after !== undefined ? fmt(((after - before) * 1000) / total, 0) : 'n/a';
    lines.push(`| ${label} | ${total} | ${CONCURRENCY} | ${fmt(r.perSecond, 0)} | ${r.failures} | ${perReq} |`);
  };
  try {
    const scenarios: Array<[string, Omit<SignOptions, 'endpoint'>]> = [
      ['SWAS ListRegions, ACS3 (v3) signed', { action: 'ListRegions', version: '2020-06-01' }],
      ['SWAS ListInstances (3 instances rendered), v3', { action: 'ListInstances', version: '2020-06-01', params: { RegionId: 'cn-hangzhou' } }],
      ['ECS DescribeImages (8 images rendered), v3', { action: 'DescribeImages', version: '2014-05-26', params: { RegionId: 'cn-hangzhou' } }],
      ['SWAS ListInstances, v1 (HMAC-SHA1) signed', { action: 'ListInstances', version: '2020-06-01', params: { RegionId: 'cn-hangzhou' }, signing: 'v1' }],
    ];
    // warm up JIT and connections
    await load(2_000, CONCURRENCY, () => send(agent, sign({ endpoint, action: 'ListRegions', version: '2020-06-01' })));
    for (const [label, o] of scenarios) await measured(label, REQUESTS, () => send(agent, sign({ endpoint, ...o })));
    const client = createClient({ endpoint: `http://${endpoint}`, regionId: 'cn-hangzhou', accessKeyId: 'local-ak', accessKeySecret: 'local-sk', retry: false, maxSockets: CONCURRENCY });
    try {
      const swas = new SwasApi(client);
      await load(1_000, CONCURRENCY, async () => (await swas.listInstances({})).status);
      await measured("SWAS ListInstances via the framework's own client (createClient + SwasApi), v3", REQUESTS / 2, async () => (await swas.listInstances({})).status);
    } finally {
      client.close();
    }
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
  }
  lines.push(
    '',
    `Simulator in its own process (simulator/cli.ts), load generator in the bench process; ${cpus().length} CPUs.`,
    'req/s is bounded by the single-process load generator; server CPU µs/req (from /proc) gives the server-side capacity: 1e6 / µs per core.',
  );
  return { title: 'Simulator throughput (signed requests on loopback)', lines };
}
