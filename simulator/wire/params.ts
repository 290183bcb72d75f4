/**
 * What a handler reads its parameters through. Works on model-decoded values (typed) and on the
 * generic tree (strings) alike, so an action behaves the same before and after its generated model
 * exists. Every accessor that finds a bad value throws the cloud's InvalidParameter, and `need*`
 * throws MissingParameter.
 */
import { errors } from '../errors';
import { scalar } from './decode';

export interface TagPair {
  Key: string;
  Value: string;
}

export class Params {
  constructor(readonly values: Readonly<Record<string, unknown>>) {}

  has(name: string): boolean {
    const v = this.values[name];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  }

  str(name: string): string | undefined {
    const v = this.values[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'object') throw errors.invalid(name, 'expected a single value');
    return String(v);
  }

  need(name: string): string {
    const v = this.str(name);
    if (v === undefined) throw errors.missing(name);
    return v;
  }

  int(name: string, fallback?: number, range?: { min?: number; max?: number }): number | undefined {
    const v = this.values[name];
    if (v === undefined || v === '') return fallback;
    const n = scalar('integer', v, name) as number;
    if (range?.min !== undefined && n < range.min) throw errors.invalid(name, `must be at least ${range.min}`);
    if (range?.max !== undefined && n > range.max) throw errors.invalid(name, `must be at most ${range.max}`);
    return n;
  }

  needInt(name: string, range?: { min?: number; max?: number }): number {
    const n = this.int(name, undefined, range);
    if (n === undefined) throw errors.missing(name);
    return n;
  }

  bool(name: string, fallback = false): boolean {
    const v = this.values[name];
    if (v === undefined || v === '') return fallback;
    return scalar('boolean', v, name) as boolean;
  }

  /** A list of strings sent as a repeat list (`A.1`), a JSON array text, or comma-joined text. */
  list(name: string): string[] {
    const v = this.values[name];
    if (v === undefined || v === '') return [];
    if (Array.isArray(v)) return v.map((x, i) => scalarText(x, `${name}.${i + 1}`));
    if (typeof v === 'string') {
      const t = v.trim();
      if (t.startsWith('[')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(t);
        } catch {
          throw errors.invalid(name, 'expected a JSON array of strings');
        }
        if (!Array.isArray(parsed)) throw errors.invalid(name, 'expected a JSON array of strings');
        return parsed.map((x, i) => scalarText(x, `${name}.${i + 1}`));
      }
      return t.split(',').map((s) => s.trim()).filter(Boolean);
    }
    if (typeof v === 'number') return [String(v)];
    throw errors.invalid(name, 'expected a list');
  }

  needList(name: string): string[] {
    const l = this.list(name);
    if (l.length === 0) throw errors.missing(name);
    return l;
  }

  /** A list of objects sent flat (`A.1.B`) or as JSON text. */
  objects(name: string): Array<Record<string, unknown>> {
    let v = this.values[name];
    if (v === undefined || v === '') return [];
    if (typeof v === 'string') v = this.parse(name, v);
    if (!Array.isArray(v)) throw errors.invalid(name, 'expected a list of objects');
    return v.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw errors.invalid(`${name}.${i + 1}`, 'expected an object');
      return item as Record<string, unknown>;
    });
  }

  /** An object sent flat (`A.B`) or as JSON text. */
  object(name: string): Record<string, unknown> | undefined {
    let v = this.values[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'string') v = this.parse(name, v);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw errors.invalid(name, 'expected an object');
    return v as Record<string, unknown>;
  }

  /** `Tag.N.Key/Value` pairs (keys required, at most 20, as the APIs document). */
  tags(name = 'Tag'): TagPair[] {
    const tags = this.objects(name).map((t, i) => {
      const key = t.Key === undefined ? '' : String(t.Key);
      if (!key) throw errors.invalid(`${name}.${i + 1}.Key`, 'a tag needs a key');
      return { Key: key, Value: t.Value === undefined ? '' : String(t.Value) };
    });
    if (tags.length > 20) throw errors.invalid(name, 'allows at most 20 tags');
    return tags;
  }

  private parse(name: string, text: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw errors.invalid(name, 'expected JSON text');
    }
  }
}

function scalarText(x: unknown, name: string): string {
  if (typeof x === 'object' && x !== null) throw errors.invalid(name, 'expected a string');
  return String(x);
}
