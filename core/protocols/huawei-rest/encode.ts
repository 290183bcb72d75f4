/**
 * The canonical forms of Huawei Cloud's SDK-HMAC-SHA256 signature: RFC 3986 encoding (only
 * A-Z a-z 0-9 - _ . ~ stay raw), the path encoded segment by segment with a trailing `/`, the
 * query sorted by key and, for a key given several times, by value.
 */
import { percentEncode } from '../percent-encode';

export { percentEncode };

/** One query parameter as sent: a list goes as repeated keys (`k=a&k=b`). */
export type QueryPairs = ReadonlyArray<readonly [string, string]>;

/** The path of the canonical request: each segment decoded once, then encoded, and a `/` at the end. */
export function canonicalUri(pathname: string): string {
  const segments = pathname.split('/').map((s) => percentEncode(safeDecode(s)));
  const joined = segments.join('/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}

/** `k=v&…` sorted by raw key, then by raw value (the order the server rebuilds whatever order was sent). */
export function canonicalQuery(pairs: QueryPairs): string {
  const sorted = [...pairs].sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  return sorted.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
}

/** Single-valued and multi-valued query parameters as one list of pairs. */
export function queryPairs(query: Readonly<Record<string, string>>, lists?: Readonly<Record<string, readonly string[]>>): Array<[string, string]> {
  const out: Array<[string, string]> = Object.entries(query).map(([k, v]) => [k, v]);
  for (const [k, values] of Object.entries(lists ?? {})) for (const v of values) out.push([k, v]);
  return out;
}

/** `X-Sdk-Date`: UTC in the basic ISO 8601 form `20261122T172300Z`. */
export function sdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

/** Parses an `X-Sdk-Date` value; undefined when it is not in the basic form. */
export function parseSdkDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
