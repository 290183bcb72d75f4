/**
 * The signers are pure functions: the clock and the nonce are inputs. Checked against values
 * computed here by hand from the reference's formulas (node crypto, not the signer's code).
 */
import { createHash, createHmac } from 'node:crypto';
import { signAcs3, signV1, percentEncode, canonicalQuery } from '../../core/protocols/alibaba-rpc';
import type { SignInput } from '../../core/protocols';

const input: SignInput = {
  method: 'POST',
  host: 'swas.cn-hangzhou.aliyuncs.com',
  pathname: '/',
  action: 'TagResources',
  version: '2020-06-01',
  query: { RegionId: 'cn-hangzhou', 'ResourceId.1': 'i-aaa', 'Tag.1.Key': 'k1', 'Tag.1.Value': 'v 2*' },
  body: {},
  headers: {},
  bodyType: 'none',
};
const context = { credentials: { accessKeyId: 'AKID', accessKeySecret: 'SECRET' }, signatureVersion: 'v3', date: new Date('2026-11-22T16:24:52.789Z'), nonce: 'nonce-1' };
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

it('percent-encodes strictly (RFC 3986) and sorts canonical queries by encoded key', () => {
  expect(percentEncode("a b*c~d'(e)!/中")).toBe('a%20b%2Ac~d%27%28e%29%21%2F%E4%B8%AD');
  expect(canonicalQuery({ b: '1', 'A.2': 'x y', a: '+' })).toBe('A.2=x%20y&a=%2B&b=1');
});

it('ACS3: the canonical request and signature of the reference formula', () => {
  const signed = signAcs3(input, context);
  const cq = 'RegionId=cn-hangzhou&ResourceId.1=i-aaa&Tag.1.Key=k1&Tag.1.Value=v%202%2A';
  const headers =
    'host:swas.cn-hangzhou.aliyuncs.com\nx-acs-action:TagResources\nx-acs-content-sha256:' + EMPTY +
    '\nx-acs-date:2026-11-22T16:24:52Z\nx-acs-signature-nonce:nonce-1\nx-acs-version:2020-06-01\n';
  const names = 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version';
  const cr = ['POST', '/', cq, headers, names, EMPTY].join('\n');
  const expected = createHmac('sha256', 'SECRET').update('ACS3-HMAC-SHA256\n' + createHash('sha256').update(cr).digest('hex')).digest('hex');
  expect(signed.signature).toBe(expected);
  expect(signed.headers.authorization).toBe(`ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=${names},Signature=${expected}`);
  expect(signed.path).toBe(`/?${cq}`);
  expect(signed.body).toBeUndefined();
  expect(signed.headers['content-type']).toBeUndefined();
});

it('ACS3: same inputs, same output; a new nonce or second, a new signature', () => {
  expect(signAcs3(input, context)).toEqual(signAcs3(input, context));
  expect(signAcs3(input, { ...context, nonce: 'nonce-2' }).signature).not.toBe(signAcs3(input, context).signature);
  expect(signAcs3(input, { ...context, date: new Date('2026-11-22T16:24:53Z') }).signature).not.toBe(signAcs3(input, context).signature);
});

it('ACS3: a form body is hashed and its content type signed', () => {
  const signed = signAcs3({ ...input, query: {}, body: { CommandContent: 'a+b c' }, bodyType: 'form' }, context);
  expect(signed.body).toBe('CommandContent=a%2Bb%20c');
  expect(signed.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(signed.headers['x-acs-content-sha256']).toBe(createHash('sha256').update('CommandContent=a%2Bb%20c').digest('hex'));
  expect(signed.headers.authorization).toContain('SignedHeaders=content-type;host;');
});

it('v1: the string to sign of the reference formula, and the STS token in the query', () => {
  const sts = { ...context, signatureVersion: 'v1', credentials: { accessKeyId: 'AKID', accessKeySecret: 'SECRET', securityToken: 'TOK' } };
  const signed = signV1(input, sts);
  const params: Record<string, string> = {
    ...input.query, Action: 'TagResources', Version: '2020-06-01', Format: 'json', Timestamp: '2026-11-22T16:24:52Z',
    SignatureNonce: 'nonce-1', SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', AccessKeyId: 'AKID', SecurityToken: 'TOK',
  };
  const canon = Object.keys(params).sort().map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`).join('&');
  const expected = createHmac('sha1', 'SECRET&').update(`POST&%2F&${percentEncode(canon)}`).digest('base64');
  expect(signed.signature).toBe(expected);
  expect(signed.path).toBe(`/?${canon}&Signature=${percentEncode(expected)}`);
  expect(signed.headers).toEqual({});
});
