/**
 * Keeps secrets out of everything a person reads: attachments, logs, error messages. Two tools:
 * structural redaction (known secret headers and query parameters, parameters a model marks
 * `sensitive`, secret-looking fields of response bodies) and a scrubber that removes known secret
 * values from free text (an API message that echoes a password, a string-to-sign in an error).
 */
import { planOf, type ModelPlan } from './model/plan';
import type { ModelClass } from './model/types';
import { percentEncode } from './protocols/percent-encode';

export const REDACTED = '***';

const SECRET_HEADERS = new Set(['authorization', 'x-acs-security-token', 'x-security-token']);
const SECRET_QUERY = new Set(['Signature', 'SecurityToken', 'AccessKeySecret']);
/** Response fields that hold secrets whatever the action (a created key pair's private key, a password). */
const SECRET_FIELD = /password|secret|privatekey|securitytoken/i;
/** Values shorter than this are not scrubbed from free text: it would mangle ordinary words. Structural redaction still covers them. */
const MIN_SCRUB_LENGTH = 4;

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
  return out;
}

/** A flat wire map with signature material and the model's sensitive parameters replaced. */
export function redactParams(params: Readonly<Record<string, string>>, model?: ModelClass): Record<string, string> {
  const sensitive = model ? sensitiveWirePaths(model) : EMPTY;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = SECRET_QUERY.has(key) || (sensitive.size > 0 && sensitive.has(withoutIndexes(key))) ? REDACTED : value;
  }
  return out;
}

/** Whether a wire key is shown as `***`: signature material, or a parameter the model marks sensitive. */
export function isSecretParam(key: string, model?: ModelClass): boolean {
  if (SECRET_QUERY.has(key)) return true;
  const sensitive = model ? sensitiveWirePaths(model) : EMPTY;
  return sensitive.size > 0 && sensitive.has(withoutIndexes(key));
}

/** The values of a flat wire map that the model marks sensitive (for the scrubber). */
export function sensitiveValues(params: Readonly<Record<string, string>>, model: ModelClass): string[] {
  const sensitive = sensitiveWirePaths(model);
  if (sensitive.size === 0) return [];
  return Object.keys(params)
    .filter((k) => sensitive.has(withoutIndexes(k)))
    .map((k) => params[k]);
}

/** Copies a response body with secret-looking string fields replaced (the returned body itself is untouched). */
export function redactBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactBody);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' && SECRET_FIELD.test(k) ? REDACTED : redactBody(v);
  return out;
}

export type Scrubber = (text: string) => string;

export const noScrub: Scrubber = (text) => text;

/**
 * A function that replaces every occurrence of the given secrets in a text, in the forms they
 * take on the wire too (percent-encoded once and twice, JSON-escaped).
 */
export function createScrubber(secrets: Iterable<string | undefined>): Scrubber {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (!s || s.length < MIN_SCRUB_LENGTH) continue;
    const once = percentEncode(s);
    for (const f of [s, once, percentEncode(once), encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]) forms.add(f);
  }
  if (forms.size === 0) return noScrub;
  const longestFirst = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const f of longestFirst) if (out.includes(f)) out = out.split(f).join(REDACTED);
    return out;
  };
}

export function scrubDeep(value: unknown, scrub: Scrubber): unknown {
  if (scrub === noScrub) return value;
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, scrub)]));
  }
  return value;
}

const EMPTY: ReadonlySet<string> = new Set();
const pathsCache = new WeakMap<ModelClass, ReadonlySet<string>>();

/**
 * Wire paths of sensitive parameters with list indexes removed (`DataDisk.Password` matches
 * `DataDisk.1.Password`). A JSON-style parameter holding a sensitive field is sensitive as a whole.
 */
export function sensitiveWirePaths(model: ModelClass): ReadonlySet<string> {
  let paths = pathsCache.get(model);
  if (!paths) {
    const found = new Set<string>();
    collect(planOf(model), '', found, 0);
    paths = found.size ? found : EMPTY;
    pathsCache.set(model, paths);
  }
  return paths;
}

function collect(plan: ModelPlan, prefix: string, out: Set<string>, depth: number): boolean {
  let any = false;
  for (const spec of plan.params) {
    const path = prefix + spec.wire;
    const nested = depth < 8 ? plan.nested(spec) : undefined;
    const inner = nested ? collect(nested, `${path}.`, out, depth + 1) : false;
    if (spec.sensitive || (inner && spec.style === 'json')) out.add(path);
    any ||= spec.sensitive === true || inner;
  }
  return any;
}

function withoutIndexes(key: string): string {
  return key.includes('.') ? key.replace(/\.\d+(?=\.|$)/g, '') : key;
}
