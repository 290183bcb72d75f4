/** The simulated clock and the options read from the environment. */
import { createClock } from '../../simulator/clock';
import { createFaults } from '../../simulator/faults';
import { optionsFromEnv, parseQuotas, mergeOptions } from '../../simulator/options';

describe('clock', () => {
  test('runs due tasks in due order, only when time reaches them', () => {
    let real = 1_000_000;
    const clock = createClock(0, () => real);
    const ran: string[] = [];
    clock.schedule(200, () => ran.push('b'));
    clock.schedule(100, () => ran.push('a'));
    clock.schedule(200, () => ran.push('c'));
    real += 10_000; // frozen: real time does not move it
    expect(clock.runDue()).toBe(0);
    clock.advance(150);
    expect(ran).toEqual(['a']);
    clock.advance(50);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(clock.pending()).toBe(0);
  });

  test('speed multiplies real elapsed time', () => {
    let real = 0;
    const clock = createClock(10, () => real);
    const start = clock.now();
    real += 500;
    expect(clock.now() - start).toBe(5_000);
    clock.setSpeed(1);
    real += 500;
    expect(clock.now() - start).toBe(5_500);
  });

  test('rejects nonsense', () => {
    const clock = createClock(1);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.setSpeed(Number.NaN)).toThrow(RangeError);
  });
});

describe('options from CLOUDCASE_SIM_* variables', () => {
  test('reads every variable', () => {
    const o = optionsFromEnv({
      CLOUDCASE_SIM_PORT: '8080',
      CLOUDCASE_SIM_CLOCK_SPEED: '5',
      CLOUDCASE_SIM_LATENCY_MS: '20',
      CLOUDCASE_SIM_LATENCY_SPIKE_RATE: '0.1',
      CLOUDCASE_SIM_LATENCY_SPIKE_MS: '500',
      CLOUDCASE_SIM_UNAVAILABLE_RATE: '0.05',
      CLOUDCASE_SIM_THROTTLING_RATE: '0.02',
      CLOUDCASE_SIM_RETRY_AFTER_MS: '1000',
      CLOUDCASE_SIM_QUOTAS: 'RunCommand=5/1000, ecs:DescribeImages=10/60000',
      CLOUDCASE_SIM_ACCESS_KEYS: '{"a":"b","ram":{"secret":"s","account":"a","deny":["Delete*"]}}',
      CLOUDCASE_SIM_SEED: '3',
    });
    expect(o).toEqual({
      port: 8080,
      clockSpeed: 5,
      accessKeys: { a: 'b', ram: { secret: 's', account: 'a', deny: ['Delete*'] } },
      faults: {
        latencyMs: 20, latencySpikeRate: 0.1, latencySpikeMs: 500, serviceUnavailableRate: 0.05, throttlingRate: 0.02, retryAfterMs: 1000, seed: 3,
        quotas: { RunCommand: { limit: 5, windowMs: 1000 }, 'ecs:DescribeImages': { limit: 10, windowMs: 60000 } },
      },
    });
  });

  test('explicit options win over the environment, fault by fault', () => {
    const merged = mergeOptions({ clockSpeed: 5, faults: { latencyMs: 20, throttlingRate: 0.1 } }, { faults: { throttlingRate: 0 } });
    expect(merged).toEqual({ clockSpeed: 5, faults: { latencyMs: 20, throttlingRate: 0 } });
  });

  test('bad values are refused with a clear message', () => {
    expect(() => optionsFromEnv({ CLOUDCASE_SIM_PORT: 'eighty' })).toThrow(/CLOUDCASE_SIM_PORT must be a number/);
    expect(() => parseQuotas('RunCommand=5')).toThrow(/Action=limit\/windowMs/);
    expect(() => optionsFromEnv({ CLOUDCASE_SIM_ACCESS_KEYS: '{' })).toThrow(/must be JSON/);
    expect(() => createFaults({ throttlingRate: 2 })).toThrow(/between 0 and 1/);
  });
});
