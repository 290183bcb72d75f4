/**
 * Cleanup under transport faults (issue 8, "leave nothing behind"): a delete that meets a 503,
 * throttling or a timeout is tried again by the resource ledger (the client itself does not repeat
 * a write without ClientToken); a delete refused for a real reason is reported after one try.
 */
import { ApiError } from '../../core/errors';
import { ResourceLedger } from '../../core/ledger/resource-ledger';

const fault = (code: string, status: number): ApiError => new ApiError({ code, message: 'injected', status, product: 'ECS', action: 'DeleteSecurityGroup' });

it('deletes a resource whose first deletes met a 503 and a throttling answer', async () => {
  const ledger = new ResourceLedger();
  let calls = 0;
  ledger.track({
    product: 'ecs',
    kind: 'SecurityGroup',
    id: 'sg-1',
    remove: async () => {
      calls++;
      if (calls === 1) throw fault('ServiceUnavailable', 503);
      if (calls === 2) throw fault('Throttling.User', 400);
    },
  });
  expect(await ledger.cleanup()).toEqual({ removed: 1, leftovers: [] });
  expect(calls).toBe(3);
});

it('gives up after five faults, and reports a real refusal after one try', async () => {
  const ledger = new ResourceLedger();
  let faulty = 0;
  let refused = 0;
  ledger.track({ product: 'ecs', kind: 'SecurityGroup', id: 'sg-faulty', remove: async () => { faulty++; throw fault('ServiceUnavailable', 503); } });
  ledger.track({ product: 'ecs', kind: 'SecurityGroup', id: 'sg-in-use', remove: async () => { refused++; throw fault('DependencyViolation', 403); } });
  const { removed, leftovers } = await ledger.cleanup();
  expect(removed).toBe(0);
  expect(leftovers.map((l) => l.id)).toEqual(['sg-in-use', 'sg-faulty']);
  expect([faulty, refused]).toEqual([5, 1]);
});
