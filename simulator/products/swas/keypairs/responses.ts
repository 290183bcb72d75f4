/** SWAS key pair actions. */
import { isoMinutes } from '../../../clock';
import { SimError } from '../../../errors';
import { paginate } from '../../common';
import type { Handlers } from '../../types';
import type { SwasWorld } from '../world';
import * as rules from './model';

function batchAnswer(results: rules.AttachResult[]): Record<string, unknown> {
  return { FailCount: results.filter((r) => r.Success !== 'true').length, Results: results, TotalCount: results.length };
}

export const keyPairHandlers: Handlers<SwasWorld> = {
  CreateKeyPair: (c) => {
    const { pair, privateKey } = rules.createKeyPair(c.world, c.params.need('KeyPairName'));
    return { KeyPairName: pair.name, PrivateKeyBody: privateKey };
  },
  ImportKeyPair: (c) => {
    const pair = rules.importKeyPair(c.world, c.params.need('KeyPairName'), c.params.need('PublicKeyBody'));
    return { KeyPairName: pair.name };
  },
  DeleteKeyPairs: (c) => {
    const names = c.params.needList('KeyPairNames');
    names.forEach((n) => rules.getKeyPair(c.world, n));
    for (const n of names) {
      const user = [...c.world.instances.values()].find((i) => i.keyPairName === n);
      if (user) throw new SimError('InvalidParameter.KeypairAlreadyAttachedInstance', `Key pair ${n} is attached to instance ${user.id}; detach it first.`, 400);
    }
    names.forEach((n) => c.world.keyPairs.delete(n));
    return {};
  },
  ListKeyPairs: (c) => {
    const name = c.params.str('KeyPairName');
    const list = [...c.world.keyPairs.values()].filter((k) => !name || k.name.includes(name));
    const page = paginate(list, c.params);
    return {
      KeyPairs: page.items.map((k) => ({
        CreationTime: isoMinutes(k.createdAt), InstanceIds: [...c.world.instances.values()].filter((i) => i.keyPairName === k.name).map((i) => i.id),
        KeyPairName: k.name, PublicKey: k.publicKey,
      })),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  AttachKeyPair: (c) => batchAnswer(rules.attach(c.world, c.params.need('KeyPairName'), c.params.needList('InstanceIds'), false)),
  DetachKeyPair: (c) => batchAnswer(rules.attach(c.world, c.params.need('KeyPairName'), c.params.needList('InstanceIds'), true)),
  CreateInstanceKeyPair: (c) => {
    const inst = rules.requireInstance(c.world, c.params.need('InstanceId'));
    const name = c.params.need('KeyPairName');
    rules.checkKeyName(name);
    if (inst.instanceKeyPair) throw new SimError('InstanceKeyPair.AlreadyExist', `Instance ${inst.id} already has a key pair; delete it first.`, 400);
    const key = rules.rsaKey();
    inst.instanceKeyPair = { name, fingerprint: rules.fingerprint(key.publicKey) };
    return { Fingerprint: inst.instanceKeyPair.fingerprint, KeyPairName: name, PrivateKey: key.privateKey };
  },
  UploadInstanceKeyPair: (c) => {
    const inst = rules.requireInstance(c.world, c.params.need('InstanceId'));
    const name = c.params.need('KeyPairName');
    const body = c.params.need('PublicKey');
    rules.checkKeyName(name);
    rules.checkPublicKey(body, 'PublicKey');
    if (inst.instanceKeyPair) throw new SimError('InstanceKeyPair.AlreadyExist', `Instance ${inst.id} already has a key pair; delete it first.`, 400);
    inst.instanceKeyPair = { name, fingerprint: rules.fingerprint(body) };
    return {};
  },
  DeleteInstanceKeyPair: (c) => {
    const inst = rules.requireInstance(c.world, c.params.need('InstanceId'));
    if (!inst.instanceKeyPair) throw new SimError('InstanceKeyPair.NotFound', `Instance ${inst.id} has no key pair.`, 404);
    inst.instanceKeyPair = undefined;
    return {};
  },
  DescribeInstanceKeyPair: (c) => {
    const inst = rules.requireInstance(c.world, c.params.need('InstanceId'));
    if (!inst.instanceKeyPair) throw new SimError('InstanceKeyPair.NotFound', `Instance ${inst.id} has no key pair.`, 404);
    return { Fingerprint: inst.instanceKeyPair.fingerprint, KeyPairName: inst.instanceKeyPair.name };
  },
};
