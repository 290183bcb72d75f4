/** SWAS key pairs: account key pairs attached to instances, and the older per-instance key pair. */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { SimError, errors } from '../../../errors';
import { mustGet } from '../../common';
import { getInstance } from '../instances/model';
import type { KeyPair, SwasWorld } from '../world';

export const KEY_PAIRS_PER_REGION = 100;

export const getKeyPair = (w: SwasWorld, name: string): KeyPair => mustGet(w.keyPairs, name, 'InvalidKeyPairName.NotFound', 'key pair');

export function checkKeyName(name: string, wire = 'KeyPairName'): void {
  if (!/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.:-]{1,127}$/.test(name)) {
    throw errors.invalid(wire, 'must be 2 to 128 characters, start with a letter, and contain letters, digits, periods, underscores, colons and hyphens');
  }
}

function checkNew(w: SwasWorld, name: string): void {
  checkKeyName(name);
  if (w.keyPairs.has(name)) throw new SimError('KeyPairNameAlreadyExist', `A key pair named ${name} already exists.`, 400);
  if (w.keyPairs.size >= KEY_PAIRS_PER_REGION) throw new SimError('QuotaExceed.KeyPair', `A region holds at most ${KEY_PAIRS_PER_REGION} key pairs.`, 400);
}

/** A real RSA key pair, so a test can use the private key with an SSH library if it wants to. */
export function createKeyPair(w: SwasWorld, name: string): { pair: KeyPair; privateKey: string } {
  checkNew(w, name);
  const key = rsaKey();
  const pair: KeyPair = { name, publicKey: key.publicKey, fingerprint: fingerprint(key.publicKey), createdAt: w.clock.now() };
  w.keyPairs.set(name, pair);
  return { pair, privateKey: key.privateKey };
}

/** A fresh RSA key: the public half as an OpenSSH-style line, the private half as PEM. */
export function rsaKey(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKey: `ssh-rsa ${publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64')}`,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  };
}

export function importKeyPair(w: SwasWorld, name: string, publicKeyBody: string): KeyPair {
  checkNew(w, name);
  checkPublicKey(publicKeyBody, 'PublicKeyBody');
  const pair: KeyPair = { name, publicKey: publicKeyBody.trim(), fingerprint: fingerprint(publicKeyBody), createdAt: w.clock.now() };
  w.keyPairs.set(name, pair);
  return pair;
}

export function checkPublicKey(body: string, wire: string): void {
  if (!/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]{16,}( .*)?$/.test(body.trim())) {
    throw new SimError('InvalidPublicKeyBody.Malformed', `The ${wire} is not an OpenSSH public key (ssh-rsa|ssh-ed25519|ecdsa-… base64 [comment]).`, 400);
  }
}

export function fingerprint(publicKey: string): string {
  return createHash('md5').update(publicKey.trim()).digest('hex').match(/../g)!.join(':');
}

export interface AttachResult {
  InstanceId: string;
  Code: string;
  Message: string;
  Success: string;
}

/** Per-instance results, as the batch APIs report them: one bad instance does not fail the rest. */
export function attach(w: SwasWorld, name: string, instanceIds: readonly string[], detach: boolean): AttachResult[] {
  getKeyPair(w, name);
  return instanceIds.map((id) => {
    const inst = w.instances.get(id);
    if (!inst) return { InstanceId: id, Code: 'InvalidInstanceId.NotFound', Message: 'The specified instance does not exist.', Success: 'false' };
    if (detach) {
      if (inst.keyPairName !== name) return { InstanceId: id, Code: 'InvalidParameter.KeypairNotAttachedInstance', Message: `Key pair ${name} is not attached to this instance.`, Success: 'false' };
      inst.keyPairName = undefined;
    } else {
      if (inst.status !== 'Running' && inst.status !== 'Stopped') {
        return { InstanceId: id, Code: 'IncorrectInstanceStatus', Message: 'The state of the current instance does not support this operation.', Success: 'false' };
      }
      inst.keyPairName = name;
    }
    return { InstanceId: id, Code: '200', Message: 'success', Success: 'true' };
  });
}

export function requireInstance(w: SwasWorld, id: string): ReturnType<typeof getInstance> {
  return getInstance(w, id);
}
