/**
 * The manifest: one line of facts per parameter, committed beside the generated files. Comparing
 * the committed manifest with a fresh one gives the drift report — which actions and parameters
 * the SDK added, removed or changed.
 */
import type { ActionFacts, NestedModelFacts, ParamFacts, ProductFacts, ResponseField } from './facts';

export interface ManifestAction {
  /** `POST / 2020-06-01` */
  readonly request: string;
  /** Parameter path (`Tag[].Key`) → signature. */
  readonly params: Readonly<Record<string, string>>;
  /** Response field path (`Images.Image[].ImageId`) → type. */
  readonly response: Readonly<Record<string, string>>;
}

export interface Manifest {
  readonly sdk: string;
  readonly actions: Readonly<Record<string, ManifestAction>>;
}

export function manifestOf(facts: ProductFacts): Manifest {
  const actions: Record<string, ManifestAction> = {};
  for (const a of facts.actions) {
    const params: Record<string, string> = {};
    const nested = new Map(a.nested.map((n) => [n.className, n]));
    addParams(params, '', a.params, nested, new Set());
    actions[a.action] = { request: `${a.httpMethod} ${a.pathname} ${a.version}`, params, response: responsePaths(a) };
  }
  return { sdk: `${facts.sdk.name}@${facts.sdk.version}`, actions };
}

/** Every response field by path; lists add `[]`, maps `{}`; an object field is listed as `object` and then walked. */
function responsePaths(a: ActionFacts): Record<string, string> {
  const types = new Map(a.responses.map((t) => [t.name, t]));
  const out: Record<string, string> = {};
  const walk = (name: string, prefix: string, seen: ReadonlySet<string>): void => {
    for (const f of types.get(name)!.fields) {
      let t: ResponseField = f.type;
      let path = prefix + f.wire;
      while (t.kind === 'array' || t.kind === 'map') {
        path += t.kind === 'array' ? '[]' : '{}';
        t = t.kind === 'array' ? t.items : t.values;
      }
      out[path] = t.kind === 'object' ? 'object' : t.type;
      if (t.kind === 'object' && !seen.has(t.name)) walk(t.name, `${path}.`, new Set([...seen, t.name]));
    }
  };
  const body = a.responses[a.responses.length - 1];
  walk(body.name, '', new Set([body.name]));
  return out;
}

function addParams(out: Record<string, string>, prefix: string, params: readonly ParamFacts[], nested: Map<string, NestedModelFacts>, seen: Set<string>): void {
  for (const p of params) {
    const path = prefix + p.wire;
    out[path] = signature(p);
    const cls = p.model ?? (typeof p.items === 'object' ? p.items.model : undefined);
    if (cls && !seen.has(cls)) {
      const inner = nested.get(cls);
      if (inner) addParams(out, `${path}${p.type === 'array' ? '[]' : ''}.`, inner.params, nested, new Set([...seen, cls]));
    }
  }
}

/** `integer required enum=A|B range=10..86400 default=60 style=json` — examples are left out: they are not API changes. */
export function signature(p: ParamFacts): string {
  const items = p.items === undefined ? '' : typeof p.items === 'string' ? `<${p.items}>` : `<${p.items.model}>`;
  const parts = [`${p.type}${items}${p.model ? `<${p.model}>` : ''}`];
  if (p.required) parts.push('required');
  if (p.enum) parts.push(`enum=${p.enum.join('|')}`);
  if (p.min !== undefined || p.max !== undefined) parts.push(`range=${p.min ?? ''}..${p.max ?? ''}`);
  if (p.maxItems !== undefined) parts.push(`maxItems=${p.maxItems}`);
  if (p.serverDefault !== undefined) parts.push(`default=${String(p.serverDefault)}`);
  if (p.style) parts.push(`style=${p.style}`);
  if (p.sensitive) parts.push('sensitive');
  if (p.deprecated) parts.push('deprecated');
  return parts.join(' ');
}

/**
 * The committed form: a header line, then one tab-separated line per action (`Action`, request
 * line) and per parameter (`Action.Param`, signature), sorted — small diffs when the SDK moves.
 */
export function manifestText(m: Manifest, header: string): string {
  const lines = [header, `sdk\t${m.sdk}`];
  for (const action of Object.keys(m.actions).sort()) {
    const a = m.actions[action];
    lines.push(`${action}\t${a.request}`);
    for (const param of Object.keys(a.params).sort()) lines.push(`${action}.${param}\t${a.params[param]}`);
    for (const field of Object.keys(a.response).sort()) lines.push(`${action}>${field}\t${a.response[field]}`);
  }
  return lines.join('\n') + '\n';
}

export function parseManifest(text: string): Manifest {
  let sdk = '';
  const actions: Record<string, { request: string; params: Record<string, string>; response: Record<string, string> }> = {};
  const entry = (action: string) => (actions[action] ??= { request: '', params: {}, response: {} });
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('//')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`manifest line without a tab: ${line}`);
    const name = line.slice(0, tab);
    const value = line.slice(tab + 1);
    const field = name.indexOf('>');
    const dot = name.indexOf('.');
    if (name === 'sdk') sdk = value;
    else if (field >= 0 && (dot < 0 || field < dot)) entry(name.slice(0, field)).response[name.slice(field + 1)] = value;
    else if (dot >= 0) entry(name.slice(0, dot)).params[name.slice(dot + 1)] = value;
    else entry(name).request = value;
  }
  return { sdk, actions };
}

export interface Drift {
  readonly addedActions: readonly string[];
  readonly removedActions: readonly string[];
  readonly changedActions: readonly { action: string; from: string; to: string }[];
  readonly addedParams: readonly { action: string; param: string; signature: string }[];
  readonly removedParams: readonly { action: string; param: string; signature: string }[];
  readonly changedParams: readonly { action: string; param: string; from: string; to: string }[];
  readonly addedFields: readonly { action: string; field: string; type: string }[];
  readonly removedFields: readonly { action: string; field: string; type: string }[];
  readonly changedFields: readonly { action: string; field: string; from: string; to: string }[];
}

export function driftBetween(before: Manifest, after: Manifest): Drift {
  const d: Mutable<Drift> = {
    addedActions: [], removedActions: [], changedActions: [],
    addedParams: [], removedParams: [], changedParams: [],
    addedFields: [], removedFields: [], changedFields: [],
  };
  for (const action of union(before.actions, after.actions)) {
    const b = before.actions[action];
    const a = after.actions[action];
    if (!b) d.addedActions.push(action);
    else if (!a) d.removedActions.push(action);
    else {
      if (a.request !== b.request) d.changedActions.push({ action, from: b.request, to: a.request });
      compare(b.params, a.params, {
        added: (param, signature) => d.addedParams.push({ action, param, signature }),
        removed: (param, signature) => d.removedParams.push({ action, param, signature }),
        changed: (param, from, to) => d.changedParams.push({ action, param, from, to }),
      });
      compare(b.response, a.response, {
        added: (field, type) => d.addedFields.push({ action, field, type }),
        removed: (field, type) => d.removedFields.push({ action, field, type }),
        changed: (field, from, to) => d.changedFields.push({ action, field, from, to }),
      });
    }
  }
  return d;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

const union = (a: object, b: object): string[] => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

function compare(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
  on: { added(k: string, v: string): void; removed(k: string, v: string): void; changed(k: string, from: string, to: string): void },
): void {
  for (const k of union(before, after)) {
    const from = before[k];
    const to = after[k];
    if (from === undefined) on.added(k, to);
    else if (to === undefined) on.removed(k, from);
    else if (from !== to) on.changed(k, from, to);
  }
}

export function isEmptyDrift(d: Drift): boolean {
  return Object.values(d).every((list: readonly unknown[]) => list.length === 0);
}

export function driftReport(product: string, before: Manifest, after: Manifest, d: Drift): string {
  const lines = [`${product}: ${before.sdk} → ${after.sdk}`];
  if (isEmptyDrift(d)) {
    lines.push('  no API change (actions, parameters and their facts are the same)');
    return lines.join('\n');
  }
  for (const a of d.addedActions) lines.push(`  + action ${a}`);
  for (const a of d.removedActions) lines.push(`  - action ${a}`);
  for (const c of d.changedActions) lines.push(`  ~ action ${c.action}: ${c.from} → ${c.to}`);
  for (const p of d.addedParams) lines.push(`  + ${p.action}.${p.param}: ${p.signature}`);
  for (const p of d.removedParams) lines.push(`  - ${p.action}.${p.param}: ${p.signature}`);
  for (const p of d.changedParams) lines.push(`  ~ ${p.action}.${p.param}: ${p.from} → ${p.to}`);
  for (const f of d.addedFields) lines.push(`  + ${f.action} response ${f.field}: ${f.type}`);
  for (const f of d.removedFields) lines.push(`  - ${f.action} response ${f.field}: ${f.type}`);
  for (const f of d.changedFields) lines.push(`  ~ ${f.action} response ${f.field}: ${f.from} → ${f.to}`);
  return lines.join('\n');
}
