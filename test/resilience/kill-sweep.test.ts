/**
 * Kill and sweep (issue 8). A simulator started here outlives the runs (the runner uses it through
 * CLOUDCASE_ENDPOINT instead of starting its own); a fixture suite (fixtures/kill-suite) creates
 * 3 SWAS key pairs and 2 ECS security groups, tracks them for cleanup, then waits.
 * - SIGINT to the runner mid-way (what `kill -INT` or a CI cancel does), SIGINT to the whole
 *   process group (what Ctrl-C in a terminal does), and SIGINT to the runner of a run with two
 *   Jest workers: the run deletes what it created before it exits — 0 of the suite's resources
 *   left in the simulator — says it was interrupted and cleaned up, and exits 130.
 * - SIGKILL to the runner and Jest: nothing can clean up, the resources stay (checked: 5 left);
 *   then `cloudcase sweep --env local --yes` deletes them all — 0 left.
 * Each wait is bounded; a run that does not stop is killed and the test fails.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EcsApi } from '../../apis/ecs';
import { SwasApi } from '../../apis/swas';
import { loadEnvironment, simulatorAccessKeys } from '../../conf';
import { createClient } from '../../conf/create-client';
import { startSimulator, type SimulatorHandle } from '../../simulator';
import { runCli, scratch, startCli, type RunningCli } from './support/cli';

const env = loadEnvironment('local');
const work = scratch('kill');
const PREFIX = env.resources.namePrefix;
let sim: SimulatorHandle;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, accessKeys: simulatorAccessKeys(env), faults: { serviceUnavailableRate: 0, throttlingRate: 0, latencySpikeRate: 0, latencyMs: 0, quotas: {} } });
});
afterAll(() => sim?.close());

/** The suite's resources (name prefix) the simulator holds for account main, in every region of the profile. */
async function leftInSimulator(): Promise<string[]> {
  const saved = process.env.CLOUDCASE_ENDPOINT;
  process.env.CLOUDCASE_ENDPOINT = sim.url;
  try {
    const client = createClient({ env: 'local', account: 'main' });
    const swas = new SwasApi(client);
    const ecs = new EcsApi(client);
    const out: string[] = [];
    for (const regionId of env.regions) {
      const pairs = (await swas.listKeyPairs({ regionId, pageSize: 100 })).body.KeyPairs ?? [];
      out.push(...pairs.filter((k) => k.KeyPairName?.startsWith(PREFIX)).map((k) => `swas KeyPair ${k.KeyPairName}`));
      const groups = (await ecs.describeSecurityGroups({ regionId, pageSize: 50 })).body.SecurityGroups?.SecurityGroup ?? [];
      out.push(...groups.filter((g) => g.SecurityGroupName?.startsWith(PREFIX)).map((g) => `ecs SecurityGroup ${g.SecurityGroupId}`));
    }
    client.close();
    return out;
  } finally {
    if (saved === undefined) delete process.env.CLOUDCASE_ENDPOINT;
    else process.env.CLOUDCASE_ENDPOINT = saved;
  }
}

interface Started {
  cli: RunningCli;
  marker: string;
}

/**
 * Starts a run of a fixture suite against the simulator, in its own process group; resolves once
 * every file of it created its resources. `workers`: 1 runs the one-file suite in Jest's own process
 * (in band); 2 runs the two-file suite in two Jest workers.
 */
async function startRun(workers: 1 | 2 = 1): Promise<Started> {
  const dir = mkdtempSync(path.join(work, 'run-'));
  const marker = path.join(dir, 'marker');
  const suite = workers === 1 ? 'kill-suite' : 'kill-suite-workers';
  const cli = startCli(['run', '--env', 'local', '--workers', String(workers), '--results-dir', path.join(dir, 'results')], {
    CLOUDCASE_ENDPOINT: sim.url,
    CLOUDCASE_SUITES_DIR: path.join(__dirname, 'fixtures', suite),
    CLOUDCASE_KILL_MARKER: marker,
  }, 3 * 60_000, { detached: true });
  const deadline = Date.now() + 90_000;
  const created = (): number => (existsSync(marker) ? readFileSync(marker, 'utf8').split('\n').filter((l) => l.startsWith('created')).length : 0);
  while (created() < workers) {
    if (Date.now() > deadline) {
      process.kill(-(cli.child.pid as number), 'SIGKILL');
      throw new Error(`the fixture suite did not create its resources within 90 s; output:\n${cli.output().slice(-3000)}`);
    }
    if (cli.child.exitCode !== null) throw new Error(`the run ended before creating its resources:\n${cli.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { cli, marker };
}

/** Pids of a process's descendants (Linux /proc). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number): void => {
    let children: number[] = [];
    try {
      children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return;
    }
    for (const c of children) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Waits for the run to end; kills its group and fails when it does not end in time. */
async function ended(cli: RunningCli, withinMs: number): Promise<{ code: number | null; output: string }> {
  const timer = setTimeout(() => {
    try {
      process.kill(-(cli.child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  }, withinMs);
  const r = await cli.done;
  clearTimeout(timer);
  if (r.signal === 'SIGKILL' && r.durationMs >= withinMs) throw new Error(`the run did not stop within ${withinMs} ms after the signal:\n${cli.output().slice(-3000)}`);
  return { code: r.code, output: cli.output() };
}

/** The runner's last word on a run SIGINT stopped: interrupted (not "Jest could not start"), cleaned up, exit code 130 (128 + SIGINT). */
function expectInterruptedAfterCleanup(output: string, code: number | null): void {
  expect(output).toMatch(/cloudcase: interrupted by SIGINT after \d+ finished test\(s\); the test processes deleted what their tests had created before exiting \(nothing left behind\); no report built — exit code 130/);
  expect(output).not.toContain('Jest could not start');
  expect(code).toBe(130);
}

describe('a run killed mid-way', () => {
  beforeEach(async () => {
    expect(await leftInSimulator()).toEqual([]);
  });

  it('SIGINT to the runner: the run deletes what it created before exiting', async () => {
    const { cli } = await startRun();
    expect(await leftInSimulator()).toHaveLength(5);
    cli.child.kill('SIGINT');
    const { code, output } = await ended(cli, 60_000);
    expect(output).toMatch(/SIGINT: deleting the 5 resource/);
    expectInterruptedAfterCleanup(output, code);
    expect(await leftInSimulator()).toEqual([]);
  }, 180_000);

  it('SIGINT to the whole process group (Ctrl-C in a terminal): the run deletes what it created before exiting', async () => {
    const { cli } = await startRun();
    expect(await leftInSimulator()).toHaveLength(5);
    process.kill(-(cli.child.pid as number), 'SIGINT');
    const { code, output } = await ended(cli, 60_000);
    expectInterruptedAfterCleanup(output, code);
    expect(await leftInSimulator()).toEqual([]);
  }, 180_000);

  it('SIGINT to the runner of a run with 2 Jest workers: each worker deletes what its tests created', async () => {
    const { cli } = await startRun(2);
    expect(await leftInSimulator()).toHaveLength(10);
    cli.child.kill('SIGINT');
    const { code, output } = await ended(cli, 60_000);
    expectInterruptedAfterCleanup(output, code);
    expect(await leftInSimulator()).toEqual([]);
  }, 180_000);

  it('SIGKILL: the resources stay behind, and `cloudcase sweep --env local --yes` removes them all', async () => {
    const { cli } = await startRun();
    const runner = cli.child.pid as number;
    const tree = [runner, ...descendants(runner)];
    for (const pid of tree.reverse()) process.kill(pid, 'SIGKILL');
    await cli.done;
    const left = await leftInSimulator();
    expect(left).toHaveLength(5);

    const dry = await runCli(['sweep', '--env', 'local'], { CLOUDCASE_ENDPOINT: sim.url }, 60_000);
    expect(dry.code).toBe(0);
    expect(await leftInSimulator()).toHaveLength(5);
    const swept = await runCli(['sweep', '--env', 'local', '--yes'], { CLOUDCASE_ENDPOINT: sim.url }, 60_000);
    expect(swept.code).toBe(0);
    expect(swept.stdout).toMatch(/5 deleted, 0 could not be deleted/);
    expect(await leftInSimulator()).toEqual([]);
  }, 180_000);
});
