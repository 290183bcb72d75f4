/** Small helpers shared by the bench files: timing loops and medians. No test framework involved. */

export interface BenchReport {
  title: string;
  lines: string[];
}

/** Median of the per-call times of `rounds` rounds of `perRound` calls, in microseconds. */
export function medianMicros(fn: () => void, perRound = 2000, rounds = 15, warmup = 5000): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / perRound);
  }
  return median(samples);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmt = (n: number, digits = 2): string => n.toFixed(digits);
