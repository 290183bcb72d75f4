// The OpenSSH public key the ECS key-pair suite imports must be well formed (RFC 4253 / RFC 5656).
import { createPublicKey } from 'node:crypto';
import { opensshPublicKey } from '../../testcases/support/ecs/ssh-keys';

function fields(blob: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < blob.length; ) {
    const len = blob.readUInt32BE(at);
    out.push(blob.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  return out;
}

describe('opensshPublicKey', () => {
  it('is "ecdsa-sha2-nistp256 <base64 blob> comment" with the curve and a 65-byte point', () => {
    const [type, b64, comment] = opensshPublicKey('me').split(' ');
    expect(type).toBe('ecdsa-sha2-nistp256');
    expect(comment).toBe('me');
    const [name, curve, point] = fields(Buffer.from(b64, 'base64'));
    expect(name.toString()).toBe('ecdsa-sha2-nistp256');
    expect(curve.toString()).toBe('nistp256');
    expect(point).toHaveLength(65);
    expect(point[0]).toBe(4);
    // The point is a real P-256 public key: node accepts it back.
    const jwk = { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
    expect(createPublicKey({ key: jwk, format: 'jwk' }).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it('differs on every call', () => {
    expect(opensshPublicKey()).not.toBe(opensshPublicKey());
  });
});
