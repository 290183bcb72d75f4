/**
 * ECS SSH key pairs, in flows: create → describe (by name, by tag) → duplicate refused → delete →
 * gone; import an OpenSSH public key → describe it back; attach to the test instance → deletion
 * refused while bound → detach. Key pairs are free; they carry the test name prefix and tag.
 */
import { ecs, resourceName, resourceTags, useResources } from '../support';
import { NOT_FOUND_ID, acquireEcsTestInstance, ecsSuite, opensshPublicKey, removeIgnoringNotFound } from '../support/ecs';

const resources = useResources();

const FINGERPRINT = /^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/;

function trackKeyPair(name: string): void {
  resources.track({ product: 'ecs', kind: 'KeyPair', id: name, remove: () => removeIgnoringNotFound(() => ecs().deleteKeyPairs({ keyPairNames: JSON.stringify([name]) })) });
}

/** A new key pair, imported (CreateKeyPair makes the cloud generate an RSA key: slow, and tested once below). */
async function newKeyPair(tag = resourceTags()): Promise<string> {
  const name = resourceName('key');
  await ecs().importKeyPair({ keyPairName: name, publicKeyBody: opensshPublicKey(), tag });
  trackKeyPair(name);
  return name;
}

async function keyPairsNamed(name: string) {
  return (await ecs().describeKeyPairs({ keyPairName: name, includePublicKey: true })).body.KeyPairs?.KeyPair ?? [];
}

ecsSuite('CreateKeyPair', () => {
  it('creates a key pair, returning its private key once; it is listed by name and tag, then deleted until gone @smoke', async () => {
    const name = resourceName('key');
    const r = await ecs().createKeyPair({ keyPairName: name, tag: resourceTags() });
    trackKeyPair(name);
    expect(r.body.KeyPairName).toBe(name);
    expect(r.body.PrivateKeyBody).toMatch(/^-----BEGIN (RSA )?PRIVATE KEY-----/);
    expect(r.body.KeyPairFingerPrint).toMatch(FINGERPRINT);

    const [listed] = await keyPairsNamed(name);
    expect(listed).toMatchObject({ KeyPairName: name, KeyPairFingerPrint: r.body.KeyPairFingerPrint });
    expect(JSON.stringify(listed)).not.toContain('PRIVATE KEY');
    const [{ key, value }] = resourceTags();
    const byTag = await ecs().describeKeyPairs({ tag: [{ key, value }], pageSize: 50 });
    expect((byTag.body.KeyPairs?.KeyPair ?? []).map((k) => k.KeyPairName)).toContain(name);

    await ecs().deleteKeyPairs({ keyPairNames: JSON.stringify([name]) });
    expect(await keyPairsNamed(name)).toEqual([]);
    resources.forget('ecs', 'KeyPair', name);
  });

  it('refuses a second key pair with the same name, and a name starting with a digit @regression', async () => {
    const name = await newKeyPair();
    await expect(ecs().createKeyPair({ keyPairName: name })).rejects.toMatchApiError({ code: 'KeyPair.AlreadyExist', status: 400 });
    await expect(ecs().createKeyPair({ keyPairName: `1${resourceName('key')}` })).rejects.toMatchApiError({ code: 'InvalidKeyPairName.Malformed', status: 400 });
  });
});

ecsSuite('ImportKeyPair', () => {
  it('imports an OpenSSH public key and describes it back with the same key and fingerprint @regression', async () => {
    const name = resourceName('imported');
    const publicKey = opensshPublicKey();
    const r = await ecs().importKeyPair({ keyPairName: name, publicKeyBody: publicKey, tag: resourceTags() });
    trackKeyPair(name);
    expect(r.body).toMatchObject({ KeyPairName: name });
    expect(r.body.KeyPairFingerPrint).toMatch(FINGERPRINT);
    const [listed] = await keyPairsNamed(name);
    expect(listed).toMatchObject({ KeyPairName: name, KeyPairFingerPrint: r.body.KeyPairFingerPrint });
    expect(listed.PublicKey?.split(' ').slice(0, 2)).toEqual(publicKey.split(' ').slice(0, 2));
  });

  it('rejects a body that is not a public key, creating nothing @regression', async () => {
    const name = resourceName('bad');
    await expect(ecs().importKeyPair({ keyPairName: name, publicKeyBody: 'not a public key' })).rejects.toMatchApiError(/^Invalid/);
    expect(await keyPairsNamed(name)).toEqual([]);
  });
});

ecsSuite('DescribeKeyPairs', () => {
  it('finds by fingerprint and pages exactly over a tagged set @regression', async () => {
    const marker = { key: 'cloudcase-key', value: resourceName('list') };
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push(await newKeyPair([...resourceTags(), marker]));
    const [first] = await keyPairsNamed(names[0]);
    const byPrint = await ecs().describeKeyPairs({ keyPairFingerPrint: first.KeyPairFingerPrint });
    expect((byPrint.body.KeyPairs?.KeyPair ?? []).map((k) => k.KeyPairName)).toEqual([names[0]]);

    const paged: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await ecs().describeKeyPairs({ tag: [marker], pageSize: 1, pageNumber: page });
      expect(r.body).toMatchObject({ TotalCount: 3, PageNumber: page, PageSize: 1 });
      paged.push(...(r.body.KeyPairs?.KeyPair ?? []).map((k) => k.KeyPairName!));
    }
    expect(paged.sort()).toEqual([...names].sort());
  });

  it('rejects a page size above 50 @regression', async () => {
    await expect(ecs().describeKeyPairs({ pageSize: 51 }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('DeleteKeyPairs', () => {
  it('deletes several at once @regression', async () => {
    const names = [await newKeyPair(), await newKeyPair()];
    await ecs().deleteKeyPairs({ keyPairNames: JSON.stringify(names) });
    for (const n of names) expect(await keyPairsNamed(n)).toEqual([]);
  });

  it('answers InvalidKeyPairName.NotFound for an unknown name @regression', async () => {
    await expect(ecs().deleteKeyPairs({ keyPairNames: JSON.stringify([resourceName('never')]) })).rejects.toMatchApiError('InvalidKeyPairName.NotFound');
  });
});

ecsSuite('AttachKeyPair', () => {
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await acquireEcsTestInstance(resources);
  });

  const keyOf = async (id: string): Promise<string | undefined> =>
    (await ecs().describeInstances({ instanceIds: JSON.stringify([id]) })).body.Instances?.Instance?.[0]?.KeyPairName;

  it('binds a key pair to the instance; it cannot be deleted until DetachKeyPair unbinds it @destructive', async () => {
    const original = await keyOf(instanceId);
    const name = await newKeyPair();
    try {
      const attached = await ecs().attachKeyPair({ keyPairName: name, instanceIds: JSON.stringify([instanceId]) });
      expect(attached.body).toMatchObject({ KeyPairName: name, TotalCount: '1', FailCount: '0' });
      expect(await keyOf(instanceId)).toBe(name);
      await expect(ecs().deleteKeyPairs({ keyPairNames: JSON.stringify([name]) })).rejects.toMatchApiError({ code: 'InvalidParameter.KeypairAlreadyAttachedInstance', status: 400 });

      const detached = await ecs().detachKeyPair({ keyPairName: name, instanceIds: JSON.stringify([instanceId]) });
      expect(detached.body).toMatchObject({ TotalCount: '1', FailCount: '0' });
      expect(await keyOf(instanceId)).toBeFalsy();
    } finally {
      if (original) await ecs().attachKeyPair({ keyPairName: original, instanceIds: JSON.stringify([instanceId]) });
    }
  });

  it('answers InvalidKeyPairName.NotFound for an unknown key, and a per-instance failure for an unknown instance @regression', async () => {
    await expect(ecs().attachKeyPair({ keyPairName: resourceName('never'), instanceIds: JSON.stringify([instanceId]) })).rejects.toMatchApiError({
      code: 'InvalidKeyPairName.NotFound',
      status: 400,
    });
    const name = await newKeyPair();
    const r = await ecs().attachKeyPair({ keyPairName: name, instanceIds: JSON.stringify([NOT_FOUND_ID.instance]) });
    expect(r.body.FailCount).toBe('1');
    expect(r.body.Results?.Result?.[0]).toMatchObject({ InstanceId: NOT_FOUND_ID.instance, Success: 'false' });
  });
});

ecsSuite('DetachKeyPair', () => {
  it('reports a key pair that is not bound to the instance as a per-instance failure @regression', async () => {
    const instanceId = await acquireEcsTestInstance(resources);
    const name = await newKeyPair();
    const r = await ecs().detachKeyPair({ keyPairName: name, instanceIds: JSON.stringify([instanceId]) });
    expect(r.body.FailCount).toBe('1');
    expect(r.body.Results?.Result?.[0]).toMatchObject({ InstanceId: instanceId, Success: 'false' });
  });
});
