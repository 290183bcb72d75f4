/** Where credentials come from: options, a provider, or the standard chain; and the error when none is found. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, CredentialsError, SwasApi, type CredentialProvider } from '../../index';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { verifyAcs3 } from './helpers/verify-signature';

let server: CaptureServer;
const saved = { ...process.env };
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());
beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('ALIBABA_CLOUD_')) delete process.env[k];
  // Keep the chain off this machine's real files and metadata service.
  process.env.HOME = mkdtempSync(join(tmpdir(), 'cloudcase-home-'));
  process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = 'true';
});
afterEach(() => {
  process.env = { ...saved };
});

const last = () => server.requests[server.requests.length - 1];
const clientWith = (o: Parameters<typeof createClient>[0] = {}) => createClient({ endpoint: server.url, regionId: 'cn-hangzhou', retry: false, ...o });

it('uses the standard chain: environment variables, STS token included', async () => {
  process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'env-ak';
  process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'env-sk';
  process.env.ALIBABA_CLOUD_SECURITY_TOKEN = 'env-token';
  const client = clientWith();
  await new SwasApi(client).listInstances();
  expect(String(last().headers.authorization)).toContain('Credential=env-ak,');
  expect(last().headers['x-acs-security-token']).toBe('env-token');
  expect(verifyAcs3(last(), 'env-sk')).toBe(true);
  client.close();
});

it('uses the standard chain: the credentials file named by ALIBABA_CLOUD_CREDENTIALS_FILE', async () => {
  const file = join(process.env.HOME!, 'credentials.ini');
  writeFileSync(file, '[default]\ntype = access_key\naccess_key_id = file-ak\naccess_key_secret = file-sk\n');
  process.env.ALIBABA_CLOUD_CREDENTIALS_FILE = file;
  const client = clientWith();
  await new SwasApi(client).listInstances();
  expect(verifyAcs3(last(), 'file-sk')).toBe(true);
  client.close();
});

it('names every source it tried when none has credentials', async () => {
  const client = clientWith();
  const e = await new SwasApi(client).listInstances().catch((x: unknown) => x);
  expect(e).toBeInstanceOf(CredentialsError);
  const message = (e as Error).message;
  for (const source of ['accessKeyId/accessKeySecret', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'OIDC', '~/.aliyun/config.json', '~/.alibabacloud/credentials', 'ECS instance RAM role', 'ALIBABA_CLOUD_CREDENTIALS_URI']) {
    expect(message).toContain(source);
  }
  expect((e as CredentialsError).code).toBe('MissingCredentials');
  client.close();
});

it('explicit options win over the chain', async () => {
  process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'env-ak';
  process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'env-sk';
  const client = clientWith({ accessKeyId: 'opt-ak', accessKeySecret: 'opt-sk' });
  await new SwasApi(client).listInstances();
  expect(verifyAcs3(last(), 'opt-sk')).toBe(true);
  client.close();
});

it('refuses half an AccessKey at once', () => {
  expect(() => clientWith({ accessKeyId: 'only-id' })).toThrow(/accessKeySecret is missing/);
});

it('asks a custom provider on every attempt, so rotated credentials are used', async () => {
  let n = 0;
  const provider: CredentialProvider = { getCredentials: async () => ({ accessKeyId: `rot-${++n}`, accessKeySecret: `rot-sk-${n}` }) };
  server.respondWith(() => (n === 1 ? { status: 503, body: { Code: 'ServiceUnavailable' } } : { body: { RequestId: 'ok' } }));
  const client = clientWith({ credentials: provider, retry: { baseDelayMs: 1 } });
  const res = await new SwasApi(client).listInstances();
  expect(res.attempts).toBe(2);
  expect(verifyAcs3(last(), 'rot-sk-2')).toBe(true);
  client.close();
});
