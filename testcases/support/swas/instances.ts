/**
 * Test instances by role, so that test files running in parallel never change the status of an
 * instance another file is using:
 *
 *   shared   a Running instance every file may use for calls that do not change its status
 *            (firewall rules, commands, key pairs, monitoring, VNC, …)
 *   spare    a second (Running) instance: ONE file (storage: stop → reset disk → start) may change
 *            its status, and returns it to the status it found
 *   stopped  a third (Stopped) instance: ONE file (instance lifecycle) may start/reboot/reset it,
 *            and returns it to the status it found
 *
 * An instance carrying the tag `cloudcase-role: <role>` has that role (tag them so in a staging
 * account). Without such tags the roles go by creation order, oldest first: the 1st instance is
 * `shared`, the 2nd `spare`, the 3rd `stopped` — the simulator's seeded instances are in that order.
 * Creation order, not the current status, decides, so a file that is starting the `stopped`
 * instance cannot make another file pick it as `spare`.
 */
import type { SwasApi } from '../../../apis/swas';
import { waitFor } from '../../../core/waiters/wait-for';
import type { ListInstancesResponseBodyInstances } from '../../../models/swas';
import { environment } from '../environment';
import { swas, type AccountName } from '../clients';
import { waitForInstanceStatus } from './waiters';

export type InstanceRole = 'shared' | 'spare' | 'stopped';
export type SwasInstance = ListInstancesResponseBodyInstances;

export const ROLE_TAG = 'cloudcase-role';
const ROLE_ORDER: readonly InstanceRole[] = ['shared', 'spare', 'stopped'];
const TRANSITIONAL = new Set(['Pending', 'Starting', 'Stopping', 'Resetting', 'Upgrading']);

/** The instance that has `role` in the account, as listed now. Throws a clear error when there is none. */
export async function testInstance(role: InstanceRole = 'shared', account: AccountName = 'main'): Promise<SwasInstance> {
  const api = swas(account);
  const all = await allInstances(api);
  const tagged = all.find((i) => (i.Tags ?? []).some((t) => t.Key === ROLE_TAG && t.Value === role));
  const byOrder = all.some((i) => (i.Tags ?? []).some((t) => t.Key === ROLE_TAG)) ? undefined : all[ROLE_ORDER.indexOf(role)];
  const found = tagged ?? byOrder;
  if (!found?.InstanceId) {
    throw new Error(
      `no SWAS instance for role '${role}' in ${environment().regionId} (account ${account}): tag one '${ROLE_TAG}: ${role}', ` +
        `or have at least ${ROLE_ORDER.indexOf(role) + 1} instances (roles go by creation order)`,
    );
  }
  return found;
}

const sharedIds = new Map<string, Promise<string>>();

/**
 * The id of the shared Running instance (waits for it to be Running if it is in a transition).
 * Resolved once per account per test file: the shared instance does not change during a run.
 */
export function sharedInstanceId(account: AccountName = 'main'): Promise<string> {
  let id = sharedIds.get(account);
  if (!id) {
    id = (async () => {
      const inst = await testInstance('shared', account);
      if (inst.Status !== 'Running') await waitForInstanceStatus(inst.InstanceId!, 'Running', { api: swas(account) });
      return inst.InstanceId!;
    })();
    id.catch(() => sharedIds.delete(account)); // a failure is not remembered: the next test asks again
    sharedIds.set(account, id);
  }
  return id;
}

/**
 * Borrows the `spare` or `stopped` instance for status changes in this describe block. beforeAll
 * resolves it and waits for any transition to end, changing nothing (a run without @destructive
 * tests leaves it alone); afterAll waits for any transition to end and returns it to the status it
 * had in beforeAll — even when a test failed. Tests bring it to the status they need with `settle`.
 */
export function useOwnedInstance(role: Exclude<InstanceRole, 'shared'>, account: AccountName = 'main'): () => string {
  let id: string | undefined;
  let original: string | undefined;
  beforeAll(async () => {
    const inst = await testInstance(role, account);
    id = inst.InstanceId!;
    original = await restingStatus(swas(account), id);
  });
  afterAll(async () => {
    if (id && original) await settle(swas(account), id, original);
  });
  return () => {
    if (!id) throw new Error(`the '${role}' instance is not resolved yet: call the getter inside a test, not at collection time`);
    return id;
  };
}

/** The instance's status once no transition is under way. */
async function restingStatus(api: SwasApi, instanceId: string): Promise<string> {
  const now = await statusOf(api, instanceId);
  if (!TRANSITIONAL.has(now)) return now;
  await waitForInstanceStatusIn(api, instanceId, ['Running', 'Stopped']);
  return statusOf(api, instanceId);
}

/** Brings an instance to Running or Stopped from whatever status it has now. */
export async function settle(api: SwasApi, instanceId: string, status: string): Promise<void> {
  const now = await restingStatus(api, instanceId);
  if (now === status) return;
  if (status === 'Running' && now === 'Stopped') await api.startInstance({ instanceId });
  else if (status === 'Stopped' && now === 'Running') await api.stopInstance({ instanceId });
  else throw new Error(`instance ${instanceId} is ${now}; cannot bring it to ${status}`);
  await waitForInstanceStatus(instanceId, status, { api });
}

export async function statusOf(api: SwasApi, instanceId: string): Promise<string> {
  const r = await api.listInstanceStatus({ instanceIds: JSON.stringify([instanceId]) });
  const s = r.body.InstanceStatuses?.find((x) => x.InstanceId === instanceId)?.Status;
  if (!s) throw new Error(`instance ${instanceId} is not listed by ListInstanceStatus`);
  return s;
}

async function waitForInstanceStatusIn(api: SwasApi, instanceId: string, statuses: readonly string[]): Promise<void> {
  await waitFor(() => statusOf(api, instanceId), (s) => statuses.includes(s), {
    description: `instance ${instanceId} to be ${statuses.join(' or ')}`,
    timeoutMs: 120_000,
    intervalMs: 200,
    maxIntervalMs: 2_000,
  });
}

/** Every instance of the account in the client's region, oldest first (ties by id). */
async function allInstances(api: SwasApi): Promise<SwasInstance[]> {
  const out: SwasInstance[] = [];
  for (let page = 1; page <= 20; page++) {
    const r = await api.listInstances({ pageSize: 100, pageNumber: page });
    const items = r.body.Instances ?? [];
    out.push(...items);
    if (items.length < 100 || out.length >= (r.body.TotalCount ?? 0)) break;
  }
  return out.sort((a, b) => (a.CreationTime ?? '').localeCompare(b.CreationTime ?? '') || (a.InstanceId ?? '').localeCompare(b.InstanceId ?? ''));
}
