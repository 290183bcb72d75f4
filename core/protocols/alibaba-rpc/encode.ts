/**
 * Query strings as Alibaba Cloud canonicalizes them. The transport sends exactly this form (never
 * axios `params`, which encodes differently), so the bytes sent are the bytes signed.
 */
import { percentEncode } from '../percent-encode';

export { percentEncode };

/** Most keys and many values (ids, regions) need no encoding; a test is cheaper than encoding them. */
const UNRESERVED_ONLY = /^[A-Za-z0-9_.~-]*$/;
const isUnreserved = (s: string): boolean => UNRESERVED_ONLY.test(s);
const encoded = (s: string): string => (UNRESERVED_ONLY.test(s) ? s : percentEncode(s));
const byKey = (a: string[], b: string[]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** `k=v&…` with keys and values encoded, sorted by encoded key (the canonical form of both signatures). */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  const keys = Object.keys(params);
  if (keys.every(isUnreserved)) {
    // The usual case (wire names are letters, digits and dots): every key is its own encoding, so the keys sort as they are.
    keys.sort();
    let out = '';
    for (let i = 0; i < keys.length; i++) out += (i ? '&' : '') + keys[i] + '=' + encoded(params[keys[i]]);
    return out;
  }
  const pairs: string[][] = [];
  for (const k of keys) pairs.push([encoded(k), encoded(params[k])]);
  pairs.sort(byKey);
  let out = '';
  for (let i = 0; i < pairs.length; i++) out += (i ? '&' : '') + pairs[i][0] + '=' + pairs[i][1];
  return out;
}

let lastSecond = Number.NaN;
let lastIso = '';

/** ISO 8601 UTC to the second, as both signatures want it: `2026-11-22T16:24:52Z`. */
export function isoSeconds(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  // Calls come many per second: format each second once.
  if (second !== lastSecond) {
    lastSecond = second;
    lastIso = date.toISOString().slice(0, 19) + 'Z';
  }
  return lastIso;
}
