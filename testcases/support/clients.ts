/**
 * Clients and API objects for a named account of the current environment, one per account per
 * test file. Calls that needed retries are counted for the runner's summary.
 */
import { ApiError } from '../../core/errors';
import type { CallOptions, CallParams, Client } from '../../core/client';
import type { ModelClass } from '../../core/model/types';
import type { ApiResponse } from '../../core/response';
import { planOf } from '../../core/model/plan';
import { SwasApi } from '../../apis/swas';
import { EcsApi } from '../../apis/ecs';
import { createClient } from '../../conf/create-client';
import { recordStat } from '../../runner/run-stats';
import { environment } from './environment';
import { enforceContract } from './contract';

/** main (default), second (sharing tests), ram-limited (access-denied tests), or any account of the profile. */
export type AccountName = 'main' | 'second' | 'ram-limited' | (string & {});

const clients = new Map<string, Client>();

export function client(account: AccountName = 'main'): Client {
  let c = clients.get(account);
  if (!c) {
    c = countingRetries(createClient({ env: environment().name, account }));
    clients.set(account, c);
  }
  return c;
}

export function swas(account: AccountName = 'main'): SwasApi {
  return new SwasApi(client(account));
}

export function ecs(account: AccountName = 'main'): EcsApi {
  return new EcsApi(client(account));
}

afterAll(() => {
  for (const c of clients.values()) c.close();
  clients.clear();
});

function countingRetries(inner: Client): Client {
  const note = (model: ModelClass, attempts: number): void => {
    if (attempts <= 1) return;
    const action = planOf(model).action;
    recordStat({ type: 'retried-call', product: action?.product.id ?? 'other', action: action?.action ?? model.name, attempts });
  };
  return {
    get regionId() {
      return inner.regionId;
    },
    signatureVersion: inner.signatureVersion,
    async send<M extends object, B = Record<string, unknown>>(
      model: ModelClass<M>,
      params?: CallParams<M> | Readonly<Record<string, unknown>>,
      options?: CallOptions,
    ): Promise<ApiResponse<B>> {
      try {
        const response = await inner.send<M, B>(model, params, options);
        note(model, response.attempts);
        await enforceContract(model, response.body); // every response against its generated schema (contract.ts)
        return response;
      } catch (e) {
        if (e instanceof ApiError) note(model, e.attempts);
        throw e;
      }
    },
    close: () => inner.close(),
  };
}
