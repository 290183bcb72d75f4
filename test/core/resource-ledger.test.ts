import { ResourceLedger } from '../../core';

describe('ResourceLedger', () => {
  it('removes in reverse order of creation', async () => {
    const ledger = new ResourceLedger();
    const order: string[] = [];
    for (const id of ['a', 'b', 'c']) ledger.track({ product: 'swas', kind: 'thing', id, remove: async () => order.push(id) });
    expect(await ledger.cleanup()).toEqual({ removed: 3, leftovers: [] });
    expect(order).toEqual(['c', 'b', 'a']);
    expect(ledger.size).toBe(0);
  });

  it('keeps going past a failure and reports what is left', async () => {
    const ledger = new ResourceLedger();
    const removed: string[] = [];
    ledger.track({ product: 'swas', kind: 'snapshot', id: 's-1', region: 'cn-hangzhou', remove: async () => removed.push('s-1') });
    ledger.track({ product: 'swas', kind: 'disk', id: 'd-1', region: 'cn-hangzhou', remove: async () => Promise.reject(new Error('IncorrectDiskStatus')) });
    ledger.track({ product: 'ecs', kind: 'keyPair', id: 'kp', remove: async () => removed.push('kp') });
    const report = await ledger.cleanup();
    expect(removed).toEqual(['kp', 's-1']);
    expect(report).toEqual({
      removed: 2,
      leftovers: [{ product: 'swas', kind: 'disk', id: 'd-1', region: 'cn-hangzhou', error: 'IncorrectDiskStatus' }],
    });
  });

  it('forgets what a test deleted itself', async () => {
    const ledger = new ResourceLedger();
    const remove = jest.fn(async () => undefined);
    ledger.track({ product: 'swas', kind: 'keyPair', id: 'k1', remove });
    ledger.forget('swas', 'keyPair', 'k1');
    expect(await ledger.cleanup()).toEqual({ removed: 0, leftovers: [] });
    expect(remove).not.toHaveBeenCalled();
  });
});
