/**
 * The `cloudcase` command: run the regression suites, build the report, sweep leftovers, run the simulator.
 * Exit codes: 0 all passed, 1 test failures, 2 usage or configuration error, 130 / 143 a run interrupted by SIGINT / SIGTERM (after its cleanup).
 */
import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../conf';
import { DEFAULT_RESULTS_DIR, HISTORY_FILE } from './paths';
import { generateReport } from './report';
import { runSuites, type RunOptions } from './run';
import { runSimulator, type SimulatorCommandOptions } from './simulator-command';
import { runSweep, type SweepOptions } from './sweep';
import { shown } from './paths';
import { UsageError } from './usage-error';

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').filter(Boolean)];

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('cloudcase')
    .description('Declarative API regression tests for Alibaba Cloud SWAS and ECS')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('run')
    .description('run the regression suites (testcases/) against an environment and print a per-product summary')
    .option('-e, --env <name>', 'environment profile in conf/ (default: $CLOUDCASE_ENV or local)')
    .option('-p, --product <id>', 'only this product: swas, ecs (repeatable)', collect)
    .option('-t, --tag <tag>', 'only tests with this tag: smoke, regression, destructive, billing (repeatable)', collect)
    .option('-x, --exclude-tag <tag>', 'leave out tests with this tag (repeatable); billing is left out unless named with --tag', collect)
    .option('-g, --grep <regex>', 'only tests whose full name matches')
    .option('-w, --workers <n>', 'parallel Jest workers')
    .option('--retry-attempts <n>', "attempts per call for this run, over the profile's retry.maxAttempts (size it for a flaky account or a fault-injected run)")
    .option('--shard <i/n>', 'run shard i of n (split by test file); merge shards with `cloudcase report`')
    .option('--results-dir <dir>', 'Allure results folder (cleared first)', shown(DEFAULT_RESULTS_DIR))
    .option('-r, --report', 'build the HTML report afterwards')
    .argument('[jestArgs...]', 'after --: extra Jest arguments')
    .action(async (jestArgs: string[], opts: RunOptions) => {
      const outcome = await runSuites({ ...opts, jestArgs });
      setExitCode(outcome.exitCode);
    });

  program
    .command('report')
    .description('build the single-file HTML report from one or more results folders (several = merged shards)')
    .argument('[resultsDirs...]', 'Allure results folders', [shown(DEFAULT_RESULTS_DIR)])
    .option('-o, --output <dir>', 'report folder (index.html inside)')
    .option('--name <title>', 'report title')
    .option('--history <file>', 'history file to read and append to (trend across runs)', shown(HISTORY_FILE))
    .option('--no-history', 'neither read nor append history')
    .action(async (resultsDirs: string[], opts: { output?: string; name?: string; history: string | false }) => {
      const file = await generateReport({ resultsDirs, outputDir: opts.output, name: opts.name, history: opts.history });
      process.stdout.write(`cloudcase: report ${shown(file)}\n`);
      setExitCode(0);
    });

  program
    .command('sweep')
    .description('find resources carrying the test name prefix or tag and delete them (dry run unless --yes)')
    .option('-e, --env <name>', 'environment profile (default: $CLOUDCASE_ENV or local)')
    .option('-a, --account <name>', 'account to sweep', 'main')
    .option('--region <id>', 'region to sweep (repeatable; default: all regions of the profile)', collect)
    .option('--yes', 'really delete (default: only list)')
    .action(async (opts: SweepOptions) => {
      setExitCode(await runSweep(opts));
    });

  program
    .command('simulator')
    .description('start the embedded simulator alone, with the accounts of a simulator profile')
    .option('-e, --env <name>', 'simulator profile', 'local')
    .option('--port <n>', 'port (0 = any free port)', '0')
    .addOption(new Option('--clock-speed <x>', 'multiplier for asynchronous transitions (0 freezes)'))
    .option('--log', 'log each request to stderr')
    .action(async (opts: SimulatorCommandOptions) => {
      await runSimulator(opts);
      setExitCode(0);
    });

  return program;
}

/** Runs the CLI on argv; resolves to the exit code (never throws). */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version are not errors; everything commander rejects is a usage error
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof ConfigError || e instanceof UsageError) {
      process.stderr.write(`cloudcase: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`cloudcase: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
