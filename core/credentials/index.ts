/**
 * Where a call's AccessKey comes from: the client's own options, a provider the caller supplies,
 * or the standard Alibaba Cloud chain (`@alicloud/credentials`: environment variables, OIDC, CLI
 * profile, credentials file, ECS RAM role, credentials URI). The chain is asked per attempt, so
 * expiring STS credentials it refreshes are picked up.
 */

export interface Credentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS security token, for temporary credentials. */
  readonly securityToken?: string;
}

/** Anything that can hand out credentials; implement it to plug in a vault or a custom STS flow. */
export interface CredentialProvider {
  getCredentials(): Credentials | Promise<Credentials>;
}

export interface CredentialOptions {
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  /** A provider to use instead of the options above and the default chain. */
  credentials?: CredentialProvider;
}

/** The sources the default chain tries, in order, for the error a user reads when all of them fail. */
export const CREDENTIAL_SOURCES: readonly string[] = [
  'the accessKeyId/accessKeySecret client options',
  'environment variables ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET (+ ALIBABA_CLOUD_SECURITY_TOKEN)',
  'an OIDC role (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE)',
  'the Alibaba Cloud CLI profile ~/.aliyun/config.json (ALIBABA_CLOUD_PROFILE)',
  'the credentials file ~/.alibabacloud/credentials (ALIBABA_CLOUD_CREDENTIALS_FILE, ALIBABA_CLOUD_PROFILE)',
  'the ECS instance RAM role from the metadata service (ALIBABA_CLOUD_ECS_METADATA)',
  'a credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)',
];

export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
  readonly code = 'MissingCredentials';
  /** What was tried, in order. */
  readonly sources: readonly string[];

  constructor(reason: string, sources: readonly string[] = CREDENTIAL_SOURCES) {
    super(
      `No usable Alibaba Cloud credentials: ${reason}. Tried: ${sources.join('; ')}. ` +
        'Pass accessKeyId and accessKeySecret to createClient, or set up one of these sources.',
    );
    this.sources = sources;
  }
}

export function credentialProviderFor(options: CredentialOptions): CredentialProvider {
  if (options.credentials) return options.credentials;
  const { accessKeyId, accessKeySecret, securityToken } = options;
  if (accessKeyId || accessKeySecret) {
    if (!accessKeyId || !accessKeySecret) {
      throw new CredentialsError(`${accessKeyId ? 'accessKeySecret' : 'accessKeyId'} is missing while the other is given`, [
        CREDENTIAL_SOURCES[0],
      ]);
    }
    return staticCredentials({ accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) });
  }
  return defaultCredentialChain();
}

export function staticCredentials(credentials: Credentials): CredentialProvider {
  const frozen = Object.freeze({ ...credentials });
  return { getCredentials: () => frozen };
}

interface ChainProvider {
  getCredentials(): Promise<{ accessKeyId?: string; accessKeySecret?: string; securityToken?: string }>;
}

/** The standard chain of `@alicloud/credentials`, loaded on first use. */
export function defaultCredentialChain(): CredentialProvider {
  let chain: ChainProvider | undefined;
  return {
    async getCredentials() {
      chain ??= await loadChain();
      let found: Awaited<ReturnType<ChainProvider['getCredentials']>>;
      try {
        found = await chain.getCredentials();
      } catch (e) {
        chain = undefined; // the library remembers its last provider even after a failure: start afresh next time
        throw new CredentialsError(`the default chain found none (${e instanceof Error ? e.message : String(e)})`);
      }
      if (!found.accessKeyId || !found.accessKeySecret) throw new CredentialsError('the default chain returned an empty AccessKey');
      return {
        accessKeyId: found.accessKeyId,
        accessKeySecret: found.accessKeySecret,
        ...(found.securityToken ? { securityToken: found.securityToken } : {}),
      };
    },
  };
}

async function loadChain(): Promise<ChainProvider> {
  const lib = await import('@alicloud/credentials');
  return lib.DefaultCredentialsProvider.builder().build() as ChainProvider;
}
