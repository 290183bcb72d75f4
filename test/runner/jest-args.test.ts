import { defaultWorkers, jestArgs, parseShard, parseWorkers } from '../../runner/jest-args';
import { select } from '../../runner/selection';
import { UsageError } from '../../runner/usage-error';

const selection = select({ allowed: ['smoke', 'regression'], envName: 'local', envFile: 'conf/local.yaml', knownProducts: ['ecs', 'swas'], tags: ['smoke'], products: ['ecs'] });

describe('jest command line', () => {
  it('passes the selection, workers, shard and extra arguments', () => {
    const args = jestArgs({ selection, workers: '2', shard: '2/3', extra: ['--ci'] });
    const after = (flag: string) => args[args.indexOf(flag) + 1];
    expect(args[0]).toMatch(/node_modules\/jest\/bin\/jest\.js$/);
    expect(after('--config')).toMatch(/testcases\/jest\.config\.js$/);
    expect(after('--testNamePattern')).toBe(selection.namePattern);
    expect(after('--testPathPatterns')).toBe(selection.pathPatterns[0]);
    expect(after('--maxWorkers')).toBe('2');
    expect(after('--shard')).toBe('2/3');
    expect(after('--reporters')).toMatch(/runner\/progress-reporter\.js$/);
    expect(args[args.length - 1]).toBe('--ci');
  });

  it('uses one worker per core (at least 2) unless told', () => {
    const args = jestArgs({ selection });
    expect(Number(args[args.indexOf('--maxWorkers') + 1])).toBe(defaultWorkers());
    expect(defaultWorkers()).toBeGreaterThanOrEqual(2);
  });

  it('rejects bad --workers and --shard with the expected form', () => {
    expect(parseWorkers('4')).toBe(4);
    expect(() => parseWorkers('0')).toThrow(UsageError);
    expect(() => parseWorkers('two')).toThrow(/whole number/);
    expect(parseShard(' 1/2 ')).toEqual({ index: 1, count: 2, text: '1/2' });
    for (const bad of ['3/2', '0/2', '1-2', '1/0']) expect(() => parseShard(bad)).toThrow(/must be i\/n/);
  });
});
