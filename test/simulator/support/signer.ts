/**
 * A deliberately small, independent request signer for the simulator's own tests: every knob a
 * security test needs (date, nonce, secret, extra headers, token) is explicit, and the request can
 * be tampered with after signing. Not the framework's client (that one is tested separately).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

export const pct = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const canon = (params: Record<string, string>): string =>
  Object.keys(params).sort().map((k) => `${pct(k)}=${pct(params[k])}`).join('&');
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
export const isoNow = (ms = Date.now()): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface SignOptions {
  endpoint: string;
  action: string;
  version: string;
  params?: Record<string, string>;
  accessKeyId?: string;
  secret?: string;
  securityToken?: string;
  signing?: 'v3' | 'v1';
  date?: string;
  nonce?: string;
  method?: 'POST' | 'GET';
  /** Parameters sent as an application/x-www-form-urlencoded body instead of the query. */
  body?: Record<string, string>;
}

export interface SignedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export function sign(o: SignOptions): SignedCall {
  const method = o.method ?? 'POST';
  const id = o.accessKeyId ?? 'local-ak';
  const secret = o.secret ?? 'local-sk';
  const date = o.date ?? isoNow();
  const nonce = o.nonce ?? randomBytes(16).toString('hex');
  const params = { ...(o.params ?? {}) };
  const body = o.body ? canon(o.body) : '';
  const bodyHeaders: Record<string, string> = body ? { 'content-type': 'application/x-www-form-urlencoded' } : {};
  if (o.signing === 'v1') {
    Object.assign(params, {
      Action: o.action, Version: o.version, Format: 'json', Timestamp: date, SignatureNonce: nonce, SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0', AccessKeyId: id, ...(o.securityToken ? { SecurityToken: o.securityToken } : {}),
    });
    const toSign = `${method}&${pct('/')}&${pct(canon({ ...params, ...(o.body ?? {}) }))}`;
    params.Signature = createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
    return { url: `http://${o.endpoint}/?${canon(params)}`, method, headers: { 'x-acs-action': o.action, 'x-acs-version': o.version, ...bodyHeaders }, ...(body ? { body } : {}) };
  }
  const headers: Record<string, string> = {
    host: o.endpoint, 'x-acs-action': o.action, 'x-acs-version': o.version, 'x-acs-date': date, 'x-acs-signature-nonce': nonce,
    'x-acs-content-sha256': sha256(body), ...bodyHeaders, ...(o.securityToken ? { 'x-acs-security-token': o.securityToken, 'x-acs-accesskey-id': id } : {}),
  };
  const names = Object.keys(headers).sort();
  const query = canon(params);
  const cr = [method, '/', query, names.map((n) => `${n}:${headers[n].trim()}\n`).join(''), names.join(';'), sha256(body)].join('\n');
  const signature = createHmac('sha256', secret).update(`ACS3-HMAC-SHA256\n${sha256(cr)}`).digest('hex');
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${id},SignedHeaders=${names.join(';')},Signature=${signature}`;
  return { url: `http://${o.endpoint}/?${query}`, method, headers, ...(body ? { body } : {}) };
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function send(call: SignedCall): Promise<RawAnswer> {
  const { host: _host, ...headers } = call.headers;
  const res = await fetch(call.url, { method: call.method, headers, ...(call.body ? { body: call.body } : {}) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

export const signAndSend = (o: SignOptions): Promise<RawAnswer> => send(sign(o));
