/**
 * The two hashes the Alibaba RPC signers need, at the lowest per-call cost node offers: a one-shot
 * `crypto.hash` (node ≥ 20.12) instead of a Hash object per digest, and the HMAC key prepared once
 * per secret (a KeyObject) instead of on every signature. Measured ~1 µs less per digest each.
 */
import crypto, { createHash, createHmac, createSecretKey, type KeyObject } from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;
const oneShot = (crypto as { hash?: OneShotHash }).hash;

export const sha256Hex: (s: string) => string = oneShot
  ? (s) => oneShot('sha256', s, 'hex')
  : (s) => createHash('sha256').update(s).digest('hex');

/** The last secret's prepared key: a client signs with one AccessKey at a time. */
let lastSecret: string | undefined;
let lastKey: KeyObject | undefined;

function keyFor(secret: string): KeyObject {
  if (secret !== lastSecret || !lastKey) {
    lastKey = createSecretKey(Buffer.from(secret, 'utf8'));
    lastSecret = secret;
  }
  return lastKey;
}

export function hmacSha256Hex(secret: string, data: string): string {
  return createHmac('sha256', keyFor(secret)).update(data).digest('hex');
}

export function hmacSha1Base64(secret: string, data: string): string {
  return createHmac('sha1', keyFor(secret)).update(data).digest('base64');
}
