/**
 * The embedded Alibaba Cloud simulator: `startSimulator(options)` starts a real HTTP server on
 * loopback that speaks the Alibaba RPC protocol for SWAS (2020-06-01) and ECS (2014-05-26).
 */
import { accessKeysFrom } from './auth/keys';
import { NonceStore } from './auth/nonces';
import { createClock, type SimClock } from './clock';
import { createFaults, type Faults } from './faults';
import { mergeOptions, optionsFromEnv, type SimulatorOptions } from './options';
import { createServer } from './server';
import { IdempotencyCache } from './state/idempotency';
import { StateStore } from './state/store';
import type { SimProduct } from './products/types';
import { swasProduct } from './products/swas';
import { ecsProduct } from './products/ecs';
import { mountRfs } from './products/rfs';

export type { SimulatorOptions, AccessKeyOptions, ObservedAnswer } from './options';
export type { FaultOptions, QuotaOptions, Faults } from './faults';
export type { SimClock } from './clock';
export { StateStore } from './state/store';
export { optionsFromEnv } from './options';

export interface SimulatorHandle {
  /** Base URL, e.g. `http://127.0.0.1:43817`. */
  readonly url: string;
  readonly port: number;
  /** The host:port string to give the official SDKs as `endpoint`. */
  readonly endpoint: string;
  readonly clock: SimClock;
  readonly state: StateStore;
  readonly faults: Faults;
  /** The numeric account id (UID) the simulator gives an account (for image sharing between accounts). */
  accountUid(account: string): string;
  close(): Promise<void>;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const PRODUCTS: readonly SimProduct[] = [swasProduct as SimProduct, ecsProduct as SimProduct];

/** Starts the simulator. Options fall back to the CLOUDCASE_SIM_* environment variables, then defaults. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const o = mergeOptions(optionsFromEnv(), options);
  const host = o.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`the simulator binds loopback only (127.0.0.1), not '${host}'`);
  const clock = createClock(o.clockSpeed ?? 1);
  const faults = createFaults(o.faults);
  const state = new StateStore(clock);
  const maxSkewMs = o.maxClockSkewMs ?? FIFTEEN_MINUTES;
  const app = createServer(
    {
      keys: accessKeysFrom(o.accessKeys),
      nonces: new NonceStore(2 * maxSkewMs),
      maxSkewMs,
      products: new Map(PRODUCTS.map((p) => [p.version, p])),
      clock,
      faults,
      store: state,
      idempotency: new IdempotencyCache(),
    },
    o.log ?? false,
    o.observe,
  );
  mountRfs(app, { keys: accessKeysFrom(o.accessKeys), clock, faults, maxSkewMs, log: o.log }); // Huawei RFS REST routes under /v1/
  await app.listen({ port: o.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    endpoint: `127.0.0.1:${port}`,
    clock,
    state,
    faults,
    accountUid: (account) => state.accountUid(account),
    close: () => (closed ??= app.close().then(() => undefined)),
  };
}
