/**
 * Remembers signature nonces for as long as a timestamp stays acceptable, so a replayed request
 * is refused. Memory is bounded: expired nonces are swept as new ones arrive.
 */
export class NonceStore {
  private readonly seen = new Map<string, number>();
  private sinceSweep = 0;

  constructor(private readonly ttlMs: number) {}

  /** Records the nonce; false when it was already used within the window. */
  claim(accessKeyId: string, nonce: string, nowMs: number): boolean {
    const key = `${accessKeyId}\n${nonce}`;
    const until = this.seen.get(key);
    if (until !== undefined && until > nowMs) return false;
    this.seen.set(key, nowMs + this.ttlMs);
    if (++this.sinceSweep >= 10_000) this.sweep(nowMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private sweep(nowMs: number): void {
    this.sinceSweep = 0;
    for (const [k, until] of this.seen) if (until <= nowMs) this.seen.delete(k);
  }
}
