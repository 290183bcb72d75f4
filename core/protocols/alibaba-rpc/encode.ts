/**
 * Query strings as Alibaba Cloud canonicalizes them. The transport sends exactly this form (never
 * axios `params`, which encodes differently), so the bytes sent are the bytes signed.
 */
import { percentEncode } from '../percent-encode';

export { percentEncode };

/** `k=v&…` with keys and values encoded, sorted by encoded key (the canonical form of both signatures). */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  const pairs: string[][] = [];
  for (const k of Object.keys(params)) pairs.push([percentEncode(k), percentEncode(params[k])]);
  pairs.sort(byKey);
  let out = '';
  for (let i = 0; i < pairs.length; i++) out += (i ? '&' : '') + pairs[i][0] + '=' + pairs[i][1];
  return out;
}

const byKey = (a: string[], b: string[]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** ISO 8601 UTC to the second, as both signatures want it: `2026-11-22T16:24:52Z`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().slice(0, 19) + 'Z';
}
