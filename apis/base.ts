/**
 * The base of the API objects: a product's methods are one-liners over `call`. Write actions that
 * declare a ClientToken get a fresh one (`clientToken: 'auto'`), so they are safe to retry; the same
 * token goes with every attempt. Reads get none (they retry anyway, and the official SDK sends none).
 * A call can pass its own `clientToken`, or `clientToken: false` to send none.
 */
import type { CallOptions, CallParams, Client } from '../core/client';
import { planOf } from '../core/model/plan';
import type { ModelClass } from '../core/model/types';
import { isReadAction } from '../core/protocols/alibaba-rpc/idempotency';
import type { ApiResponse } from '../core/response';

export type { CallOptions };
/** A method's parameters: the model's, `regionId` optional (the client's default region fills it). */
export type ApiParams<M> = CallParams<M>;

export abstract class ApiBase {
  constructor(readonly client: Client) {}

  protected call<M extends object, B = Record<string, unknown>>(
    model: ModelClass<M>,
    params: CallParams<M>,
    options?: CallOptions,
  ): Promise<ApiResponse<B>> {
    const auto = options?.clientToken === undefined && !isReadAction(planOf(model).action?.action ?? '');
    return this.client.send<M, B>(model, params, auto ? { ...options, clientToken: 'auto' } : options);
  }
}
