/**
 * OpenSSH public keys made locally, for ImportKeyPair / UploadInstanceKeyPair. Only the public
 * half leaves this function; the private half is dropped at once (a test never needs it).
 */
import { generateKeyPairSync } from 'node:crypto';

/** `ssh-ed25519 AAAA… comment`: the one-line OpenSSH form (RFC 8709 wire encoding in base64). */
export function newSshPublicKey(comment = 'cloudcase-test'): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32); // the last 32 bytes of the SPKI are the key
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`;
}

/** True for a PEM private key, checked without ever putting the key into an assertion message. */
export function looksLikePrivateKey(text: string | undefined): boolean {
  return typeof text === 'string' && /^-----BEGIN [A-Z ]*PRIVATE KEY-----\r?\n[\s\S]+\r?\n-----END [A-Z ]*PRIVATE KEY-----\s*$/.test(text);
}
