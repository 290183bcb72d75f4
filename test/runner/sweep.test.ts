import { isMarked, sweep, type Found, type Marker, type Sweeper } from '../../runner/sweep';

const marker: Marker = { namePrefix: 'cc-test-', tag: { key: 'cloudcase', value: 'test' } };

interface World {
  keys: { id: string; name: string; region: string; tags?: { key: string; value: string }[]; stuck?: boolean }[];
}

const keyPairs: Sweeper<World> = {
  product: 'swas',
  kind: 'KeyPair',
  async list(w, region, m) {
    return w.keys
      .filter((k) => k.region === region && isMarked(m, k.name, k.tags))
      .map((k): Found => ({ product: 'swas', kind: 'KeyPair', id: k.id, name: k.name, region }));
  },
  async remove(w, f) {
    const k = w.keys.find((x) => x.id === f.id);
    if (k?.stuck) throw new Error('IncorrectStatus');
    w.keys = w.keys.filter((x) => x.id !== f.id);
  },
};

function world(): World {
  return {
    keys: [
      { id: 'k1', name: 'cc-test-keypair-1', region: 'r1' },
      { id: 'k2', name: 'prod-key', region: 'r1' },
      { id: 'k3', name: 'other', region: 'r2', tags: [{ key: 'cloudcase', value: 'test' }] },
      { id: 'k4', name: 'cc-test-stuck', region: 'r2', stuck: true },
    ],
  };
}

describe('sweep', () => {
  it('dry run lists marked resources in every region and deletes nothing', async () => {
    const w = world();
    const lines: string[] = [];
    const r = await sweep(w, [keyPairs], ['r1', 'r2'], marker, false, (l) => lines.push(l));
    expect(r.found.map((f) => f.id)).toEqual(['k1', 'k3', 'k4']);
    expect(r.deleted).toEqual([]);
    expect(w.keys).toHaveLength(4);
    expect(lines[0]).toContain('would delete swas KeyPair k1 (cc-test-keypair-1) in r1');
  });

  it('--yes deletes them, leaves unmarked ones, and reports what failed', async () => {
    const w = world();
    const r = await sweep(w, [keyPairs], ['r1', 'r2'], marker, true, () => undefined);
    expect(r.deleted.map((f) => f.id)).toEqual(['k1', 'k3']);
    expect(r.failed.map((f) => [f.found.id, f.error])).toEqual([['k4', 'IncorrectStatus']]);
    expect(w.keys.map((k) => k.id)).toEqual(['k2', 'k4']);
  });

  it('a kind the API cannot delete is listed and left as it is, even with --yes', async () => {
    const w = world();
    const listOnly: Sweeper<World> = { product: 'swas', kind: 'Instance', list: keyPairs.list, cannotDelete: 'it expires with its subscription' };
    const lines: string[] = [];
    const r = await sweep(w, [listOnly], ['r1'], marker, true, (l) => lines.push(l));
    expect(r.kept.map((f) => f.id)).toEqual(['k1']);
    expect(r.deleted).toEqual([]);
    expect(r.failed).toEqual([]);
    expect(w.keys).toHaveLength(4);
    expect(lines).toEqual(['  left as it is: swas KeyPair k1 (cc-test-keypair-1) in r1: it expires with its subscription']);
  });
});
