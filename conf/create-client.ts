/**
 * `createClient({ env, account })`: a client for a named account of an environment profile.
 * The profile gives region, endpoint, signature version, timeout, retry, rate limit and the
 * AccessKey (read from the shell now); explicit options win over it. Without `env` and `account`
 * this is core's createClient unchanged.
 */
import { createClient as coreCreateClient, type Client, type ClientOptions } from '../core/client';
import { resolveAccount, type AccountSettings } from './account';
import { loadEnvironment } from './load';

export interface EnvClientOptions extends ClientOptions {
  /** An environment profile in conf/ (local, staging, …); default CLOUDCASE_ENV, else local, when `account` is given. */
  env?: string;
  /** A named account of the profile: main (default), second, ram-limited, … */
  account?: string;
}

/** The client options of a resolved account. */
export function clientOptionsFor(settings: AccountSettings): ClientOptions {
  const rateLimit = settings.rateLimit;
  return {
    regionId: settings.regionId,
    ...(settings.endpoint !== undefined ? { endpoint: settings.endpoint } : {}),
    signatureVersion: settings.signatureVersion,
    timeoutMs: settings.timeoutMs,
    retry: { ...settings.retry },
    ...(rateLimit ? { rateLimit: { ...(rateLimit.default ? { default: { ...rateLimit.default } } : {}), ...(rateLimit.actions ? { actions: { ...rateLimit.actions } } : {}) } } : {}),
    ...(settings.credentials ? { ...settings.credentials } : {}),
  };
}

/** Client options for an account of an environment (default: CLOUDCASE_ENV or local; account main). */
export function environmentClientOptions(env?: string, account?: string): ClientOptions {
  return clientOptionsFor(resolveAccount(loadEnvironment(env), account));
}

export function createClient(options: EnvClientOptions = {}): Client {
  const { account, env, ...explicit } = options;
  if (env === undefined && account === undefined) return coreCreateClient(explicit);
  const defined = Object.fromEntries(Object.entries(explicit).filter(([, v]) => v !== undefined)) as ClientOptions;
  return coreCreateClient({ ...environmentClientOptions(env, account), ...defined });
}
