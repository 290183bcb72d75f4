/**
 * Turns the flat wire form back into structure, without knowing the action: `Tag.1.Key=k` becomes
 * `{ Tag: [{ Key: 'k' }] }`, `A.B=v` becomes `{ A: { B: 'v' } }`. Values stay strings; JSON-style
 * and simple-style values stay as the single string they arrived as (the model decoder, or the
 * handler's accessor, knows how to read them).
 */
import { errors } from '../errors';

export type WireValue = string | WireValue[] | { [key: string]: WireValue };

/** No API nests parameters this deep; the limit keeps hostile keys (`A.1.A.1…`) from exhausting the stack. */
export const MAX_DEPTH = 32;

export function treeOf(pairs: ReadonlyArray<readonly [string, string]>, skip?: ReadonlySet<string>): Record<string, WireValue> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    if (skip?.has(key)) continue;
    const path = key.split('.');
    if (path.length > MAX_DEPTH) throw errors.invalid(key.slice(0, 64) + '…', `nests deeper than ${MAX_DEPTH} levels`);
    // A `__proto__` segment would walk into Object.prototype and change every object of the process.
    if (path.includes('__proto__')) throw errors.invalid(key.slice(0, 64), "'__proto__' is not a parameter name");
    let node = root;
    for (let i = 0; i < path.length - 1; i++) {
      const seg = path[i];
      const next = node[seg];
      if (typeof next !== 'object' || next === null) node[seg] = {};
      node = node[seg] as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    // `A=x` and `A.1=y` together: the structured form wins (a plain value cannot hold children).
    if (typeof node[last] !== 'object' || node[last] === null) node[last] = value;
  }
  return listify(root) as Record<string, WireValue>;
}

/** Objects whose keys are all positive integers become arrays ordered by index. */
function listify(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const obj = node as Record<string, unknown>;
  const keys = Object.keys(obj);
  for (const k of keys) obj[k] = listify(obj[k]);
  if (keys.length > 0 && keys.every((k) => /^[1-9]\d*$/.test(k))) {
    return keys.map(Number).sort((a, b) => a - b).map((n) => obj[String(n)]);
  }
  return obj;
}
