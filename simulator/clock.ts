/**
 * The simulated clock. Asynchronous transitions (an instance Starting → Running, an invocation
 * Running → Finished) are scheduled on it and run lazily: whenever the simulator reads the time
 * (each request) or a test steps it with `advance`, every task that is due runs, in due order.
 * No real timers, so nothing leaks and a frozen clock (`speed: 0`) is fully deterministic.
 */
export interface SimClock {
  /** Simulated time in epoch milliseconds. */
  now(): number;
  /** Moves simulated time forward and runs what became due. */
  advance(ms: number): void;
  /** Multiplier of real elapsed time (0 freezes the clock; only `advance` moves it). */
  readonly speed: number;
  setSpeed(speed: number): void;
  /** Runs `task` once simulated time reaches now + delayMs. */
  schedule(delayMs: number, task: () => void): void;
  /** Runs every due task; returns how many ran. */
  runDue(): number;
  /** Tasks not yet run. */
  pending(): number;
}

interface Task {
  due: number;
  seq: number;
  run: () => void;
}

export function createClock(speed = 1, realNow: () => number = Date.now): SimClock {
  let base = realNow();
  let simBase = base;
  let rate = speed;
  let seq = 0;
  const tasks: Task[] = [];

  const now = (): number => simBase + (realNow() - base) * rate;

  /** Tasks are kept sorted by (due, seq), so the next one due is always first. */
  const runDue = (): number => {
    let ran = 0;
    // Bounded: a task may schedule more tasks; those already due run in this pass too.
    for (let guard = 0; guard < 100_000 && tasks.length > 0 && tasks[0].due <= now(); guard++) {
      tasks.shift()!.run();
      ran++;
    }
    return ran;
  };

  const insert = (task: Task): void => {
    let lo = 0;
    let hi = tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].due <= task.due) lo = mid + 1;
      else hi = mid;
    }
    tasks.splice(lo, 0, task);
  };

  return {
    now,
    get speed() {
      return rate;
    },
    setSpeed(s: number) {
      if (!(s >= 0) || !Number.isFinite(s)) throw new RangeError(`clock speed must be a finite number >= 0, got ${s}`);
      simBase = now();
      base = realNow();
      rate = s;
    },
    advance(ms: number) {
      if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`clock.advance needs a finite number of ms >= 0, got ${ms}`);
      simBase += ms;
      runDue();
    },
    schedule(delayMs: number, run: () => void) {
      insert({ due: now() + Math.max(0, delayMs), seq: seq++, run });
    },
    runDue,
    pending: () => tasks.length,
  };
}

/** ISO 8601 UTC with second precision, as the APIs print times: `2024-05-06T02:28:11Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** ISO 8601 UTC with minute precision (`2024-05-06T02:28Z`), as some list APIs print them. */
export function isoMinutes(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}
