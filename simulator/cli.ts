/**
 * `npm run simulator [-- --port 8080 --clock-speed 10]`: runs the simulator in the foreground,
 * prints its URL, and stops cleanly on SIGINT/SIGTERM. Faults and keys come from CLOUDCASE_SIM_*.
 */
import { Command } from 'commander';
import { startSimulator } from './index';

async function main(): Promise<void> {
  const program = new Command('simulator')
    .description('Embedded Alibaba Cloud simulator (SWAS 2020-06-01, ECS 2014-05-26) on 127.0.0.1')
    .option('--port <n>', 'port to listen on (0 = any free port)', (v) => Number(v))
    .option('--clock-speed <x>', 'multiplier for asynchronous transitions (0 freezes)', (v) => Number(v))
    .option('--log', 'log each request (action and status) to stderr')
    .parse();
  const opts = program.opts<{ port?: number; clockSpeed?: number; log?: boolean }>();
  const sim = await startSimulator({
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.clockSpeed !== undefined ? { clockSpeed: opts.clockSpeed } : {}),
    log: opts.log ?? false,
  });
  process.stdout.write(`cloudcase simulator listening on ${sim.url}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`received ${signal}, stopping\n`);
    sim.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`error while stopping: ${String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
