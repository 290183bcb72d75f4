/**
 * Where a call goes. An explicit `endpoint` option wins: one base URL for every product
 * (`http://127.0.0.1:8080`), or a map product id → URL or host. Otherwise the product descriptor's
 * rule gives the host for the region (`ecs-cn-hangzhou.aliyuncs.com`, `swas.cn-beijing.aliyuncs.com`)
 * and HTTPS is used.
 */
import type { ProductDescriptor } from '../model/types';

export type EndpointOption = string | Readonly<Record<string, string>>;
export type Network = 'public' | 'vpc';

export interface Endpoint {
  /** `https://ecs-cn-hangzhou.aliyuncs.com` — scheme, host and port, no path. */
  origin: string;
  /** The Host header: host name, plus the port when it is not the scheme's default. */
  host: string;
}

export function resolveEndpoint(
  product: ProductDescriptor,
  regionId: string | undefined,
  option?: EndpointOption,
  network: Network = 'public',
): Endpoint {
  const explicit = typeof option === 'string' ? option : option?.[product.id];
  if (explicit !== undefined) return parseEndpoint(explicit, product);
  return parseEndpoint(product.endpointFor(regionId, network), product);
}

/** `host`, `host:port` or a URL (http/https, no path) → an Endpoint. */
export function parseEndpoint(value: string, product: Pick<ProductDescriptor, 'title'>): Endpoint {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new TypeError(`${product.title} endpoint '${value}' is not a host or URL; give e.g. 'http://127.0.0.1:8080' or 'ecs.cn-beijing.aliyuncs.com'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`${product.title} endpoint '${value}' must use http or https, not ${url.protocol.slice(0, -1)}`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new TypeError(`${product.title} endpoint '${value}' must be a scheme, host and port only (no path, query or credentials)`);
  }
  return { origin: url.origin, host: url.host };
}
