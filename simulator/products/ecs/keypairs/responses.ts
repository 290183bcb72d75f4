/** ECS key pair actions (the rules are SWAS's: names, public key format, fingerprints). */
import { SimError, errors } from '../../../errors';
import { hasTags, paginate } from '../../common';
import type { Handlers } from '../../types';
import { checkKeyName, checkPublicKey, fingerprint, rsaKey } from '../../swas/keypairs/model';
import { ecsTags, ecsTime, nameMatches, type Ctx } from '../common';
import type { EcsKeyPair, EcsWorld } from '../world';

function add(c: Ctx, name: string, publicKey: string): EcsKeyPair {
  checkEcsKeyName(name);
  if (c.world.keyPairs.has(name)) throw new SimError('KeyPair.AlreadyExist', `The key pair ${name} already exists.`, 400);
  if (c.world.keyPairs.size >= 500) throw new SimError('QuotaExceed.KeyPair', 'A region holds at most 500 key pairs.', 403);
  const pair: EcsKeyPair = { id: c.ids.b36('keypair', 'ssh-', 17), name, publicKey, fingerprint: fingerprint(publicKey), createdAt: c.clock.now(), tags: c.params.tags() };
  c.world.keyPairs.set(name, pair);
  return pair;
}

/** The SWAS name rule, with the code ECS documents for a bad name. */
function checkEcsKeyName(name: string): void {
  try {
    checkKeyName(name);
  } catch (e) {
    if (e instanceof SimError) throw new SimError('InvalidKeyPairName.Malformed', e.message, 400);
    throw e;
  }
}

function attachOrDetach(c: Ctx, attach: boolean): Record<string, unknown> {
  const name = c.params.need('KeyPairName');
  // AttachKeyPair and DetachKeyPair document this not-found code with HTTP 400.
  if (!c.world.keyPairs.has(name)) throw new SimError('InvalidKeyPairName.NotFound', `The key pair ${name} does not exist.`, 400);
  const ids = c.params.needList('InstanceIds');
  if (ids.length > 50) throw new SimError('InvalidInstanceIds.ValueNotSupported', 'InstanceIds takes at most 50 instance ids.', 400);
  const results = ids.map((id) => {
    const inst = c.world.instances.get(id);
    if (!inst) return { Code: 'InvalidInstanceId.NotFound', InstanceId: id, Message: 'The specified instance does not exist.', Success: 'false' };
    if (!attach && inst.keyPairName !== name) return { Code: 'KeyPair.NotAttached', InstanceId: id, Message: `Key pair ${name} is not bound to this instance.`, Success: 'false' };
    inst.keyPairName = attach ? name : '';
    return { Code: '200', InstanceId: id, Message: 'successful', Success: 'true' };
  });
  return { FailCount: String(results.filter((r) => r.Success !== 'true').length), KeyPairName: name, Results: { Result: results }, TotalCount: String(results.length) };
}

export const ecsKeyPairHandlers: Handlers<EcsWorld> = {
  CreateKeyPair: (c) => {
    const key = rsaKey();
    const pair = add(c, c.params.need('KeyPairName'), key.publicKey);
    return { KeyPairFingerPrint: pair.fingerprint, KeyPairId: pair.id, KeyPairName: pair.name, PrivateKeyBody: key.privateKey };
  },
  ImportKeyPair: (c) => {
    const body = c.params.need('PublicKeyBody');
    checkPublicKey(body, 'PublicKeyBody');
    const pair = add(c, c.params.need('KeyPairName'), body.trim());
    return { KeyPairFingerPrint: pair.fingerprint, KeyPairName: pair.name };
  },
  DeleteKeyPairs: (c) => {
    const names = c.params.needList('KeyPairNames');
    if (names.length > 100) throw new SimError('InvalidKeyPairNames.ValueNotSupported', 'KeyPairNames takes at most 100 names.', 400);
    for (const n of names) if (!c.world.keyPairs.has(n)) throw errors.notFound('InvalidKeyPairName.NotFound', `key pair ${n}`);
    for (const n of names) {
      const user = [...c.world.instances.values()].find((i) => i.keyPairName === n);
      if (user) throw new SimError('InvalidParameter.KeypairAlreadyAttachedInstance', `Key pair ${n} is bound to instance ${user.id}; detach it first.`, 400);
    }
    names.forEach((n) => c.world.keyPairs.delete(n));
    return {};
  },
  DescribeKeyPairs: (c) => {
    const name = c.params.str('KeyPairName');
    const fp = c.params.str('KeyPairFingerPrint');
    const tags = c.params.tags();
    const withKey = c.params.bool('IncludePublicKey');
    const list = [...c.world.keyPairs.values()].filter((k) => nameMatches(k.name, name) && (!fp || k.fingerprint === fp) && hasTags(k.tags, tags));
    const page = paginate(list, c.params, { maxSize: 50 });
    return {
      KeyPairs: { KeyPair: page.items.map((k) => ({ CreationTime: ecsTime(k.createdAt), KeyPairFingerPrint: k.fingerprint, KeyPairName: k.name, PublicKey: withKey ? k.publicKey : '', ResourceGroupId: '', Tags: ecsTags(k.tags) })) },
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  AttachKeyPair: (c) => attachOrDetach(c, true),
  DetachKeyPair: (c) => attachOrDetach(c, false),
};

