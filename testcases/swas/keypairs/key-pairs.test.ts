// SWAS key pairs of the account: create → list → attach to the shared instance → detach → delete → gone,
// import, and the errors the API documents. Private keys are secrets: they are only checked for
// their form, never printed (assertions compare booleans, not the key).
import { apiSuite, resourceName, swas, useResources } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { INVALID_VALUE, NOT_FOUND } from '../../support/swas/error-codes';
import { looksLikePrivateKey, newSshPublicKey } from '../../support/swas/ssh-keys';

const MISSING_INSTANCE = 'cc0000000000000000000000notexist';

/** Key pair names in SWAS start with a letter; the prefix has a hyphen, fine after the first letter. */
const keyName = () => resourceName('kp');

async function listed(name: string) {
  const r = await swas().listKeyPairs({ keyPairName: name, pageSize: 100 });
  return (r.body.KeyPairs ?? []).find((k) => k.KeyPairName === name);
}

/** The key pair attached to an instance now, if any (so a test can put it back). */
async function attachedTo(instanceId: string): Promise<string | undefined> {
  for (let page = 1; page <= 10; page++) {
    const r = await swas().listKeyPairs({ pageSize: 100, pageNumber: page });
    const hit = (r.body.KeyPairs ?? []).find((k) => (k.InstanceIds ?? []).includes(instanceId));
    if (hit) return hit.KeyPairName;
    if ((r.body.KeyPairs ?? []).length < 100) return undefined;
  }
  return undefined;
}

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'CreateKeyPair' }, () => {
  const resources = useResources();
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await sharedInstanceId();
  });

  function track(name: string): void {
    resources.track({ product: 'swas', kind: 'KeyPair', id: name, remove: () => swas().deleteKeyPairs({ keyPairNames: [name] }) });
  }

  it('creates a key pair, attaches it, detaches it and deletes it; then it is gone @smoke @regression', async () => {
    const api = swas();
    const name = keyName();
    const created = await api.createKeyPair({ keyPairName: name });
    track(name);
    expect(created.body.KeyPairName).toBe(name);
    expect(looksLikePrivateKey(created.body.PrivateKeyBody)).toBe(true);

    const fresh = await listed(name);
    expect(fresh?.PublicKey).toMatch(/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+) [A-Za-z0-9+/=]+/);
    expect(fresh?.InstanceIds ?? []).toEqual([]);

    // Put the instance's own key pair back afterwards: attaching replaces it.
    const original = await attachedTo(instanceId);
    if (original) {
      resources.track({ product: 'swas', kind: 'KeyPairAttachment', id: `${original}@${instanceId}`, remove: () => api.attachKeyPair({ keyPairName: original, instanceIds: [instanceId] }) });
    }
    const attached = await api.attachKeyPair({ keyPairName: name, instanceIds: [instanceId] });
    expect(attached.body).toMatchObject({ TotalCount: 1, FailCount: 0 });
    expect(attached.body.Results?.[0]).toMatchObject({ InstanceId: instanceId, Success: 'true' });
    resources.track({ product: 'swas', kind: 'KeyPairAttachment', id: `${name}@${instanceId}`, remove: () => api.detachKeyPair({ keyPairName: name, instanceIds: [instanceId] }) });
    expect((await listed(name))?.InstanceIds).toEqual([instanceId]);

    // An attached key pair cannot be deleted.
    await expect(api.deleteKeyPairs({ keyPairNames: [name] })).rejects.toMatchApiError({ code: 'InvalidParameter.KeypairAlreadyAttachedInstance', status: 400 });

    const detached = await api.detachKeyPair({ keyPairName: name, instanceIds: [instanceId] });
    resources.forget('swas', 'KeyPairAttachment', `${name}@${instanceId}`);
    expect(detached.body).toMatchObject({ TotalCount: 1, FailCount: 0 });
    expect((await listed(name))?.InstanceIds ?? []).toEqual([]);

    await api.deleteKeyPairs({ keyPairNames: [name] });
    resources.forget('swas', 'KeyPair', name);
    expect(await listed(name)).toBeUndefined();
    await expect(api.deleteKeyPairs({ keyPairNames: [name] })).rejects.toMatchApiError(NOT_FOUND);
  });

  it('refuses a second key pair with the same name @regression', async () => {
    const name = keyName();
    await swas().createKeyPair({ keyPairName: name });
    track(name);
    await expect(swas().createKeyPair({ keyPairName: name })).rejects.toMatchApiError({ code: 'KeyPairNameAlreadyExist', status: 400 });
  });

  it('refuses a name that does not start with a letter @regression', async () => {
    await expect(swas().createKeyPair({ keyPairName: `1${keyName()}` })).rejects.toMatchApiError(INVALID_VALUE);
  });
});

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'ImportKeyPair' }, () => {
  const resources = useResources();

  it('imports an OpenSSH public key, lists it with that key, deletes it @regression', async () => {
    const name = keyName();
    const publicKey = newSshPublicKey(name);
    const r = await swas().importKeyPair({ keyPairName: name, publicKeyBody: publicKey });
    resources.track({ product: 'swas', kind: 'KeyPair', id: name, remove: () => swas().deleteKeyPairs({ keyPairNames: [name] }) });
    expect(r.body.KeyPairName).toBe(name);
    expect((await listed(name))?.PublicKey?.split(' ').slice(0, 2)).toEqual(publicKey.split(' ').slice(0, 2));
  });

  it('refuses a body that is not a public key @regression', async () => {
    await expect(swas().importKeyPair({ keyPairName: keyName(), publicKeyBody: 'not a key' })).rejects.toMatchApiError(INVALID_VALUE);
  });
});

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'ListKeyPairs' }, () => {
  it('pages through the key pairs with consistent counts @regression', async () => {
    const first = await swas().listKeyPairs({ pageSize: 1, pageNumber: 1 });
    expect(first.body.PageSize).toBe(1);
    expect(first.body.PageNumber).toBe(1);
    expect((first.body.KeyPairs ?? []).length).toBeLessThanOrEqual(1);
    expect(first.body.TotalCount).toBeGreaterThanOrEqual((first.body.KeyPairs ?? []).length);
  });

  it('lists nothing for a name no key pair has @regression', async () => {
    const r = await swas().listKeyPairs({ keyPairName: keyName() });
    expect(r.body.KeyPairs ?? []).toEqual([]);
  });

  it('refuses a page number below 1 @regression', async () => {
    await expect(swas().listKeyPairs({ pageNumber: 0 }, { validate: false })).rejects.toMatchApiError(INVALID_VALUE);
  });
});

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'DeleteKeyPairs' }, () => {
  it('refuses a key pair that does not exist @regression', async () => {
    await expect(swas().deleteKeyPairs({ keyPairNames: [keyName()] })).rejects.toMatchApiError(NOT_FOUND);
  });
});

/** A fresh key pair deleted after the block. */
async function trackedKeyPair(resources: ReturnType<typeof useResources>): Promise<string> {
  const name = keyName();
  await swas().createKeyPair({ keyPairName: name });
  resources.track({ product: 'swas', kind: 'KeyPair', id: name, remove: () => swas().deleteKeyPairs({ keyPairNames: [name] }) });
  return name;
}

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'AttachKeyPair' }, () => {
  const resources = useResources();
  it('refuses a key pair that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().attachKeyPair({ keyPairName: keyName(), instanceIds: [instanceId] })).rejects.toMatchApiError(NOT_FOUND);
  });

  it('reports an instance that does not exist as a failed item @regression', async () => {
    const name = await trackedKeyPair(resources);
    const r = await swas().attachKeyPair({ keyPairName: name, instanceIds: [MISSING_INSTANCE] });
    expect(r.body).toMatchObject({ TotalCount: 1, FailCount: 1 });
    expect(r.body.Results?.[0]).toMatchObject({ InstanceId: MISSING_INSTANCE, Success: 'false', Code: expect.stringMatching(/NotFound/) });
  });
});

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'DetachKeyPair' }, () => {
  const resources = useResources();
  it('refuses a key pair that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().detachKeyPair({ keyPairName: keyName(), instanceIds: [instanceId] })).rejects.toMatchApiError(NOT_FOUND);
  });

  it('reports an instance the key pair is not attached to as a failed item @regression', async () => {
    const instanceId = await sharedInstanceId();
    const name = await trackedKeyPair(resources);
    const r = await swas().detachKeyPair({ keyPairName: name, instanceIds: [instanceId] });
    expect(r.body).toMatchObject({ TotalCount: 1, FailCount: 1 });
    expect(r.body.Results?.[0]).toMatchObject({ InstanceId: instanceId, Success: 'false' });
  });
});
