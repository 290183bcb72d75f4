/**
 * Signatures, checked by an independent verifier (helpers/verify-signature.ts: node crypto only)
 * on requests captured by a local server: ours in v3 and v1, with and without an STS token, and the
 * official SDK's for the same calls. Tampering one parameter or using the wrong secret fails.
 */
import * as $swas from '@alicloud/swas-open20200601';
import { createClient, EcsApi, SwasApi, type Client } from '../../index';
import { startCaptureServer, queryOf, type CaptureServer, type Captured } from '../support/capture-server';
import { sdkSwas } from './helpers/sdk';
import { tamper, verify, verifyAcs3, verifyV1 } from './helpers/verify-signature';

const AK = 'test-ak-id';
const SK = 'test-ak-secret-1';
const TOKEN = 'sts-token-abc/+=';
const TRANSPORT_HEADERS = new Set(['accept', 'accept-encoding', 'user-agent', 'connection', 'content-length', 'authorization']);

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

const last = (): Captured => server.requests[server.requests.length - 1];

/** A command with every character class that percent-encoding can get wrong. */
const tricky = {
  instanceId: 'i-aaa',
  name: 'n1',
  commandContent: "echo 'hi' && ls *.txt (x)!~ 中文 a+b=c/d?e#f%20",
  parameters: { name: 'v a', count: 3, nested: { k: 'v*' } },
  enableParameter: true,
  timeout: 60,
};

describe.each([
  ['v3', undefined],
  ['v3', TOKEN],
  ['v1', undefined],
  ['v1', TOKEN],
] as const)('our client, signature %s, STS token %s', (signatureVersion, securityToken) => {
  let client: Client;
  beforeAll(() => {
    client = createClient({ endpoint: server.url, regionId: 'cn-hangzhou', accessKeyId: AK, accessKeySecret: SK, securityToken, signatureVersion });
  });
  afterAll(() => client.close());
  const check = signatureVersion === 'v3' ? verifyAcs3 : verifyV1;

  it('signs SWAS RunCommand with awkward characters so that the verifier accepts it', async () => {
    await new SwasApi(client).runCommand(tricky);
    const req = last();
    expect(check(req, SK)).toBe(true);
    expect(check(req, 'another-secret')).toBe(false);
    expect(check(tamper(req, 'InstanceId', 'i-bbb'), SK)).toBe(false);
    expect(queryOf(req).CommandContent).toBe(tricky.commandContent);
  });

  it('signs a GET action (SWAS ListKeyPairs) and an ECS action with lists', async () => {
    await new SwasApi(client).listKeyPairs({ keyPairName: 'k p' });
    expect(last().method).toBe('GET');
    expect(check(last(), SK)).toBe(true);
    await new EcsApi(client).describeImages({ filter: [{ key: 'CreationStartTime', value: '2024-01-01T00:00Z' }], tag: [{ key: 'k', value: 'v 2' }] });
    expect(check(last(), SK)).toBe(true);
    expect(check(tamper(last(), 'Tag.1.Value', 'v 3'), SK)).toBe(false);
  });

  it('sends the security token the scheme wants, and nothing unsigned', async () => {
    await new SwasApi(client).listInstances();
    const req = last();
    if (signatureVersion === 'v3') {
      expect(req.headers['x-acs-security-token']).toBe(securityToken);
      const signed = /SignedHeaders=([^,]+)/.exec(String(req.headers.authorization))![1].split(';');
      const sent = Object.keys(req.headers).filter((h) => !TRANSPORT_HEADERS.has(h));
      expect(sent.filter((h) => !signed.includes(h))).toEqual([]);
      expect(signed).toEqual(expect.arrayContaining(['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']));
    } else {
      expect(queryOf(req).SecurityToken).toBe(securityToken);
      expect(Object.keys(req.headers).filter((h) => !TRANSPORT_HEADERS.has(h) && h !== 'host')).toEqual([]);
    }
    if (!securityToken) expect(req.headers['x-acs-security-token'] ?? queryOf(req).SecurityToken).toBeUndefined();
    expect(req.headers['content-type']).toBeUndefined();
    expect(req.body).toBe('');
  });

  it('signs each request with a fresh nonce', async () => {
    const api = new SwasApi(client);
    await api.listInstances();
    await api.listInstances();
    const [a, b] = server.requests.slice(-2);
    const nonce = (r: Captured) => r.headers['x-acs-signature-nonce'] ?? queryOf(r).SignatureNonce;
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(verify(a, SK) && verify(b, SK)).toBe(true);
  });
});

describe.each([
  ['v3', undefined],
  ['v3', TOKEN],
  ['v1', undefined],
  ['v1', TOKEN],
] as const)('the official SDK, signature %s, STS token %s (the verifier is not tailored to our signer)', (signature, securityToken) => {
  it('is accepted by the same verifier, and rejected once tampered', async () => {
    const sdk = sdkSwas({ host: server.host, accessKeyId: AK, accessKeySecret: SK, securityToken, signature });
    await sdk.runCommand(new $swas.RunCommandRequest({ regionId: 'cn-hangzhou', ...tricky, type: 'RunShellScript' }));
    const req = last();
    const check = signature === 'v3' ? verifyAcs3 : verifyV1;
    expect(check(req, SK)).toBe(true);
    expect(check(tamper(req, 'Name', 'n2'), SK)).toBe(false);
    expect(check(req, 'another-secret')).toBe(false);
  });
});
