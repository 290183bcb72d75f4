/** Environment profiles (conf/<env>.yaml): loading, validation and account resolution. */
export { loadEnvironment, listEnvironments, parseProfile, profileDir, DEFAULT_ENV, type Environment, type LoadOptions } from './load';
export { resolveAccount, resolveEndpoint, resolveRetry, simulatorAccessKeys, DEFAULT_ACCOUNT, type AccountSettings, type AccessKey } from './account';
export { ConfigError, ConfigErrors } from './errors';
export { KNOWN_TAGS, type TestTag, type CredentialSource } from './schema';
