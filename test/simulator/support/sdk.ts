/**
 * Drives the UNMODIFIED official SDK clients against the simulator. Parameters are written with
 * the API's wire names (`InstanceId`, `Tag: [{ Key, Value }]`) and turned into the SDK's own
 * request model instances through the SDK's names()/types() tables, so a test reads like the API
 * documentation and the SDK does all the wire encoding and signing itself.
 */
import SwasClient, * as $Swas from '@alicloud/swas-open20200601';
import EcsClient, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { ObservedAnswer } from '../../../simulator';

export type Signing = 'v3' | 'v1';

export interface SdkOptions {
  signing?: Signing;
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  regionId?: string;
}

interface SdkModelClass {
  new (init?: Record<string, unknown>): { toMap(): Record<string, unknown> };
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

type SdkModule = Record<string, unknown>;
type SdkClient = Record<string, unknown>;

function config(endpoint: string, o: SdkOptions): $OpenApiUtil.Config {
  return new $OpenApiUtil.Config({
    accessKeyId: o.accessKeyId ?? 'local-ak',
    accessKeySecret: o.accessKeySecret ?? 'local-sk',
    securityToken: o.securityToken,
    endpoint,
    protocol: 'HTTP',
    regionId: o.regionId ?? 'cn-hangzhou',
    ...(o.signing === 'v1' ? { signatureAlgorithm: 'v2' } : {}),
  });
}

export function swasClient(endpoint: string, o: SdkOptions = {}): SwasClient {
  return new SwasClient(config(endpoint, o));
}

export function ecsClient(endpoint: string, o: SdkOptions = {}): EcsClient {
  return new EcsClient(config(endpoint, o));
}

/** Builds the SDK's request model from wire-named values (recursing into nested item classes). */
export function toSdkModel(Cls: SdkModelClass, wire: Record<string, unknown>): { toMap(): Record<string, unknown> } {
  const names = Cls.names();
  const types = Cls.types();
  const byWire = new Map(Object.entries(names).map(([prop, w]) => [w, prop]));
  const init: Record<string, unknown> = {};
  for (const [w, v] of Object.entries(wire)) {
    const prop = byWire.get(w);
    if (!prop) throw new Error(`${Cls.name} has no parameter ${w}`);
    const t = types[prop] as unknown;
    if (typeof t === 'function' && v && typeof v === 'object' && !Array.isArray(v)) {
      init[prop] = toSdkModel(t as SdkModelClass, v as Record<string, unknown>);
    } else if (t && typeof t === 'object' && (t as { type?: string }).type === 'array' && typeof (t as { itemType?: unknown }).itemType === 'function' && Array.isArray(v)) {
      init[prop] = v.map((x) => toSdkModel((t as { itemType: SdkModelClass }).itemType, x as Record<string, unknown>));
    } else {
      init[prop] = v;
    }
  }
  return new Cls(init);
}

export interface SdkResult {
  /** The SDK's parsed body, back in wire names (toMap). */
  body: Record<string, unknown>;
  statusCode: number;
  headers: Record<string, string>;
}

export interface SdkFailure {
  name: string;
  code: string;
  statusCode: number;
  message: string;
  data?: Record<string, unknown>;
  accessDeniedDetail?: unknown;
  retryAfter?: number;
}

const lcFirst = (s: string): string => s[0].toLowerCase() + s.slice(1);

/** Calls `action` through the official SDK client. Resolves with the parsed body or rejects with the SDK's error. */
export async function callSdk(client: SwasClient | EcsClient, mod: SdkModule, action: string, wire: Record<string, unknown>): Promise<SdkResult> {
  const Req = mod[`${action}Request`] as SdkModelClass | undefined;
  if (!Req) throw new Error(`the SDK has no ${action}Request`);
  const method = (client as unknown as SdkClient)[lcFirst(action)] as ((req: unknown) => Promise<{ body?: { toMap(): Record<string, unknown> }; statusCode?: number; headers?: Record<string, string> }>) | undefined;
  if (typeof method !== 'function') throw new Error(`the SDK client has no method ${lcFirst(action)}`);
  const res = await method.call(client, toSdkModel(Req, wire));
  return { body: res.body?.toMap() ?? {}, statusCode: res.statusCode ?? 0, headers: res.headers ?? {} };
}

/** Calls and expects a failure; returns the SDK error's fields. */
export async function sdkFailure(call: Promise<unknown>): Promise<SdkFailure> {
  try {
    await call;
  } catch (e) {
    const err = e as SdkFailure & { statusCode?: number };
    return { name: err.name, code: err.code, statusCode: err.statusCode ?? 0, message: err.message, data: err.data, accessDeniedDetail: err.accessDeniedDetail, retryAfter: err.retryAfter };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/**
 * Keys the simulator sent that the SDK's response model does not know (the SDK drops them
 * silently, so they would be invisible otherwise). Empty = field-for-field compatible.
 */
export function unknownFields(raw: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(raw)) {
    const p = Array.isArray(parsed) ? parsed : [];
    return raw.flatMap((item, i) => unknownFields(item, p[i], `${path}[${i}]`));
  }
  if (raw && typeof raw === 'object') {
    const p = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
    return Object.entries(raw as Record<string, unknown>).flatMap(([k, v]) => {
      if (!(k in p)) {
        // Free-form maps (e.g. Invocation Parameters) are kept whole by the SDK.
        return [`${path}${path ? '.' : ''}${k}`];
      }
      return unknownFields(v, p[k], `${path}${path ? '.' : ''}${k}`);
    });
  }
  return [];
}

/** Remembers the raw answers the simulator sent, by action, for field-for-field checks. */
export class AnswerLog {
  private readonly answers: ObservedAnswer[] = [];
  readonly observe = (a: ObservedAnswer): void => {
    this.answers.push(a);
  };
  last(): ObservedAnswer | undefined {
    return this.answers[this.answers.length - 1];
  }
}

export { $Swas, $Ecs };
