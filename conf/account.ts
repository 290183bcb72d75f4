/**
 * Resolves a named account of an environment into the settings a client needs: region, endpoint,
 * signature, timeouts, retry, rate limit and the AccessKey (read from the shell at this moment,
 * never stored in the profile). `credentials: undefined` means "use the default credential chain".
 */
import { ConfigError } from './errors';
import type { Environment } from './load';
import type { RateLimitConfig, RetryConfig } from './schema';

export const DEFAULT_ACCOUNT = 'main';

export interface AccessKey {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

export interface AccountSettings {
  readonly env: string;
  readonly account: string;
  readonly regionId: string;
  readonly endpoint?: string | Readonly<Record<string, string>>;
  readonly signatureVersion: 'v3' | 'v1';
  readonly timeoutMs: number;
  readonly retry: Readonly<RetryConfig>;
  readonly rateLimit?: Readonly<RateLimitConfig>;
  /** Undefined: the standard Alibaba Cloud credential chain decides. */
  readonly credentials?: AccessKey;
}

export function resolveAccount(env: Environment, account: string = DEFAULT_ACCOUNT, shell: NodeJS.ProcessEnv = process.env): AccountSettings {
  const config = env.accounts[account];
  if (!config) {
    throw new ConfigError(env.file, `accounts.${account}`, `is not defined: known accounts are ${Object.keys(env.accounts).join(', ')}. Add it to the profile or ask for one of those.`);
  }
  return {
    env: env.name,
    account,
    regionId: config.regionId ?? env.regionId,
    endpoint: resolveEndpoint(env, shell),
    signatureVersion: env.signatureVersion,
    timeoutMs: env.timeoutMs,
    retry: resolveRetry(env, shell),
    rateLimit: env.rateLimit,
    credentials: readCredentials(env, account, shell),
  };
}

/**
 * CLOUDCASE_RETRY_ATTEMPTS (set by `cloudcase run --retry-attempts <n>`) overrides the profile's
 * retry budget for one run: a night against a flaky account, or a fault-injected run, needs a budget
 * sized for its failure rate (at 15 % failing attempts, 3 attempts leave 0.3 % of calls failing, 6 leave 0.001 %).
 */
export function resolveRetry(env: Environment, shell: NodeJS.ProcessEnv = process.env): Readonly<RetryConfig> {
  const raw = shell.CLOUDCASE_RETRY_ATTEMPTS;
  if (raw === undefined || raw === '') return env.retry;
  const attempts = Number(raw);
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 20) {
    throw new ConfigError('--retry-attempts (CLOUDCASE_RETRY_ATTEMPTS)', 'retry.maxAttempts', `must be a whole number of attempts from 1 to 20 (1 = no retry), got '${raw}'`);
  }
  return { ...env.retry, maxAttempts: attempts };
}

/** CLOUDCASE_ENDPOINT wins; a simulator profile has no endpoint of its own until the simulator runs. */
export function resolveEndpoint(env: Environment, shell: NodeJS.ProcessEnv = process.env): string | Record<string, string> | undefined {
  const override = shell.CLOUDCASE_ENDPOINT;
  if (override) return override;
  if (env.simulator) {
    throw new ConfigError(
      env.file,
      'endpoint',
      `is the embedded simulator's URL, known only once it runs: use \`cloudcase run --env ${env.name}\` (it starts the simulator), ` +
        `or start \`cloudcase simulator\` and export CLOUDCASE_ENDPOINT=<the URL it prints>`,
    );
  }
  return env.endpoint;
}

function readCredentials(env: Environment, account: string, shell: NodeJS.ProcessEnv): AccessKey | undefined {
  const c = env.accounts[account].credentials;
  const key = `accounts.${account}.credentials`;
  switch (c.source) {
    case 'simulator':
      return { accessKeyId: c.accessKeyId as string, accessKeySecret: c.accessKeySecret as string };
    case 'default-chain':
      return undefined;
    case 'env': {
      const missing = [c.accessKeyIdEnv, c.accessKeySecretEnv].filter((name): name is string => !!name && !shell[name]);
      if (missing.length > 0) {
        throw new ConfigError(
          env.file,
          key,
          `reads the AccessKey of account '${account}' from environment variable${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}, ` +
            `which ${missing.length > 1 ? 'are' : 'is'} not set: export ${missing.length > 1 ? 'them' : 'it'} (in CI: from the secret store)`,
        );
      }
      const token = c.securityTokenEnv ? shell[c.securityTokenEnv] : undefined;
      return {
        accessKeyId: shell[c.accessKeyIdEnv as string] as string,
        accessKeySecret: shell[c.accessKeySecretEnv as string] as string,
        ...(token ? { securityToken: token } : {}),
      };
    }
  }
}

/** What the embedded simulator must accept for a simulator profile: each account's key, its account and its denied actions. */
export function simulatorAccessKeys(env: Environment): Record<string, { secret: string; account?: string; deny?: string[] }> {
  const keys: Record<string, { secret: string; account?: string; deny?: string[] }> = {};
  for (const [name, a] of Object.entries(env.accounts)) {
    if (a.credentials.source !== 'simulator') continue;
    keys[a.credentials.accessKeyId as string] = {
      secret: a.credentials.accessKeySecret as string,
      account: a.simulator?.account ?? name,
      ...(a.simulator?.deny?.length ? { deny: [...a.simulator.deny] } : {}),
    };
  }
  return keys;
}
