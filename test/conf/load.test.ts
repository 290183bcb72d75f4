import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, ConfigErrors, listEnvironments, loadEnvironment, parseProfile, resolveAccount, resolveRetry, simulatorAccessKeys } from '../../conf';

const VALID = `
name: qa
regionId: cn-hangzhou
regions: [cn-hangzhou]
signatureVersion: v3
timeoutMs: 5000
retry: { maxAttempts: 2 }
accounts:
  main:
    credentials: { source: env, accessKeyIdEnv: QA_AK_ID, accessKeySecretEnv: QA_AK_SECRET }
  chain:
    credentials: { source: default-chain }
resources:
  namePrefix: cc-test-
  tag: { key: cloudcase, value: test }
tags: { allowed: [smoke] }
`;

function problems(text: string, name = 'qa'): ConfigErrors {
  try {
    parseProfile(text, 'conf/qa.yaml', name);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigErrors);
    return e as ConfigErrors;
  }
  throw new Error('expected the profile to be rejected');
}

describe('shipped profiles', () => {
  it('local and staging load and validate', () => {
    expect(listEnvironments()).toEqual(expect.arrayContaining(['local', 'staging']));
    const local = loadEnvironment('local');
    expect(local.simulator).toBe(true);
    expect(Object.keys(local.accounts)).toEqual(['main', 'second', 'ram-limited']);
    const staging = loadEnvironment('staging');
    expect(staging.simulator).toBeUndefined();
    expect(Object.keys(staging.accounts)).toEqual(['main', 'second', 'ram-limited']);
    for (const a of Object.values(staging.accounts)) expect(a.credentials.source).not.toBe('simulator');
  });

  it('CLOUDCASE_ENV picks the profile, local is the default', () => {
    expect(loadEnvironment(undefined, { env: {} }).name).toBe('local');
    expect(loadEnvironment(undefined, { env: { CLOUDCASE_ENV: 'staging' } }).name).toBe('staging');
  });

  it('the local profile gives the simulator one key per account, with the RAM user denied actions', () => {
    const keys = simulatorAccessKeys(loadEnvironment('local'));
    expect(Object.keys(keys)).toHaveLength(3);
    const ram = Object.values(keys).find((k) => k.deny);
    expect(ram?.account).toBe('main');
    expect(ram?.deny).toContain('RunCommand');
  });
});

describe('profile validation', () => {
  it('accepts a valid profile', () => {
    const env = parseProfile(VALID, 'conf/qa.yaml', 'qa');
    expect(env.retry.maxAttempts).toBe(2);
    expect(env.file).toBe('conf/qa.yaml');
  });

  it('names file, key, line and a did-you-mean for a misspelt key', () => {
    const e = problems(VALID.replace('timeoutMs: 5000', 'timeoutMS: 5000'));
    const keys = e.errors.map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['timeoutMS', 'timeoutMs']));
    const typo = e.errors.find((x) => x.key === 'timeoutMS') as ConfigError;
    expect(typo.message).toContain('conf/qa.yaml');
    expect(typo.message).toContain("did you mean 'timeoutMs'");
    expect(typo.message).toContain('(line 6)');
  });

  it('explains a bad nested value with its dotted key', () => {
    const e = problems(VALID.replace('source: default-chain', 'source: keychain'));
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0].key).toBe('accounts.chain.credentials.source');
    expect(e.message).toMatch(/must be one of: simulator, env, default-chain.*line 12.*got "keychain"/);
  });

  it('rejects simulator keys outside a simulator profile (no secrets in real profiles)', () => {
    const e = problems(VALID.replace('{ source: default-chain }', '{ source: simulator, accessKeyId: a, accessKeySecret: b }'));
    expect(e.errors.map((x) => x.key)).toEqual(['accounts.chain.credentials.source']);
    expect(e.message).toContain('Never write a real secret');
  });

  it('requires a main account, an env-var NAME and a region listed in regions', () => {
    const text = VALID.replace('  main:', '  primary:')
      .replace('QA_AK_SECRET', 's3cret-value-not-a-name')
      .replace('regionId: cn-hangzhou', 'regionId: cn-beijing');
    const keys = problems(text).errors.map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['accounts.main', 'accounts.primary.credentials.accessKeySecretEnv', 'regionId']));
  });

  it('takes an optional default worker count, from 1 to 64', () => {
    expect(problems(VALID + 'workers: 0\n').errors.map((x) => x.key)).toEqual(['workers']);
    expect(problems(VALID + 'workers: 65\n').errors.map((x) => x.key)).toEqual(['workers']);
    expect(problems(VALID + 'workers: 2.5\n').errors.map((x) => x.key)).toEqual(['workers']);
  });

  it('rejects a profile whose name differs from its file', () => {
    expect(problems(VALID, 'other').errors.map((x) => x.key)).toEqual(['name']);
  });

  it('rejects unknown test tags and bad endpoints', () => {
    const text = VALID.replace('allowed: [smoke]', 'allowed: [smoke, flaky]') + 'endpoint: { ecs: not-a-url }\n';
    const keys = problems(text).errors.map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['tags.allowed', 'endpoint.ecs']));
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => parseProfile('name: qa\nregions: [a, b\n', 'conf/qa.yaml', 'qa')).toThrow(/conf\/qa.yaml: is not valid YAML \(line \d+/);
  });

  it('lists the known profiles when one is missing', () => {
    expect(() => loadEnvironment('prod')).toThrow(/no such environment profile 'prod'. Known: .*local.*staging/);
    expect(() => loadEnvironment('Bad Name')).toThrow(/not a valid environment name/);
  });

  it('loads from CLOUDCASE_CONF_DIR', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-conf-'));
    writeFileSync(path.join(dir, 'qa.yaml'), VALID);
    expect(loadEnvironment('qa', { env: { CLOUDCASE_CONF_DIR: dir } }).name).toBe('qa');
  });
});

describe('account resolution', () => {
  const env = parseProfile(VALID, 'conf/qa.yaml', 'qa');

  it('reads credentials from the named variables at resolution time', () => {
    const s = resolveAccount(env, 'main', { QA_AK_ID: 'id-1', QA_AK_SECRET: 'sk-1' });
    expect(s.credentials).toEqual({ accessKeyId: 'id-1', accessKeySecret: 'sk-1' });
    expect(s.regionId).toBe('cn-hangzhou');
    expect(resolveAccount(env, 'chain', {}).credentials).toBeUndefined();
  });

  it("takes the run's retry budget from CLOUDCASE_RETRY_ATTEMPTS over the profile's, and refuses a bad one", () => {
    const shell = { QA_AK_ID: 'id-1', QA_AK_SECRET: 'sk-1' };
    const profile = resolveAccount(env, 'main', shell).retry;
    const run = resolveAccount(env, 'main', { ...shell, CLOUDCASE_RETRY_ATTEMPTS: '6' }).retry;
    expect(run).toEqual({ ...profile, maxAttempts: 6 });
    for (const bad of ['0', '2.5', 'lots', '21']) {
      expect(() => resolveRetry(env, { CLOUDCASE_RETRY_ATTEMPTS: bad })).toThrow(`--retry-attempts (CLOUDCASE_RETRY_ATTEMPTS): 'retry.maxAttempts' must be a whole number of attempts from 1 to 20 (1 = no retry), got '${bad}'`);
    }
  });

  it('names the missing variable, never a value', () => {
    let message = '';
    try {
      resolveAccount(env, 'main', { QA_AK_ID: 'id-visible' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('QA_AK_SECRET');
    expect(message).not.toContain('id-visible');
  });

  it('rejects an unknown account, listing the known ones', () => {
    expect(() => resolveAccount(env, 'nobody', {})).toThrow(/accounts.nobody' is not defined: known accounts are main, chain/);
  });

  it('the simulator profile needs CLOUDCASE_ENDPOINT, which overrides any endpoint', () => {
    const local = loadEnvironment('local');
    expect(() => resolveAccount(local, 'main', {})).toThrow(/cloudcase run --env local/);
    expect(resolveAccount(local, 'main', { CLOUDCASE_ENDPOINT: 'http://127.0.0.1:9' }).endpoint).toBe('http://127.0.0.1:9');
  });
});
