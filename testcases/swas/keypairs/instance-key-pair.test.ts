// SWAS per-instance key pair (the older API: one key pair held by the instance itself), on the shared
// instance: create → describe → delete → gone; upload → describe → delete. The private key returned by
// CreateInstanceKeyPair is a secret: only its form is checked.
import { ApiError } from '../../../core/errors';
import { apiSuite, resourceName, swas, useResources } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { INVALID_VALUE, NOT_FOUND } from '../../support/swas/error-codes';
import { looksLikePrivateKey, newSshPublicKey } from '../../support/swas/ssh-keys';

const MISSING_INSTANCE = 'cc0000000000000000000000notexist';

/** The instance's key pair, or undefined when it has none. */
async function instanceKeyPair(instanceId: string) {
  try {
    return (await swas().describeInstanceKeyPair({ instanceId })).body;
  } catch (e) {
    if (e instanceof ApiError && NOT_FOUND.test(e.code)) return undefined;
    throw e;
  }
}

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'CreateInstanceKeyPair' }, () => {
  const resources = useResources();
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await sharedInstanceId();
    // A key pair someone left on the instance is not ours to delete: say so rather than break it.
    if (await instanceKeyPair(instanceId)) throw new Error(`instance ${instanceId} already holds an instance key pair; these tests need one without`);
  });

  function track(): void {
    resources.track({ product: 'swas', kind: 'InstanceKeyPair', id: instanceId, remove: () => swas().deleteInstanceKeyPair({ instanceId }) });
  }

  it('creates the instance key pair, describes it, refuses a second one, deletes it; then it is gone @smoke @regression', async () => {
    const name = resourceName('ikp');
    const created = await swas().createInstanceKeyPair({ instanceId, keyPairName: name });
    track();
    expect(created.body.KeyPairName).toBe(name);
    expect(created.body.Fingerprint).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2})+$/);
    expect(looksLikePrivateKey(created.body.PrivateKey)).toBe(true);

    expect(await instanceKeyPair(instanceId)).toMatchObject({ KeyPairName: name, Fingerprint: created.body.Fingerprint });
    await expect(swas().createInstanceKeyPair({ instanceId, keyPairName: resourceName('ikp') })).rejects.toMatchApiError(/Exist/i);

    await swas().deleteInstanceKeyPair({ instanceId });
    resources.forget('swas', 'InstanceKeyPair', instanceId);
    expect(await instanceKeyPair(instanceId)).toBeUndefined();
    await expect(swas().deleteInstanceKeyPair({ instanceId })).rejects.toMatchApiError(NOT_FOUND);
  });

  it('uploads a public key as the instance key pair, describes it, deletes it @regression', async () => {
    const name = resourceName('ikp');
    await swas().uploadInstanceKeyPair({ instanceId, keyPairName: name, publicKey: newSshPublicKey(name) });
    track();
    const described = await instanceKeyPair(instanceId);
    expect(described?.KeyPairName).toBe(name);
    expect(described?.Fingerprint).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2})+$/);
    await swas().deleteInstanceKeyPair({ instanceId });
    resources.forget('swas', 'InstanceKeyPair', instanceId);
    expect(await instanceKeyPair(instanceId)).toBeUndefined();
  });

  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().createInstanceKeyPair({ instanceId: MISSING_INSTANCE, keyPairName: resourceName('ikp') })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'UploadInstanceKeyPair' }, () => {
  it('refuses a body that is not a public key @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().uploadInstanceKeyPair({ instanceId, keyPairName: resourceName('ikp'), publicKey: 'ssh-rsa ???' })).rejects.toMatchApiError(INVALID_VALUE);
  });
});

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'DescribeInstanceKeyPair' }, () => {
  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().describeInstanceKeyPair({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
  });
});

apiSuite({ product: 'swas', feature: 'Key pairs', action: 'DeleteInstanceKeyPair' }, () => {
  it('refuses an instance that does not exist @regression', async () => {
    await expect(swas().deleteInstanceKeyPair({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
  });
});
