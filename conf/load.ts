/**
 * Finds, parses and validates an environment profile: conf/<name>.yaml (or CLOUDCASE_CONF_DIR/<name>.yaml).
 * The name comes from the argument, else CLOUDCASE_ENV, else `local`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { ConfigError, ConfigErrors } from './errors';
import { AccountConfig, EnvironmentProfile, RateLimitRuleConfig } from './schema';
import { validateSection, type Locate } from './validate';

export const DEFAULT_ENV = 'local';

/** A validated profile and where it came from. Holds no secret: credentials are only named here. */
export interface Environment extends EnvironmentProfile {
  /** The file the profile was read from (relative to the working directory when inside it). */
  readonly file: string;
}

export interface LoadOptions {
  /** Folder holding the profiles; default CLOUDCASE_CONF_DIR, else this package's conf/ folder. */
  confDir?: string;
  /** Where CLOUDCASE_ENV / CLOUDCASE_CONF_DIR are read; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export function profileDir(options: LoadOptions = {}): string {
  const env = options.env ?? process.env;
  return path.resolve(options.confDir ?? env.CLOUDCASE_CONF_DIR ?? __dirname);
}

/** Names of the profiles available in the profile folder (file names without `.yaml`). */
export function listEnvironments(options: LoadOptions = {}): string[] {
  const dir = profileDir(options);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

export function loadEnvironment(name?: string, options: LoadOptions = {}): Environment {
  const env = options.env ?? process.env;
  const chosen = name ?? (env.CLOUDCASE_ENV || DEFAULT_ENV);
  const dir = profileDir(options);
  const file = displayPath(path.join(dir, `${chosen}.yaml`));
  if (!/^[a-z][a-z0-9-]*$/.test(chosen)) {
    throw new ConfigError(file, '', `'${chosen}' is not a valid environment name: use lowercase letters, digits and dashes (e.g. --env staging)`);
  }
  const full = path.join(dir, `${chosen}.yaml`);
  if (!existsSync(full)) {
    const known = listEnvironments(options);
    throw new ConfigError(
      file,
      '',
      `no such environment profile '${chosen}'. Known: ${known.join(', ') || '(none)'}. ` +
        `Pick one with --env / CLOUDCASE_ENV, or copy conf/staging.yaml to ${path.basename(full)} and edit it.`,
    );
  }
  return parseProfile(readFileSync(full, 'utf8'), file, chosen);
}

/** Parses and validates profile text; exported for tests. `expectedName` is the file's base name. */
export function parseProfile(text: string, file: string, expectedName: string): Environment {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    throw new ConfigError(file, '', `is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}: ${e.message.split('\n')[0]}. Fix the syntax at that line.`);
  }
  const locate = locator(doc, lines);
  const plain: unknown = doc.toJS();
  const { value, errors } = validateSection(EnvironmentProfile, plain, file, [], locate);

  if (value.name !== undefined && value.name !== expectedName && errors.every((e) => e.key !== 'name')) {
    errors.push(new ConfigError(file, 'name', `must equal the file name '${expectedName}'${locate(['name'])} (got "${value.name}"): rename the file or the profile`));
  }
  if (Array.isArray(value.regions) && typeof value.regionId === 'string' && !value.regions.includes(value.regionId)) {
    errors.push(new ConfigError(file, 'regionId', `'${value.regionId}' must be one of regions [${value.regions.join(', ')}]${locate(['regionId'])}: add it to regions or pick another`));
  }
  errors.push(...checkEndpoint(value.endpoint, file, locate));
  const accounts = checkAccounts(value, file, locate, errors);
  const testData = checkTestData(value.testData, file, locate, errors);
  checkRateLimitActions(value, file, locate, errors);

  if (errors.length > 0) throw new ConfigErrors(errors);
  const result: Environment = Object.assign(value, { file, accounts, testData });
  return result;
}

function checkEndpoint(endpoint: unknown, file: string, locate: Locate): ConfigError[] {
  if (endpoint === undefined || endpoint === null) return [];
  const bad = (key: string, p: string[]) =>
    new ConfigError(file, key, `must be a base URL such as https://ecs.cn-hangzhou.aliyuncs.com${locate(p)}`);
  if (typeof endpoint === 'string') return isUrl(endpoint) ? [] : [bad('endpoint', ['endpoint'])];
  if (typeof endpoint === 'object' && !Array.isArray(endpoint)) {
    return Object.entries(endpoint as Record<string, unknown>)
      .filter(([, url]) => typeof url !== 'string' || !isUrl(url))
      .map(([product]) => bad(`endpoint.${product}`, ['endpoint', product]));
  }
  return [new ConfigError(file, 'endpoint', `must be one base URL, or a map product → URL (swas: https://..., ecs: https://...)${locate(['endpoint'])}`)];
}

function isUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function checkAccounts(value: EnvironmentProfile, file: string, locate: Locate, errors: ConfigError[]): Record<string, AccountConfig> {
  const out: Record<string, AccountConfig> = {};
  const raw = value.accounts as unknown;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (!entries.some(([n]) => n === 'main')) {
    errors.push(new ConfigError(file, 'accounts.main', `is required${locate(['accounts'])}: every environment needs a 'main' account (tests use it by default)`));
  }
  for (const [name, plain] of entries) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      errors.push(new ConfigError(file, `accounts.${name}`, `is not a valid account name${locate(['accounts', name])}: use lowercase letters, digits and dashes (main, second, ram-limited)`));
      continue;
    }
    const { value: account, errors: found } = validateSection(AccountConfig, plain, file, ['accounts', name], locate);
    errors.push(...found);
    if (account.credentials?.source === 'simulator' && value.simulator !== true) {
      errors.push(
        new ConfigError(
          file,
          `accounts.${name}.credentials.source`,
          `'simulator' keys only work with the embedded simulator${locate(['accounts', name, 'credentials', 'source'])}: ` +
            `use source: env (with accessKeyIdEnv / accessKeySecretEnv naming CI secrets) or source: default-chain. Never write a real secret in a profile.`,
        ),
      );
    }
    if (account.simulator !== undefined && value.simulator !== true) {
      errors.push(new ConfigError(file, `accounts.${name}.simulator`, `only applies to a profile with 'simulator: true'${locate(['accounts', name, 'simulator'])}: remove it`));
    }
    out[name] = account;
  }
  return out;
}

function checkRateLimitActions(value: EnvironmentProfile, file: string, locate: Locate, errors: ConfigError[]): void {
  const actions = value.rateLimit?.actions as unknown;
  if (actions === undefined || actions === null || typeof actions !== 'object' || !value.rateLimit) return;
  const checked: Record<string, RateLimitRuleConfig> = {};
  for (const [key, plain] of Object.entries(actions as Record<string, unknown>)) {
    const path = ['rateLimit', 'actions', key];
    if (!/^[a-z][a-z0-9-]*\.[A-Z][A-Za-z0-9]*$/.test(key)) {
      errors.push(new ConfigError(file, path.join('.'), `must be keyed product.Action, e.g. swas.RunCommand${locate(path)}`));
      continue;
    }
    const { value: rule, errors: found } = validateSection(RateLimitRuleConfig, plain, file, path, locate);
    errors.push(...found);
    checked[key] = rule;
  }
  value.rateLimit.actions = checked;
}

function checkTestData(raw: unknown, file: string, locate: Locate, errors: ConfigError[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  if (raw === undefined || raw === null || typeof raw !== 'object') return out;
  for (const [product, values] of Object.entries(raw as Record<string, unknown>)) {
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      errors.push(new ConfigError(file, `testData.${product}`, `must map names to ids${locate(['testData', product])}, e.g. imageId: ubuntu_22_04`));
      continue;
    }
    out[product] = {};
    for (const [key, v] of Object.entries(values as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'number') out[product][key] = String(v);
      else errors.push(new ConfigError(file, `testData.${product}.${key}`, `must be a string or number${locate(['testData', product, key])}`));
    }
  }
  return out;
}

/** " (line N)" for a key path, pointing at the deepest node of the path that exists. */
function locator(doc: Document, lines: LineCounter): Locate {
  return (p) => {
    for (let n = p.length; n > 0; n--) {
      const node = doc.getIn(p.slice(0, n), true);
      if (isNode(node) && node.range) return ` (line ${lines.linePos(node.range[0]).line})`;
    }
    return '';
  };
}

function displayPath(full: string): string {
  const rel = path.relative(process.cwd(), full);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : full;
}
