/**
 * The shape of an environment profile (conf/<env>.yaml), as class-validator rules.
 * Each rule's message says how to fix the value; the loader adds the file and the key path.
 * Map-valued sections (accounts, testData) are validated entry by entry by the loader.
 */
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsNumber,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
  IsNotEmpty,
  IsObject,
} from 'class-validator';

/** Test tags the runner knows. `billing` never runs unless asked for by name. */
export const KNOWN_TAGS = ['smoke', 'regression', 'destructive', 'billing'] as const;
export type TestTag = (typeof KNOWN_TAGS)[number];

export const CREDENTIAL_SOURCES = ['simulator', 'env', 'default-chain'] as const;
export type CredentialSource = (typeof CREDENTIAL_SOURCES)[number];

const ENV_VAR = /^[A-Z_][A-Z0-9_]*$/;
const ENV_VAR_FIX = 'must be the NAME of an environment variable (UPPER_SNAKE_CASE), never the secret itself';

/**
 * Where an account's AccessKey comes from.
 * - `simulator`: a fixed simulator key pair (only in a profile with `simulator: true`; they open nothing real);
 * - `env`: named environment variables (CI secrets);
 * - `default-chain`: the standard Alibaba Cloud credential chain (env vars, ~/.aliyun/config.json profile, ECS RAM role, ...).
 */
export class CredentialConfig {
  @IsIn(CREDENTIAL_SOURCES, { message: `must be one of: ${CREDENTIAL_SOURCES.join(', ')}` })
  source!: CredentialSource;

  @ValidateIf((c: CredentialConfig) => c.source === 'simulator')
  @IsString({ message: 'is required for source "simulator": the simulator AccessKey id' })
  @IsNotEmpty({ message: 'is required for source "simulator": the simulator AccessKey id' })
  accessKeyId?: string;

  @ValidateIf((c: CredentialConfig) => c.source === 'simulator')
  @IsString({ message: 'is required for source "simulator": the simulator AccessKey secret (a simulator-only value)' })
  @IsNotEmpty({ message: 'is required for source "simulator": the simulator AccessKey secret (a simulator-only value)' })
  accessKeySecret?: string;

  @ValidateIf((c: CredentialConfig) => c.source === 'env')
  @Matches(ENV_VAR, { message: `${ENV_VAR_FIX} (required for source "env")` })
  accessKeyIdEnv?: string;

  @ValidateIf((c: CredentialConfig) => c.source === 'env')
  @Matches(ENV_VAR, { message: `${ENV_VAR_FIX} (required for source "env")` })
  accessKeySecretEnv?: string;

  @IsOptional()
  @Matches(ENV_VAR, { message: ENV_VAR_FIX })
  securityTokenEnv?: string;
}

/** How the embedded simulator treats an account's key (local profiles only). */
export class SimulatorAccountConfig {
  /** Keys with the same account share state (a RAM user of the main account names the main account). */
  @IsOptional()
  @IsString({ message: 'must be an account name, e.g. main' })
  account?: string;

  /** Actions this key may not call: the simulator answers 403 NoPermission. */
  @IsOptional()
  @IsArray({ message: 'must be a list of action names, e.g. [DeleteInstance]' })
  @Matches(/^[A-Z][A-Za-z0-9]*$/, { each: true, message: 'must list API action names in PascalCase, e.g. DeleteInstance' })
  deny?: string[];
}

export class AccountConfig {
  @IsOptional()
  @IsString()
  description?: string;

  @ValidateNested()
  @Type(() => CredentialConfig)
  @IsObject({ message: 'is required: say where the AccessKey comes from (source: env | default-chain | simulator)' })
  credentials!: CredentialConfig;

  /** Overrides the profile's default region for this account. */
  @IsOptional()
  @IsString({ message: 'must be a region id such as cn-hangzhou' })
  regionId?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => SimulatorAccountConfig)
  simulator?: SimulatorAccountConfig;
}

export class RetryConfig {
  /** Attempts in total; 1 turns retries off. */
  @IsInt({ message: 'must be a whole number of attempts (1 = no retry)' })
  @Min(1, { message: 'must be at least 1 (1 = no retry)' })
  @Max(10, { message: 'must be at most 10' })
  maxAttempts!: number;

  @IsOptional()
  @IsInt({ message: 'must be whole milliseconds' })
  @Min(0, { message: 'must be 0 or more milliseconds' })
  baseDelayMs?: number;

  @IsOptional()
  @IsInt({ message: 'must be whole milliseconds' })
  @Min(0, { message: 'must be 0 or more milliseconds' })
  maxDelayMs?: number;
}

export class RateLimitRuleConfig {
  @IsInt({ message: 'must be a whole number of requests per window, e.g. 10' })
  @Min(1, { message: 'must be at least 1 request per window' })
  limit!: number;

  @IsInt({ message: 'must be whole milliseconds, e.g. 1000' })
  @Min(1, { message: 'must be at least 1 millisecond' })
  windowMs!: number;
}

/** Client-side sliding-window quota per product+action (core/rate-limit): a default rule and per-action rules. */
export class RateLimitConfig {
  @IsOptional()
  @ValidateNested()
  @Type(() => RateLimitRuleConfig)
  @IsObject({ message: 'must be a rule { limit, windowMs } applied to every action on its own' })
  default?: RateLimitRuleConfig;

  /** Keyed `product.Action` (swas.RunCommand). Checked entry by entry by the loader. */
  @IsOptional()
  @IsObject({ message: 'must map product.Action → { limit, windowMs }, e.g. swas.RunCommand: { limit: 5, windowMs: 1000 }' })
  actions?: Record<string, RateLimitRuleConfig>;
}

export class ResourceTagConfig {
  @Matches(/^[A-Za-z][A-Za-z0-9:_.-]{0,63}$/, { message: 'must be a tag key such as cloudcase' })
  key!: string;

  @IsString({ message: 'must be a string tag value, e.g. test' })
  @IsNotEmpty({ message: 'must not be empty' })
  value!: string;
}

/** How test-created resources are marked, so `cloudcase sweep` can find what a run left behind. */
export class ResourceMarkingConfig {
  @Matches(/^[a-z][a-z0-9-]{1,19}$/, {
    message: 'must be 2-20 lowercase letters, digits or dashes starting with a letter, e.g. cc-test-',
  })
  namePrefix!: string;

  @ValidateNested()
  @Type(() => ResourceTagConfig)
  @IsObject({ message: 'is required: a tag { key, value } put on every resource a test creates' })
  tag!: ResourceTagConfig;
}

export class TagPolicyConfig {
  @IsArray({ message: `must be a list of test tags from: ${KNOWN_TAGS.join(', ')}` })
  @IsIn(KNOWN_TAGS, { each: true, message: `must only list known test tags: ${KNOWN_TAGS.join(', ')}` })
  allowed!: TestTag[];
}

export class EnvironmentProfile {
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'must be the profile name (lowercase), equal to the file name' })
  name!: string;

  @IsOptional()
  @IsString()
  description?: string;

  /** True for the embedded simulator: the runner starts it and fills the endpoint at run time. */
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  simulator?: boolean;

  /**
   * Speed of the embedded simulator's clock (asynchronous transitions such as Starting → Running);
   * 1 = real time. Only for `simulator: true` profiles; CLOUDCASE_SIM_CLOCK_SPEED overrides it.
   */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number >= 0, e.g. 20 (0 freezes the clock)' })
  @Min(0, { message: 'must be a number >= 0, e.g. 20 (0 freezes the clock)' })
  simulatorClockSpeed?: number;

  /**
   * Jest workers for `cloudcase run` when --workers is not given (default: one per core). Against a
   * real cloud the suites mostly wait, so more workers than cores shorten the run.
   */
  @IsOptional()
  @IsInt({ message: 'must be a whole number of workers from 1 to 64, e.g. 8' })
  @Min(1, { message: 'must be a whole number of workers from 1 to 64, e.g. 8' })
  @Max(64, { message: 'must be a whole number of workers from 1 to 64, e.g. 8' })
  workers?: number;

  @Matches(/^[a-z]{2,}(-[a-z0-9]+)+$/, { message: 'must be a region id such as cn-hangzhou' })
  regionId!: string;

  /** Regions the suites may use; the first is not special, `regionId` is the default. */
  @IsArray({ message: 'must be a list of region ids, e.g. [cn-hangzhou, cn-shanghai]' })
  @Matches(/^[a-z]{2,}(-[a-z0-9]+)+$/, { each: true, message: 'must list region ids such as cn-hangzhou' })
  regions!: string[];

  /**
   * One base URL for every product, or a map product → URL; absent = each product's regional
   * public endpoint. CLOUDCASE_ENDPOINT overrides it. Checked by the loader (string or map).
   */
  @IsOptional()
  endpoint?: string | Record<string, string>;

  @IsIn(['v3', 'v1'], { message: 'must be v3 (ACS3-HMAC-SHA256) or v1 (HMAC-SHA1)' })
  signatureVersion!: 'v3' | 'v1';

  @IsInt({ message: 'must be whole milliseconds, e.g. 10000' })
  @Min(100, { message: 'must be at least 100 milliseconds' })
  timeoutMs!: number;

  @ValidateNested()
  @Type(() => RetryConfig)
  @IsObject({ message: 'is required, e.g. { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000 }' })
  retry!: RetryConfig;

  @IsOptional()
  @ValidateNested()
  @Type(() => RateLimitConfig)
  rateLimit?: RateLimitConfig;

  /** Checked entry by entry by the loader. */
  @IsObject({ message: 'is required: named accounts, at least `main`' })
  accounts!: Record<string, AccountConfig>;

  /** Per product, named ids the suites use (image ids, plan ids, instance types). Checked by the loader. */
  @IsOptional()
  @IsObject({ message: 'must map product → { name: value }, e.g. swas: { imageId: ... }' })
  testData?: Record<string, Record<string, string>>;

  @ValidateNested()
  @Type(() => ResourceMarkingConfig)
  @IsObject({ message: 'is required: { namePrefix, tag: { key, value } } marking resources tests create' })
  resources!: ResourceMarkingConfig;

  @ValidateNested()
  @Type(() => TagPolicyConfig)
  @IsObject({ message: `is required: { allowed: [${KNOWN_TAGS.join(', ')}] } (tags that may run here)` })
  tags!: TagPolicyConfig;
}
