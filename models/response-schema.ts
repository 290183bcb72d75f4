/**
 * Runtime response schemas (generated per action from the SDK's response classes) and the
 * contract check that compares a response body with one. Product-agnostic: the generated files
 * under `models/<product>/generated/responses/` build their schemas from these helpers.
 *
 * The SDKs state no required flags for response fields, so a schema checks the shape of what is
 * there (types, nesting) and which fields the API added that the SDK does not know.
 */

export type FieldSchema =
  | { readonly type: 'string' | 'number' | 'boolean' | 'any' }
  | { readonly type: 'array'; readonly items: FieldSchema }
  | { readonly type: 'map'; readonly values: FieldSchema }
  | ObjectSchema;

export interface ObjectSchema {
  readonly type: 'object';
  /** The TypeScript type it describes, e.g. `DescribeImagesResponseBodyImagesImage`. */
  readonly name: string;
  readonly fields: Readonly<Record<string, FieldSchema>>;
}

export const STRING: FieldSchema = Object.freeze({ type: 'string' });
export const NUMBER: FieldSchema = Object.freeze({ type: 'number' });
export const BOOLEAN: FieldSchema = Object.freeze({ type: 'boolean' });
export const ANY: FieldSchema = Object.freeze({ type: 'any' });

export function array(items: FieldSchema): FieldSchema {
  return Object.freeze({ type: 'array', items });
}

export function map(values: FieldSchema): FieldSchema {
  return Object.freeze({ type: 'map', values });
}

export function object(name: string, fields: Record<string, FieldSchema>): ObjectSchema {
  return Object.freeze({ type: 'object', name, fields: Object.freeze(fields) });
}

export interface ContractIssue {
  /** Path in the body, e.g. `Images.Image[0].Tags`. */
  readonly path: string;
  readonly problem: 'type' | 'unknown';
  readonly message: string;
}

export interface ContractResult {
  readonly ok: boolean;
  /** Problems that fail the check: wrong types, and in strict mode unknown fields. */
  readonly errors: readonly ContractIssue[];
  /** Fields the schema does not know (lenient mode reports them here instead of failing). */
  readonly unknown: readonly ContractIssue[];
}

export interface ContractOptions {
  /** strict (default): an unknown field fails the check; lenient: it is only reported. */
  readonly mode?: 'strict' | 'lenient';
}

export function checkContract(schema: ObjectSchema, body: unknown, options: ContractOptions = {}): ContractResult {
  const errors: ContractIssue[] = [];
  const unknown: ContractIssue[] = [];
  walk(schema, body, '', errors, unknown);
  const strict = (options.mode ?? 'strict') === 'strict';
  const failing = strict ? [...errors, ...unknown] : errors;
  return { ok: failing.length === 0, errors: failing, unknown };
}

function walk(schema: FieldSchema, value: unknown, path: string, errors: ContractIssue[], unknown: ContractIssue[]): void {
  if (value === null || value === undefined || schema.type === 'any') return;
  const at = path || '(body)';
  const wrong = (expected: string): void => {
    errors.push({ path: at, problem: 'type', message: `expected ${expected}, got ${kindOf(value)}` });
  };
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== schema.type) wrong(schema.type);
      return;
    case 'array':
      if (!Array.isArray(value)) return wrong('an array');
      value.forEach((item, i) => walk(schema.items, item, `${path}[${i}]`, errors, unknown));
      return;
    case 'map':
      if (!isRecord(value)) return wrong('an object');
      for (const [k, v] of Object.entries(value)) walk(schema.values, v, join(path, k), errors, unknown);
      return;
    case 'object':
      if (!isRecord(value)) return wrong(`an object (${schema.name})`);
      for (const [k, v] of Object.entries(value)) {
        const field = schema.fields[k];
        if (field) walk(field, v, join(path, k), errors, unknown);
        else unknown.push({ path: join(path, k), problem: 'unknown', message: `not a field of ${schema.name}` });
      }
  }
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v: unknown): string => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v);
