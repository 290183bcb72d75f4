/**
 * Differential test: our SDK-HMAC-SHA256 signer against the signer of the official
 * `@huaweicloud/huaweicloud-sdk-core` (devDependency, oracle only). Same request, same date,
 * same credentials → the same Authorization header, for every RFS action.
 */
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials';
import { buildRequest, type BuiltRequest } from '../../core/builder/build-request';
import { planOf } from '../../core/model/plan';
import { signHuawei } from '../../core/protocols/huawei-rest';
import type { SignedRequest } from '../../core/protocols/types';
import { SAMPLE_CALLS } from './sample-requests';

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'example/secret+key=0123456789abcdef';
const HOST = 'rfs.cn-north-4.myhuaweicloud.com';
const DATE = new Date(Date.UTC(2026, 10, 22, 17, 23, 0));

function ours(built: BuiltRequest, token?: string): SignedRequest {
  return signHuawei(
    { ...built, host: HOST },
    { credentials: { accessKeyId: AK, accessKeySecret: SK, ...(token ? { securityToken: token } : {}) }, signatureVersion: 'v3', date: DATE, nonce: 'unused' },
  );
}

/** The oracle is given the request as the official SDK holds it: raw path values, lists as arrays, the body as an object. */
function oracle(built: BuiltRequest, signed: SignedRequest): string {
  const headers: Record<string, string> = {};
  // The oracle looks its date header up as `X-Sdk-Date` (case-sensitive) and adds a fresh one otherwise.
  for (const [k, v] of Object.entries(signed.headers)) if (k !== 'authorization') headers[k === 'x-sdk-date' ? 'X-Sdk-Date' : k] = v;
  const queryParams: Record<string, string | string[]> = { ...built.query, ...(built.queryLists ?? {}) };
  const rawPath = built.pathname.split('/').map(decodeURIComponent).join('/');
  const request = {
    endpoint: `https://${HOST}${rawPath}`,
    method: built.method,
    headers,
    queryParams,
    data: built.json,
  };
  const credential = new BasicCredentials().withAk(AK).withSk(SK);
  const out = AKSKSigner.sign(request as unknown as Parameters<typeof AKSKSigner.sign>[0], credential) as Record<string, string>;
  return out.Authorization;
}

describe('Huawei SDK-HMAC-SHA256 signer = the official SDK signer', () => {
  it.each(SAMPLE_CALLS.map((c, i) => [`${planOf(c.model).action!.action} #${i}`, c] as const))('%s', (_name, call) => {
    const built = buildRequest(call.model, call.params);
    const signed = ours(built);
    expect(signed.headers.authorization).toBe(oracle(built, signed));
    expect(signed.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/);
  });

  it('signs the security token of temporary credentials too', () => {
    const built = buildRequest(SAMPLE_CALLS[0].model, SAMPLE_CALLS[0].params);
    const signed = ours(built, 'sts-token-value');
    expect(signed.headers['x-security-token']).toBe('sts-token-value');
    expect(signed.headers.authorization).toContain('x-security-token');
    expect(signed.headers.authorization).toBe(oracle(built, signed));
  });

  it('gives a different signature when anything signed changes', () => {
    const call = SAMPLE_CALLS[3];
    const a = ours(buildRequest(call.model, call.params)).signature;
    const b = ours(buildRequest(call.model, { ...call.params, moduleName: 'HelloWorle' })).signature;
    expect(a).not.toBe(b);
  });
});
