import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { coverage, formatCoverage, modeledActions, stepNames } from '../../runner/coverage';

describe('API coverage of a run', () => {
  it('finds API steps at any depth, in results and fixtures', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-cov-'));
    writeFileSync(path.join(dir, 'a-result.json'), JSON.stringify({ steps: [{ name: 'SWAS ListInstances', steps: [{ name: 'request' }] }, { name: 'check', steps: [{ name: 'SWAS RunCommand' }] }] }));
    writeFileSync(path.join(dir, 'b-container.json'), JSON.stringify({ afters: [{ name: 'SWAS DeleteKeyPairs' }] }));
    writeFileSync(path.join(dir, 'c-attachment.json'), '{"not":"a result"}');
    expect([...stepNames(dir)].sort()).toEqual(['SWAS DeleteKeyPairs', 'SWAS ListInstances', 'SWAS RunCommand', 'check', 'request']);
  });

  it('counts called and not-called actions per product', () => {
    const rows = coverage(new Map([['SWAS', ['A', 'B', 'C']], ['ECS', ['X']]]), new Set(['SWAS A', 'SWAS C', 'other']));
    expect(rows).toEqual([
      { title: 'SWAS', modeled: 3, called: ['A', 'C'], notCalled: ['B'] },
      { title: 'ECS', modeled: 1, called: [], notCalled: ['X'] },
    ]);
    expect(formatCoverage(rows)).toEqual(['  SWAS: 2/3 modeled actions called; not called: B']);
  });

  it('knows every modeled action of every product', () => {
    const modeled = modeledActions();
    expect(modeled.get('SWAS')).toHaveLength(98);
    expect(modeled.get('ECS')).toHaveLength(380);
    expect(modeled.get('SWAS')).toContain('RunCommand');
  });
});
