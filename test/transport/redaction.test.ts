/**
 * Secrets never reach a report, a log line or an error text. The first test makes calls that carry
 * known secrets (AccessKey secret, STS token, a sensitive parameter, a private key in a response)
 * through success, retries, API errors that echo them, v1 query signatures and a validation error;
 * the second reads what allure-jest wrote for it, the captured logs and the error texts, and finds
 * none of the secrets — and does find the step, its attachments and the `***` marks, so the search
 * cannot pass on an empty report.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import { Action, createClient, Param, swasModels, type Client } from '../../index';
import { queryOf, startCaptureServer, type CaptureServer } from '../support/capture-server';

@Action({ product: swasModels.SWAS, action: 'ResetPassword' })
class ResetPasswordModel {
  @Param({ wire: 'RegionId', type: 'string', required: true })
  regionId!: string;
  @Param({ wire: 'InstanceId', type: 'string', required: true })
  instanceId!: string;
  @Param({ wire: 'Password', type: 'string', sensitive: true, minLength: 8 })
  password?: string;
  @Param({ wire: 'ClientToken', type: 'string' })
  clientToken?: string;
}

const tag = randomUUID().slice(0, 8);
const SECRETS = {
  accessKeySecret: `SK-${tag}-secret`,
  securityToken: `TOKEN-${tag}-sts/+=`,
  password: `Pw-${tag} &'*!`,
  privateKey: `-----BEGIN KEY ${tag}-----`,
};
const STEP = 'SWAS ResetPassword';

const logs: string[] = [];
const errorTexts: string[] = [];
const signatures: string[] = [];
let server: CaptureServer;
let flakyHits = 0;

beforeAll(async () => {
  server = await startCaptureServer((req, n) => {
    const q = queryOf(req);
    if (q.Signature) signatures.push(q.Signature);
    const auth = /Signature=([0-9a-f]+)/.exec(String(req.headers.authorization ?? ''));
    if (auth) signatures.push(auth[1]);
    const echoed = q.Password ?? '';
    switch (q.InstanceId) {
      case 'ok':
        return { body: { RequestId: `r${n}`, PrivateKeyBody: SECRETS.privateKey, Note: 'fine' } };
      case 'flaky':
        return ++flakyHits % 2 ? { status: 503, body: { RequestId: `r${n}`, Code: 'ServiceUnavailable', Message: `busy, password ${echoed}` } } : { body: { RequestId: `r${n}` } };
      case 'echo':
        return { status: 400, body: { RequestId: `r${n}`, Code: 'InvalidPassword', Message: `The password '${echoed}' is too weak`, Recommend: echoed } };
      default:
        // a server that quotes its string to sign, where v1 double-encodes every value
        return { status: 400, body: { RequestId: `r${n}`, Code: 'SignatureDoesNotMatch', Message: `server string to sign is: POST&%2F&${encodeURIComponent(req.url)}` } };
    }
  });
});
afterAll(() => server.close());

function clientFor(signatureVersion: 'v3' | 'v1'): Client {
  return createClient({
    endpoint: server.url, regionId: 'cn-hangzhou', accessKeyId: `AK-${tag}`,
    accessKeySecret: SECRETS.accessKeySecret, securityToken: SECRETS.securityToken, signatureVersion,
    retry: { baseDelayMs: 1 },
    logger: { debug: (l) => logs.push(l), warn: (l) => logs.push(l) },
  });
}

async function record(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (e) {
    errorTexts.push(String(e), (e as Error).stack ?? '', inspect(e, { depth: 10 }), JSON.stringify(e));
  }
}

it('makes calls carrying secrets: success, retries, echoed errors, v1, a validation error', async () => {
  const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' '))),
  );
  try {
    for (const v of ['v3', 'v1'] as const) {
      const client = clientFor(v);
      const call = (instanceId: string, password = SECRETS.password) => client.send(ResetPasswordModel, { instanceId, password }, { clientToken: 'tok' });
      await record(call('ok'));
      await record(call('flaky'));
      await record(call('echo'));
      await record(call('mismatch'));
      await record(call('ok', 'short')); // InvalidParameter, before any I/O
      client.close();
    }
  } finally {
    consoleSpies.forEach((s) => s.mockRestore());
  }
  expect(errorTexts.length).toBeGreaterThan(0);
  expect(signatures.length).toBeGreaterThanOrEqual(10);
  expect(logs.some((l) => l.includes('retrying'))).toBe(true);
});

interface StepJson {
  name: string;
  status?: string;
  steps: StepJson[];
  attachments: { name: string; source: string }[];
}

it('leaves no secret in allure-results, logs or error texts', () => {
  const dir = resolve(process.cwd(), process.env.ALLURE_RESULTS_DIR || 'allure-results');
  const files = readdirSync(dir).map((f) => join(dir, f));
  const mine = files
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as { name: string; steps: StepJson[] })
    .filter((r) => r.name.startsWith('makes calls carrying secrets') && JSON.stringify(r).includes(STEP));
  expect(mine.length).toBeGreaterThanOrEqual(1);
  const result = mine[mine.length - 1];
  const steps = result.steps.filter((s) => s.name === STEP);
  expect(steps).toHaveLength(10);
  const attachmentsOf = (s: StepJson) => s.steps.flatMap((c) => c.attachments).concat(s.attachments);
  const names = steps.flatMap((s) => attachmentsOf(s).map((a) => a.name));
  expect(names).toEqual(expect.arrayContaining(['request', 'response', 'error']));
  expect(steps.some((s) => s.steps.some((c) => c.name.startsWith('attempt 1 of 3 failed: ServiceUnavailable (HTTP 503)')))).toBe(true);
  const firstRequest = readFileSync(join(dir, attachmentsOf(steps[0]).find((a) => a.name === 'request')!.source), 'utf8');
  expect(JSON.parse(firstRequest)).toMatchObject({ method: 'POST', params: { Password: '***', InstanceId: 'ok' }, headers: { authorization: '***', 'x-acs-security-token': '***' } });
  expect(firstRequest).not.toContain('Signature=');

  const everything = [...files.map((f) => readFileSync(f, 'utf8')), ...logs, ...errorTexts];
  const forms = (s: string) => [s, encodeURIComponent(s), encodeURIComponent(encodeURIComponent(s)), JSON.stringify(s).slice(1, -1)];
  for (const secret of [...Object.values(SECRETS), ...signatures].flatMap(forms)) {
    const hits = everything.filter((text) => text.includes(secret));
    expect({ secret, hits: hits.length }).toEqual({ secret, hits: 0 });
  }
});
