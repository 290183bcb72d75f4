/**
 * The build step: fills the client's default region, builds the request (defaults, unknown keys,
 * required, values, wire form — all before any I/O) and finds the endpoint. Once per call: every
 * attempt sends the same request, ClientToken included.
 */
import { buildRequest } from '../builder/build-request';
import { planOf } from '../model/plan';
import type { ModelClass } from '../model/types';
import { resolveEndpoint, type Endpoint, type EndpointOption, type Network } from './endpoint';
import type { Middleware } from './pipeline';

export interface BuildStepOptions {
  regionId?: string;
  endpoint?: EndpointOption;
  network?: Network;
}

export function buildStep(options: BuildStepOptions): Middleware {
  const endpoints = new Map<string, Endpoint>();
  // Not async: one promise less per call. Its own errors (a ParameterError) still reject, never throw.
  return function build(ctx, next) {
    try {
      const params = withRegion(ctx.model, ctx.params, options.regionId);
      const { validate, clientToken } = ctx.options;
      const request = buildRequest(ctx.model, params, { validate, clientToken: clientToken === false ? undefined : clientToken });
      const product = ctx.action.product;
      const region = request.query.RegionId ?? options.regionId;
      const key = `${product.id}|${region ?? ''}`;
      let endpoint = endpoints.get(key);
      if (!endpoint) endpoints.set(key, (endpoint = resolveEndpoint(product, region, options.endpoint, options.network)));
      ctx.request = request;
      ctx.endpoint = endpoint;
    } catch (e) {
      return Promise.reject(e);
    }
    return next();
  };
}

const regionParamOf = new WeakMap<ModelClass, string | null>();

/**
 * The client's region goes into the model's RegionId parameter when the caller did not mention it.
 * A key present with `undefined` is left alone: a negative test can leave RegionId out on purpose.
 */
function withRegion(model: ModelClass, params: Readonly<Record<string, unknown>>, regionId: string | undefined): Readonly<Record<string, unknown>> {
  if (!regionId) return params;
  let name = regionParamOf.get(model);
  if (name === undefined) {
    name = planOf(model).params.find((p) => p.wire === 'RegionId')?.name ?? null;
    regionParamOf.set(model, name);
  }
  if (name === null || name in params) return params;
  return { ...params, [name]: regionId };
}
