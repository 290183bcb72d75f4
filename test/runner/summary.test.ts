import { formatDuration, formatSummary, hasFailures, summarize } from '../../runner/summary';
import type { TestRecord } from '../../runner/results';

const t = (product: string, status: TestRecord['status'], durationMs = 100): TestRecord => ({ file: 'f', name: 'n', testId: 'n', product, status, durationMs });

describe('summary table', () => {
  it('counts per product, with retried calls and leftovers from the workers', () => {
    const s = summarize(
      [t('SWAS', 'passed'), t('SWAS', 'failed'), t('ECS', 'broken', 2500), t('ECS', 'skipped', 0), t('ECS', 'passed')],
      [
        { type: 'retried-call', product: 'swas', action: 'ListInstances', attempts: 2 },
        { type: 'leftover', product: 'ecs', kind: 'Instance', id: 'i-1', reason: 'x' },
      ],
    );
    expect(s.rows.map((r) => [r.product, r.passed, r.failed, r.broken, r.skipped, r.retriedCalls, r.leftovers])).toEqual([
      ['ecs', 1, 0, 1, 1, 0, 1],
      ['swas', 1, 1, 0, 0, 1, 0],
    ]);
    expect(s.total).toMatchObject({ passed: 2, failed: 1, broken: 1, skipped: 1, retriedCalls: 1, leftovers: 1, durationMs: 2800 });
    expect(hasFailures(s)).toBe(true);
    const text = formatSummary(s);
    expect(text.split('\n')[0]).toMatch(/^product\s+passed\s+failed\s+broken\s+skipped\s+retried calls\s+duration\s+left behind$/);
    expect(text).toMatch(/\ntotal\s+2\s+1\s+1\s+1\s+1\s+2\.8 s\s+1$/);
  });

  it('a suite that could not run counts as broken and is named', () => {
    const s = summarize([t('SWAS', 'passed')], [], [{ file: 'testcases/smoke/x.test.ts', message: 'SyntaxError: nope\nstack' }]);
    expect(hasFailures(s)).toBe(true);
    expect(formatSummary(s)).toContain('suite not run: testcases/smoke/x.test.ts: SyntaxError: nope');
  });

  it('all passed is not a failure', () => {
    expect(hasFailures(summarize([t('SWAS', 'passed'), t('SWAS', 'skipped')], []))).toBe(false);
  });

  it('formats durations', () => {
    expect([formatDuration(12), formatDuration(1500), formatDuration(125000)]).toEqual(['12 ms', '1.5 s', '2 min 5 s']);
  });
});
