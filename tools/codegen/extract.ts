/**
 * SDK facts → our facts: reads each operation's query parameters, their types and doc comments,
 * follows nested item classes and response classes, and names everything the way our models do.
 */
import type { ParamType } from '../../core';
import { docFacts, type DocFacts } from './doc-facts';
import type { ActionFacts, FactItems, NestedModelFacts, ParamFacts, ProductFacts, ResponseField, ResponseTypeFacts } from './facts';
import type { SdkClass, SdkFacts, SdkField, SdkOperation, SdkType } from './sdk/types';

export interface ExtractOptions {
  readonly product: string;
  /** Documentation link of an action. */
  docsUrl(action: string): string;
}

export function extractProduct(sdk: SdkFacts, options: ExtractOptions): ProductFacts {
  const actions = sdk.operations.map((op) => extractAction(sdk, op, options));
  return { product: options.product, sdk: { name: sdk.packageName, version: sdk.packageVersion }, actions };
}

function extractAction(sdk: SdkFacts, op: SdkOperation, options: ExtractOptions): ActionFacts {
  const where = `${options.product} ${op.action}`;
  if (op.style !== 'RPC') throw new Error(`${where}: style ${op.style} is not supported (RPC only)`);
  if (op.otherPlacements.length) throw new Error(`${where}: parameters outside the query (${op.otherPlacements.join(', ')})`);
  const request = classOf(sdk, op.requestClass, where);
  const namer = new Namer(op.action, op.requestClass);
  const nested = new Map<string, NestedModelFacts>();

  const sent = op.wholeRequest
    ? request.fields.map((f) => ({ wire: f.wire, field: f.name, shrink: undefined }))
    : op.query;
  const byField = new Map(sent.map((q) => [q.field, q]));
  // the SDK's field order (names()) is its serialization order; keep it
  const params: ParamFacts[] = [];
  for (const field of request.fields) {
    const q = byField.get(field.name);
    if (!q) continue;
    if (q.wire !== field.wire) throw new Error(`${where}: ${field.name} is sent as ${q.wire} but named ${field.wire}`);
    params.push(paramFacts(sdk, field, q.shrink, namer, nested, where));
  }
  for (const q of sent) {
    if (!request.fields.some((f) => f.name === q.field)) throw new Error(`${where}: query ${q.wire} reads unknown field ${q.field}`);
  }
  return {
    action: op.action,
    method: op.method,
    version: op.version,
    httpMethod: op.httpMethod,
    pathname: op.pathname,
    docs: options.docsUrl(op.action),
    params,
    nested: [...nested.values()],
    responses: responseTypes(sdk, op, where),
  };
}

function classOf(sdk: SdkFacts, name: string, where: string): SdkClass {
  const c = sdk.classes.get(name);
  if (!c) throw new Error(`${where}: class ${name} not found in the SDK`);
  return c;
}

/** Our names for the SDK's nested request classes: `RunInstancesRequestSystemDisk` → `RunInstancesSystemDisk`. */
class Namer {
  constructor(
    private readonly action: string,
    private readonly requestClass: string,
  ) {}
  nested(sdkName: string): string {
    const suffix = sdkName.startsWith(this.requestClass) ? sdkName.slice(this.requestClass.length) : sdkName;
    return `${this.action}${suffix}`;
  }
}

function paramFacts(
  sdk: SdkFacts,
  field: SdkField,
  shrink: 'json' | 'simple' | undefined,
  namer: Namer,
  nested: Map<string, NestedModelFacts>,
  where: string,
): ParamFacts {
  const doc = docFacts(field.doc);
  const here = `${where}.${field.name}`;
  const shape = shapeOf(sdk, field.type, doc, namer, nested, here);
  const facts: Mutable<ParamFacts> = {
    name: field.name,
    wire: field.wire,
    ...shape,
    required: doc.required,
    deprecated: doc.deprecated,
    sensitive: isSensitive(field.wire),
  };
  const scalar = shape.type === 'array' && typeof shape.items === 'string' ? shape.items : shape.type;
  const example = doc.example !== undefined && doc.example.length <= 200 ? doc.example : undefined;
  const values = enumValues(doc, scalar, shape.type === 'array' ? undefined : example);
  if (values) facts.enum = values;
  if (scalar === 'integer' || scalar === 'number') {
    if (doc.min !== undefined) facts.min = doc.min;
    if (doc.max !== undefined) facts.max = doc.max;
  }
  if (shape.type === 'array' && doc.maxItems !== undefined) facts.maxItems = doc.maxItems;
  const def = serverDefault(doc, shape.type, values);
  if (def !== undefined) facts.serverDefault = def;
  if (shrink) facts.style = shrink;
  if (example !== undefined) facts.example = example;
  return facts;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Shape = Pick<ParamFacts, 'type' | 'items' | 'model' | 'mapValues'>;

function shapeOf(
  sdk: SdkFacts,
  type: SdkType,
  doc: DocFacts,
  namer: Namer,
  nested: Map<string, NestedModelFacts>,
  where: string,
): Shape {
  switch (type.kind) {
    case 'scalar':
      return { type: type.name === 'number' ? numberKind(doc) : type.name };
    case 'map':
      return { type: 'map', mapValues: type.value.kind === 'scalar' && type.value.name === 'string' ? 'string' : 'unknown' };
    case 'class':
      return { type: 'object', model: nestedModel(sdk, type.name, namer, nested, where) };
    case 'array':
      return { type: 'array', items: itemsOf(sdk, type.items, doc, namer, nested, where) };
  }
}

function itemsOf(sdk: SdkFacts, type: SdkType, doc: DocFacts, namer: Namer, nested: Map<string, NestedModelFacts>, where: string): FactItems {
  switch (type.kind) {
    case 'scalar':
      return type.name === 'number' ? numberKind(doc) : type.name;
    case 'map':
      return 'map';
    case 'class':
      return { model: nestedModel(sdk, type.name, namer, nested, where) };
    case 'array':
      throw new Error(`${where}: lists of lists are not supported`);
  }
}

/** SDK `number` is int64 or double; integer unless the example or default shows a fraction. */
function numberKind(doc: DocFacts): 'integer' | 'number' {
  const fractional = (s: string | undefined): boolean => s !== undefined && /^-?\d*\.\d+$/.test(s);
  return fractional(doc.example) || fractional(doc.defaultToken) ? 'number' : 'integer';
}

function nestedModel(sdk: SdkFacts, sdkName: string, namer: Namer, nested: Map<string, NestedModelFacts>, where: string): string {
  const className = namer.nested(sdkName);
  if (nested.has(className)) return className;
  const cls = classOf(sdk, sdkName, where);
  // reserve the name first: a class that (indirectly) contains itself would recurse forever
  nested.set(className, { className, params: [] });
  const params = cls.fields.map((f) => paramFacts(sdk, f, undefined, namer, nested, `${where}.${f.name}`));
  nested.delete(className);
  nested.set(className, { className, params });
  return className;
}

/** Enum values from the doc, kept only when they fit the type and agree with the example. */
function enumValues(doc: DocFacts, scalar: ParamType, example: string | undefined): (string | number)[] | undefined {
  const tokens = doc.enumTokens;
  if (!tokens) return undefined;
  if (scalar === 'string') {
    if (example !== undefined && !tokens.includes(example)) return undefined;
    return tokens;
  }
  if (scalar === 'integer' || scalar === 'number') {
    if (!tokens.every((t) => /^-?\d+(\.\d+)?$/.test(t))) return undefined;
    const nums = tokens.map(Number);
    if (example !== undefined && !nums.includes(Number(example))) return undefined;
    return nums;
  }
  return undefined; // booleans, maps, objects: a listed "true/false" is not an enum worth stating
}

function serverDefault(doc: DocFacts, type: ParamType, values: readonly (string | number)[] | undefined): string | number | boolean | undefined {
  const t = doc.defaultToken;
  if (t === undefined) return undefined;
  let v: string | number | boolean | undefined;
  if (type === 'boolean') v = t === 'true' ? true : t === 'false' ? false : undefined;
  else if (type === 'integer') v = /^-?\d+$/.test(t) ? Number(t) : undefined;
  else if (type === 'number') v = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
  else if (type === 'string') v = t;
  if (v === undefined || typeof v === 'boolean') return v;
  return values && !values.includes(v) ? undefined : v;
}

/**
 * Names that mark a value as secret. `ClientToken` (an idempotency key) and `NextToken` (a
 * pagination cursor) are not secrets: redacting them would only hide useful facts.
 */
export function isSensitive(wire: string): boolean {
  const n = wire.toLowerCase();
  if (n === 'clienttoken' || n === 'nexttoken') return false;
  return /password|secret|token|privatekey/.test(n);
}

// ---------------------------------------------------------------------------------------------
// Responses

function responseTypes(sdk: SdkFacts, op: SdkOperation, where: string): ResponseTypeFacts[] {
  const response = classOf(sdk, op.responseClass, where);
  const body = response.fields.find((f) => f.name === 'body');
  if (!body || body.type.kind !== 'class') throw new Error(`${where}: ${op.responseClass} has no body class`);
  const sdkBody = body.type.name;
  const ours = `${op.action}ResponseBody`;
  const rename = (sdkName: string): string => (sdkName.startsWith(sdkBody) ? ours + sdkName.slice(sdkBody.length) : `${ours}${sdkName}`);
  const out = new Map<string, ResponseTypeFacts>();
  const visiting = new Set<string>();
  const visit = (sdkName: string): string => {
    const name = rename(sdkName);
    if (out.has(name)) return name;
    if (visiting.has(name)) throw new Error(`${where}: response type ${sdkName} contains itself`);
    visiting.add(name);
    const cls = classOf(sdk, sdkName, where);
    const fields = cls.fields.map((f) => ({ wire: f.wire, type: responseField(f.type, visit) }));
    visiting.delete(name);
    out.set(name, { name, fields });
    return name;
  };
  visit(sdkBody);
  return [...out.values()];
}

function responseField(type: SdkType, visit: (sdkName: string) => string): ResponseField {
  switch (type.kind) {
    case 'scalar':
      return { kind: 'scalar', type: type.name };
    case 'array':
      return { kind: 'array', items: responseField(type.items, visit) };
    case 'map':
      return { kind: 'map', values: responseField(type.value, visit) };
    case 'class':
      return { kind: 'object', name: visit(type.name) };
  }
}
