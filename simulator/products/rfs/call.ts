/** What an RFS handler gets (the request, decoded) and gives back (status, body, headers). */
import type { SimRequest } from '../../auth/request';
import type { SimClock } from '../../clock';
import { rfsErrors } from './errors';
import type { RfsState, Scope } from './state';

export interface RfsCall {
  readonly req: SimRequest;
  readonly action: string;
  /** Path parameters, decoded. */
  readonly path: Readonly<Record<string, string>>;
  /** Query pairs, decoded, in the order sent (a list comes as repeated keys). */
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly body: Readonly<Record<string, unknown>>;
  readonly scope: Scope;
  readonly state: RfsState;
  readonly clock: SimClock;
}

export interface RfsAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RfsHandler = (call: RfsCall) => RfsAnswer;

/** The last value of a query key, or undefined. */
export function queryOne(call: RfsCall, key: string): string | undefined {
  let out: string | undefined;
  for (const [k, v] of call.query) if (k === key) out = v;
  return out;
}

/** Every value of a query key (a list may also come comma-joined: `a,b`). */
export function queryAll(call: RfsCall, key: string): string[] {
  return call.query.filter(([k]) => k === key).flatMap(([, v]) => v.split(','));
}

export function bodyString(call: RfsCall, field: string): string | undefined {
  const v = call.body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw rfsErrors.badRequest(`${field} must be a string`);
  return v;
}

export function bodyBoolean(call: RfsCall, field: string): boolean | undefined {
  const v = call.body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw rfsErrors.badRequest(`${field} must be a boolean`);
  return v;
}

/** Parses a JSON object body; an empty body is `{}`. */
export function parseBody(req: SimRequest): Record<string, unknown> {
  if (req.body.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(req.body);
  } catch {
    throw rfsErrors.badRequest('the request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw rfsErrors.badRequest('the request body must be a JSON object');
  return value as Record<string, unknown>;
}
