/**
 * A fresh OpenSSH public key (`ecdsa-sha2-nistp256 AAAA… comment`) for ImportKeyPair tests, made
 * with node:crypto. ECDSA because ECS documents it among the importable types and, unlike RSA,
 * it takes microseconds to generate.
 */
import { generateKeyPairSync } from 'node:crypto';

function sshString(buf: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}

export function opensshPublicKey(comment = 'cloudcase-test'): string {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  // The key is the uncompressed point 0x04 || X || Y (RFC 5656).
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x as string, 'base64url'), Buffer.from(jwk.y as string, 'base64url')]);
  const blob = Buffer.concat([sshString(Buffer.from('ecdsa-sha2-nistp256')), sshString(Buffer.from('nistp256')), sshString(point)]);
  return `ecdsa-sha2-nistp256 ${blob.toString('base64')} ${comment}`;
}
