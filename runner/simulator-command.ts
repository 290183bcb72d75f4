/**
 * `cloudcase simulator`: the embedded simulator alone, in the foreground, with the accounts of a
 * simulator profile (default `local`), so suites or scripts can be run against it by hand.
 */
import { loadEnvironment, simulatorAccessKeys } from '../conf';
import { UsageError } from './usage-error';

export interface SimulatorCommandOptions {
  env?: string;
  port?: string;
  clockSpeed?: string;
  log?: boolean;
}

export async function runSimulator(options: SimulatorCommandOptions): Promise<void> {
  const env = loadEnvironment(options.env);
  if (!env.simulator) throw new UsageError(`environment '${env.name}' is not a simulator profile (${env.file} has no 'simulator: true'): use --env local`);
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port '${options.port}' must be a port number (0 = any free port)`);
  const clockSpeed = options.clockSpeed === undefined ? undefined : Number(options.clockSpeed);
  if (clockSpeed !== undefined && !(clockSpeed >= 0)) throw new UsageError(`--clock-speed '${options.clockSpeed}' must be a number >= 0`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startSimulator } = require('../simulator') as typeof import('../simulator');
  const sim = await startSimulator({
    port,
    accessKeys: simulatorAccessKeys(env),
    log: options.log ?? false,
    ...(clockSpeed !== undefined ? { clockSpeed } : {}),
  });
  const accounts = Object.entries(env.accounts)
    .map(([name, a]) => `${name} (${a.credentials.accessKeyId})`)
    .join(', ');
  process.stdout.write(
    `cloudcase simulator listening on ${sim.url}\n` +
      `accounts of ${env.file}: ${accounts}\n` +
      `use it from another shell:  export CLOUDCASE_ENV=${env.name} CLOUDCASE_ENDPOINT=${sim.url}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.stdout.write('cloudcase simulator: stopping\n');
      void sim.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
