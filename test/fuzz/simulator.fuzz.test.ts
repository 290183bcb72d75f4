/**
 * Fuzzing the simulator with malformed wire input (issue 8, "Fuzzing bad input"). Whatever arrives
 * — a broken request line, an absurd Content-Length, non-UTF-8 bytes, garbled or missing auth
 * headers, unknown versions, or a correctly signed request whose parameters are hostile (bad
 * percent-encodings, huge values, keys nested hundreds deep, duplicate keys, wrong types) — the
 * answer must be a 4xx (or, for a signed request the action accepts, 200) carrying the cloud's
 * JSON error shape `{ RequestId, Code, Message }`; never a 5xx, never a hang (each exchange has a
 * deadline), never a change to Object.prototype; and the server must keep serving afterwards.
 * Bounded: SIM_FUZZ_RUNS (default 1,000) cases per property.
 */
import fc from 'fast-check';
import { PRODUCTS, startSimulator, type SimulatorHandle } from '../../simulator';
import { planOf } from '../../core/model/plan';
import { rawRequest, type RawAnswer } from '../resilience/support/raw-http';
import { signRaw } from '../resilience/support/raw-signer';

const RUNS = Number(process.env.SIM_FUZZ_RUNS ?? 1000);
const AK = 'fuzz-ak';
const SK = 'fuzz-sk';

let sim: SimulatorHandle;
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  // Explicit zero faults: CLOUDCASE_SIM_* in the shell must not inject 503s into this test.
  sim = await startSimulator({
    port: 0,
    accessKeys: { [AK]: SK },
    faults: { latencyMs: 0, latencySpikeRate: 0, serviceUnavailableRate: 0, throttlingRate: 0, quotas: {} },
  });
});
afterAll(() => sim?.close());

/** The cloud's error shape, or a success body with its RequestId. */
function expectWellFormed(a: RawAnswer, what: string): void {
  if (a.status >= 500 || a.status < 200 || (a.status >= 300 && a.status < 400)) {
    throw new Error(`${what}: HTTP ${a.status} ${a.text.slice(0, 300)}`);
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(a.text) as Record<string, unknown>;
  } catch {
    throw new Error(`${what}: HTTP ${a.status} with a body that is not JSON: ${JSON.stringify(a.text.slice(0, 200))}`);
  }
  if (typeof body.RequestId !== 'string' || !body.RequestId) throw new Error(`${what}: HTTP ${a.status} without RequestId: ${a.text.slice(0, 200)}`);
  if (a.status !== 200 && (typeof body.Code !== 'string' || typeof body.Message !== 'string')) {
    throw new Error(`${what}: HTTP ${a.status} without Code/Message: ${a.text.slice(0, 200)}`);
  }
}

/** A correctly signed, harmless call answers 200: the server still serves. */
async function expectServing(): Promise<void> {
  const rawQuery = 'RegionId=cn-hangzhou';
  const a = await rawRequest(sim.port, { target: `/?${rawQuery}`, headers: signRaw({ port: sim.port, action: 'ListRegions', version: '2020-06-01', rawQuery, accessKeyId: AK, secret: SK }) });
  expect(a.status).toBe(200);
}

function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------
// The actions the simulator implements, with the wire names of their parameters (nested too), so
// generated keys reach the model decoder and the handlers, not only the router.

interface Target {
  product: string;
  version: string;
  action: string;
  wires: string[];
}

function targets(): Target[] {
  const out: Target[] = [];
  for (const p of PRODUCTS) {
    for (const action of Object.keys(p.handlers).sort()) {
      const model = p.modelFor(action);
      const wires = new Set<string>(['RegionId']);
      if (model) {
        const plan = planOf(model);
        for (const spec of plan.params) {
          wires.add(spec.wire);
          const nested = plan.nested(spec);
          for (const n of nested?.params ?? []) wires.add(n.wire);
        }
      }
      out.push({ product: p.id, version: p.version, action, wires: [...wires] });
    }
  }
  return out;
}

const TARGETS = targets();
const HOSTILE_SEGMENTS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', '0', '-1', '01', '1.5', '99999999999999999999', '4294967296', ' ', '%', '\u0000'];

const segment = (wires: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...wires) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
  );

const key = (wires: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.array(segment(wires), { minLength: 1, maxLength: 5 }).map((s) => s.join('.')) },
    // deep nesting: A.1.B.1.C… far past any real API
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...wires), fc.integer({ min: 20, max: 400 })).map(([w, n]) => Array.from({ length: n }, (_, i) => (i % 2 ? '1' : w)).join('.')) },
  );

const deepJson = fc.integer({ min: 1, max: 20_000 }).chain((n) => fc.constantFrom('['.repeat(n) + ']'.repeat(n), '{"a":'.repeat(n) + '1' + '}'.repeat(n), '['.repeat(n)));

const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.constantFrom('', 'true', 'FALSE', '1e400', '-0', 'NaN', 'Infinity', '9'.repeat(400), '-9007199254740993', '0x1F', '[]', '{}', 'null', '[null]', '[{}]', '{"__proto__":{"polluted":1}}', '[{"__proto__":{"polluted":1}}]', 'cn-hangzhou', ',,,', '\u0000') },
  { weight: 2, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)) },
);

const strict = (s: string): string => encodeURIComponent(s);
/** Percent-encoding gone wrong: truncated escapes, non-hex digits, overlong/invalid UTF-8 sequences. */
const garble = fc.constantFrom('%', '%Z', '%4', '%ZZ', '%E0%A4', '%C0%AF', '%FF%FE', '%ED%A0%80', '%00', '+', '%%', '%25%');

const pair = (wires: string[]): fc.Arbitrary<string> =>
  fc.tuple(key(wires), value, fc.option(garble, { freq: 3 }), fc.boolean()).map(([k, v, g, garbleKey]) =>
    g === null ? `${strict(k)}=${strict(v)}` : garbleKey ? `${strict(k)}${g}=${strict(v)}` : `${strict(k)}=${strict(v)}${g}`,
  );

const hostileCall = fc
  .constantFrom(...TARGETS)
  .chain((t) =>
    fc.record({
      target: fc.constant(t),
      pairs: fc.array(pair(t.wires), { minLength: 0, maxLength: 12 }),
      duplicate: fc.boolean(),
      region: fc.constantFrom('RegionId=cn-hangzhou', 'RegionId=cn-shanghai', 'RegionId=xx-nowhere', 'RegionId=', ''),
      inBody: fc.boolean(),
    }),
  )
  .map(({ target, pairs, duplicate, region, inBody }) => {
    const all = [region, ...pairs, ...(duplicate && pairs.length ? [pairs[0], pairs[0].replace(/=.*/, '=other')] : [])].filter(Boolean);
    const call = { target, query: inBody ? region : all.join('&'), body: inBody ? all.join('&') : '' };
    // fast-check prints a failing case with this (values can be 200 kB long)
    return Object.assign(call, { [fc.toStringMethod]: () => `${target.product} ${target.action} ?${call.query.slice(0, 400)} body ${call.body.slice(0, 400)}` });
  });

describe('the simulator fed malformed wire input', () => {
  it(`answers ${RUNS} correctly signed requests with hostile parameters with 200 or a 4xx JSON error, never a 5xx`, async () => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(hostileCall, async ({ target, query, body }) => {
        const headers = signRaw({ port: sim.port, action: target.action, version: target.version, rawQuery: query, body, accessKeyId: AK, secret: SK });
        const a = await rawRequest(sim.port, { target: `/?${query}`, headers, body });
        expectWellFormed(a, `${target.product} ${target.action} ?${query.slice(0, 200)} body ${body.slice(0, 200)}`);
        const code = a.status === 200 ? '200' : String((JSON.parse(a.text) as { Code: string }).Code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: 20261122, endOnFailure: true },
    );
    expectPrototypeUntouched();
    await expectServing();
    // The property reached past authentication into parameter checking (not only 'signature mismatch').
    expect((codes.get('InvalidParameter') ?? 0) + (codes.get('MissingParameter') ?? 0)).toBeGreaterThan(RUNS / 10);
    expect(codes.get('SignatureDoesNotMatch') ?? 0).toBeLessThan(RUNS / 10);
  }, 180_000);

  it(`answers ${RUNS} requests with garbled auth, versions and actions with a 4xx JSON error`, async () => {
    const auth = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 200 }),
      fc.constantFrom('ACS3-HMAC-SHA256', 'ACS3-HMAC-SHA256 Credential=', `ACS3-HMAC-SHA256 Credential=${AK},SignedHeaders=,Signature=`, `ACS3-HMAC-MD5 Credential=${AK},SignedHeaders=host,Signature=00`, `ACS3-HMAC-SHA256 Credential=nobody,SignedHeaders=host;x-acs-date;x-acs-signature-nonce,Signature=abcdef`, `ACS3-HMAC-SHA256 Credential=${AK},SignedHeaders=host;x-acs-date;x-acs-signature-nonce,Signature=${'0'.repeat(64)}`),
    );
    const xHeader = fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('2020-06-01', '2014-05-26', '1999-01-01', '2020-06-01,2014-05-26', 'ListRegions', 'DescribeRegions', '../../etc', 'not-a-date', '2000-01-01T00:00:00Z')), { freq: 2 });
    const v1Query = fc.option(
      fc.record({ Action: fc.string({ maxLength: 20 }), Version: fc.constantFrom('2020-06-01', '2014-05-26', 'x'), AccessKeyId: fc.constantFrom(AK, 'nobody', ''), Signature: fc.string({ maxLength: 30 }), SignatureMethod: fc.constantFrom('HMAC-SHA1', 'MD5', ''), SignatureVersion: fc.constantFrom('1.0', '2'), SignatureNonce: fc.string({ maxLength: 10 }), Timestamp: fc.constantFrom('2000-01-01T00:00:00Z', new Date().toISOString(), 'yesterday', '') }),
      { freq: 2 },
    );
    await fc.assert(
      fc.asyncProperty(auth, xHeader, xHeader, xHeader, xHeader, v1Query, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), async (authorization, action, version, date, nonce, v1, method) => {
        const headers: Array<[string, string]> = [];
        if (authorization !== undefined) headers.push(['authorization', authorization.replace(/[\r\n]/g, ' ')]);
        if (action !== null) headers.push(['x-acs-action', action.replace(/[\r\n]/g, ' ')]);
        if (version !== null) headers.push(['x-acs-version', version.replace(/[\r\n]/g, ' ')]);
        if (date !== null) headers.push(['x-acs-date', date.replace(/[\r\n]/g, ' ')]);
        if (nonce !== null) headers.push(['x-acs-signature-nonce', nonce.replace(/[\r\n]/g, ' ')]);
        const query = v1 ? new URLSearchParams(v1).toString() : 'RegionId=cn-hangzhou';
        const a = await rawRequest(sim.port, { method, target: `/?${query}`, headers: headers.map(([k, v]) => [k, Buffer.from(v, 'utf8')]) });
        expectWellFormed(a, `${method} auth ${JSON.stringify(authorization)} action ${JSON.stringify(action)} version ${JSON.stringify(version)} ?${query}`);
        expect(a.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: RUNS, seed: 20261123, endOnFailure: true },
    );
    await expectServing();
  }, 180_000);

  it('answers a correctly signed request for an unknown version, a missing version or an unknown action with a 4xx JSON error', async () => {
    for (const [action, version, code] of [
      ['ListRegions', '1999-01-01', 'InvalidVersion'],
      ['NoSuchAction', '2020-06-01', 'InvalidAction.NotFound'],
      ['NoSuchAction', '2014-05-26', 'InvalidAction.NotFound'],
      ['ListRegions', '', 'MissingVersion'],
    ] as const) {
      const rawQuery = 'RegionId=cn-hangzhou';
      const headers = signRaw({ port: sim.port, action, version, rawQuery, accessKeyId: AK, secret: SK });
      const a = await rawRequest(sim.port, { target: `/?${rawQuery}`, headers });
      expectWellFormed(a, `${action} ${version}`);
      expect(a.status).toBeGreaterThanOrEqual(400);
      expect((JSON.parse(a.text) as { Code: string }).Code).toBe(code);
    }
  });

  // Wire-level breakage: what never becomes a parsed request still gets the cloud's error shape.
  const port = (): number => sim.port;
  const broken: Array<[string, () => Promise<RawAnswer>]> = [
    ['a Content-Length far over the body limit', () => rawRequest(port(), { body: 'a=1', contentLength: 99_999_999_999, headers: [['content-type', 'application/x-www-form-urlencoded']] })],
    ['a body over the 1 MiB limit', () => rawRequest(port(), { body: 'A=' + 'x'.repeat(1024 * 1024 + 10), headers: [['content-type', 'application/x-www-form-urlencoded']] })],
    ['a non-numeric Content-Length', () => rawRequest(port(), { body: 'a=1', contentLength: 'abc' })],
    ['a negative Content-Length', () => rawRequest(port(), { body: 'a=1', contentLength: '-5' })],
    ['two different Content-Length headers', () => rawRequest(port(), { body: 'a=1', headers: [['Content-Length', '3'], ['Content-Length', '4']] })],
    ['a bad chunked encoding', () => rawRequest(port(), { body: 'zz\r\nabc\r\n0\r\n\r\n', contentLength: 'none', headers: [['Transfer-Encoding', 'chunked']] })],
    ['non-UTF-8 bytes in the request target', () => rawRequest(port(), { method: 'GET', target: Buffer.from([0x2f, 0x3f, 0x41, 0x3d, 0xff, 0xfe, 0xc0, 0xaf]) })],
    ['non-UTF-8 bytes in the form body', () => rawRequest(port(), { body: Buffer.from([0x41, 0x3d, 0xff, 0xfe, 0xc0, 0xaf, 0x26, 0x42, 0x3d, 0x80]), headers: [['content-type', 'application/x-www-form-urlencoded']] })],
    ['non-UTF-8 bytes in the Authorization header', () => rawRequest(port(), { headers: [['authorization', Buffer.from([0x41, 0x43, 0x53, 0x33, 0x20, 0xff, 0xfe, 0x80])]] })],
    ['a control character in a header value', () => rawRequest(port(), { headers: [['x-acs-action', Buffer.from([0x41, 0x01, 0x42])]] })],
    ['a garbage request line', () => rawRequest(port(), { method: '\u0001\u0002', target: '\u0000' })],
    ['an unknown HTTP method token', () => rawRequest(port(), { method: 'BREW' })],
    ['OPTIONS', () => rawRequest(port(), { method: 'OPTIONS' })],
    ['headers over 16 KiB', () => rawRequest(port(), { headers: [['x-acs-action', 'A'.repeat(20_000)]] })],
    ['a request target over 16 KiB', () => rawRequest(port(), { method: 'GET', target: '/?A=' + 'x'.repeat(20_000) })],
    ['a header line without a colon', () => rawRequest(port(), { headers: [['no-colon-here\r\nx', 'y']] })],
  ];
  it.each(broken)('answers %s with a 4xx JSON error and keeps serving', async (_, send) => {
    const a = await send();
    expectWellFormed(a, _);
    expect(a.status).toBeGreaterThanOrEqual(400);
    await expectServing();
  });
});
