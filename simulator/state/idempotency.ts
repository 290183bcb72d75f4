/**
 * ClientToken idempotency: the first successful answer to a token is kept; the same token again
 * with the same parameters gets that answer back (no second effect), with other parameters it is
 * refused with IdempotentParameterMismatch. Bounded memory: the oldest tokens are forgotten first.
 */
import { SimError } from '../errors';

interface Entry {
  fingerprint: string;
  body: Record<string, unknown>;
}

export class IdempotencyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 20_000) {}

  /** The stored answer for this token, or undefined when the token is new. */
  lookup(key: string, fingerprint: string): Record<string, unknown> | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.fingerprint !== fingerprint) {
      throw new SimError('IdempotentParameterMismatch', 'The request uses the same client token as a previous, but non-identical request. Do not reuse a client token with different requests.');
    }
    return e.body;
  }

  remember(key: string, fingerprint: string, body: Record<string, unknown>): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { fingerprint, body });
  }
}

/** The request's business parameters, minus the token itself, in a stable order. */
export function fingerprintOf(pairs: ReadonlyArray<readonly [string, string]>, skip: ReadonlySet<string>): string {
  return JSON.stringify(pairs.filter(([k]) => k !== 'ClientToken' && !skip.has(k)).map(([k, v]) => `${k}=${v}`).sort());
}
