/**
 * Deterministic resource ids in the cloud's formats. The n-th id of a kind in an account + region
 * is always the same, so a seeded world and a replayed test produce the same ids run after run.
 */
import { createHash } from 'node:crypto';

const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';

export class IdGen {
  private readonly counters = new Map<string, number>();

  constructor(private readonly scope: string) {}

  /** `length` lowercase hex characters. */
  hex(kind: string, length = 32): string {
    return this.digest(kind).toString('hex').slice(0, length);
  }

  /** `prefix` + `length` lowercase base-36 characters (`d-bp14wq0149cpp2x1a2b`). */
  b36(kind: string, prefix: string, length: number): string {
    const bytes = this.digest(kind);
    let s = '';
    for (let i = 0; i < length; i++) s += B36[bytes[i % bytes.length] % 36];
    return prefix + s;
  }

  /** A number of `digits` digits (account ids, invocation ids). */
  digits(kind: string, digits: number): string {
    const bytes = this.digest(kind);
    let s = String((bytes[0] % 9) + 1);
    for (let i = 1; i < digits; i++) s += String(bytes[i % bytes.length] % 10);
    return s;
  }

  private digest(kind: string): Buffer {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return createHash('sha256').update(`${this.scope}|${kind}|${n}`).digest();
  }
}

/** The numeric account id (UID) of an account name, stable across runs. */
export function accountUid(account: string): string {
  const bytes = createHash('sha256').update(`uid|${account}`).digest();
  let s = '1';
  for (let i = 0; i < 15; i++) s += String(bytes[i] % 10);
  return s;
}
