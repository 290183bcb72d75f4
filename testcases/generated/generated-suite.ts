/**
 * The engine of the generated negative and boundary suites: for each action, core's
 * `negativeCases(Model)` (every required parameter left out, every enum given a value outside it,
 * numeric and length bounds at min−1/max+1 and min/max), sent with `{ validate: false }` so that the
 * API — not our builder — is what is tested.
 *
 * The base of each case is realistic where it matters and harmless where it could hurt:
 * - read actions (Describe/List/…) get real ids of the environment (an instance, a database, …)
 *   in place of the model's examples, so an "accepted" case really reaches a resource;
 * - write actions keep the model's example ids (resources that do not exist), so a case the API
 *   wrongly accepted still changes nothing; where the model has DryRun, it is set.
 *
 * Expectations (checked the same way against the simulator and a real account):
 * - rejected: an ApiError whose code says Missing… (for a left-out parameter) or Invalid…/Illegal…
 *   (for a bad value), and whose code or message names the parameter's wire name;
 * - accepted: the call succeeds, or fails for a reason that is not this parameter (for example the
 *   example resource does not exist, or DryRunOperation).
 *
 * Where a generated case and the documentation disagree, the case is corrected in the product file's
 * `corrections` map, with its reason next to it; the corrected cases still appear, skipped, with the reason.
 */
import { ApiError } from '../../core/errors';
import { planOf } from '../../core/model/plan';
import type { ModelClass, ParamSpec } from '../../core/model/types';
import { isReadAction } from '../../core/protocols/alibaba-rpc/idempotency';
import { negativeCases, type CaseKind, type GeneratedCase } from '../../core/testing/negative-cases';
import { sampleParams } from '../../core/testing/sample-params';
import type { Client } from '../../core/client';
import { apiSuite, environment, useResources, type Product } from '../support';
import type { ResourceLedger } from '../../core/ledger/resource-ledger';

/** Real values by parameter name (lowerCamel); a list value fills list parameters, its first item scalar ones. */
export type RealValues = Readonly<Record<string, string | readonly string[]>>;

/** `Action.parameter` (every case of that parameter) or `Action.parameter:kind` (one case) → why it is corrected. */
export type Corrections = Readonly<Record<string, string>>;

export interface GeneratedSuiteOptions {
  product: Product;
  /** Allure feature of an action (its API category). */
  featureOf: (action: string) => string;
  actions: readonly string[];
  modelOf: (action: string) => ModelClass | undefined;
  client: () => Client;
  /** Real values for read actions, resolved once before the tests (ids from the environment). */
  realValues: () => Promise<RealValues>;
  /** Values every case of an action starts from (both read and write), e.g. a test name for a create. */
  fixedValues?: (action: string) => Record<string, unknown>;
  corrections: Corrections;
  /** Tracks what an accepted case really created (a write action with no way to dry-run). */
  cleanup?: (action: string, body: Record<string, unknown>, ledger: ResourceLedger) => void;
}

const MISSING_CODE = /Missing/i;
const INVALID_CODE = /Invalid|Illegal|Malformed|OutOfRange|NotSupported|Unsupported/i;

export function generatedSuite(o: GeneratedSuiteOptions): void {
  let real: RealValues = {};
  beforeAll(async () => {
    real = await o.realValues();
  });

  for (const action of o.actions) {
    const model = o.modelOf(action);
    if (!model) {
      it(`${action}: has a parameter model @regression`, () => {
        throw new Error(`no parameter model ${action}Model: codegen must generate one for every ${o.product.toUpperCase()} action`);
      });
      continue;
    }
    const cases = casesOf(model, action, o);
    apiSuite({ product: o.product, feature: o.featureOf(action), action }, () => {
      const ledger = useResources();
      const active = cases.filter((c) => !c.correction);
      const corrected = cases.filter((c) => c.correction);
      if (active.length) {
        it.each(active.map((c) => [`generated: ${c.title} → ${c.expect} @regression`, c] as const))('%s', async (_title, c) => {
          const params = realistic(model, action, c, real);
          if (c.expect === 'rejected') await expectRejected(o.client(), model, params, c);
          else await expectAccepted(o.client(), model, params, c, (body) => o.cleanup?.(action, body, ledger));
        });
      }
      for (const c of corrected) it.skip(`generated: ${c.title} → ${c.expect} — corrected: ${c.correction} @regression`, () => undefined);
    });
  }
}

interface PlannedCase extends GeneratedCase {
  correction?: string;
}

function casesOf(model: ModelClass, action: string, o: GeneratedSuiteOptions): PlannedCase[] {
  const write = !isReadAction(action);
  const fixed = { ...(write && hasParam(model, 'dryRun') ? { dryRun: true } : {}), ...(o.fixedValues?.(action) ?? {}) };
  const base = { ...sampleParams(model), regionId: environment().regionId, ...fixed };
  const generated: PlannedCase[] = negativeCases(model, { base });
  // An action with no required parameter, enum or bound still gets one case: its base request is answered.
  if (generated.length === 0) generated.push({ title: `${action} with only its base parameters`, kind: 'at-min' as CaseKind, parameter: '', wire: '', params: base, expect: 'accepted' });
  return generated.map((c) => ({ ...c, correction: o.corrections[`${action}.${c.parameter}:${c.kind}`] ?? o.corrections[`${action}.${c.parameter}`] }));
}

function hasParam(model: ModelClass, name: string): boolean {
  return planOf(model).params.some((p) => p.name === name);
}

/** The case's parameters with real values put in for read actions (never for the parameter under test). */
function realistic(model: ModelClass, action: string, c: GeneratedCase, real: RealValues): Record<string, unknown> {
  if (!isReadAction(action)) return c.params;
  const out: Record<string, unknown> = { ...c.params };
  for (const spec of planOf(model).params) {
    if (spec.name === c.parameter || !(spec.name in out) || out[spec.name] === undefined) continue;
    const value = real[spec.name];
    if (value !== undefined) out[spec.name] = fit(spec, value);
  }
  return out;
}

function fit(spec: ParamSpec, value: string | readonly string[]): unknown {
  const list = typeof value === 'string' ? [value] : [...value];
  if (spec.type === 'array') return list;
  // A list parameter typed string takes a JSON array text (InstanceIds='["i-1"]'), as the API documents.
  if (/s$/.test(spec.wire) && typeof value !== 'string') return JSON.stringify(list);
  return list[0];
}

async function send(client: Client, model: ModelClass, params: Record<string, unknown>) {
  // A request the API must reject changes nothing, so repeating it after a transport fault (503,
  // throttling, timeout) is safe; `retry: false` made every such fault fail the case (issue 8 fault runs).
  return client.send(model, params, { validate: false, retry: { idempotent: true } });
}

async function expectRejected(client: Client, model: ModelClass, params: Record<string, unknown>, c: GeneratedCase): Promise<void> {
  let error: unknown;
  try {
    await send(client, model, params);
  } catch (e) {
    error = e;
  }
  if (!(error instanceof ApiError)) {
    throw new Error(`${c.title}: expected the API to reject the request (${c.kind} ${c.wire}), but it ${error ? `failed otherwise: ${String(error)}` : 'accepted it'}`);
  }
  expect(error).toMatchApiError({ code: c.kind === 'missing' ? MISSING_CODE : INVALID_CODE });
  expect(error.status).toBeGreaterThanOrEqual(400);
  expect(error.status).toBeLessThan(500);
  if (!namesParameter(error, c.wire)) throw new Error(`${c.title}: rejected, but the error does not name ${c.wire}: ${error.code}: ${error.apiMessage}`);
}

async function expectAccepted(
  client: Client,
  model: ModelClass,
  params: Record<string, unknown>,
  c: GeneratedCase,
  created: (body: Record<string, unknown>) => void,
): Promise<void> {
  try {
    const r = await send(client, model, params);
    created(r.body);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    // Refused for another reason (the example resource does not exist, DryRunOperation, …) is fine;
    // refused because of the value under test is not.
    const aboutThis = (MISSING_CODE.test(e.code) || INVALID_CODE.test(e.code)) && c.wire !== '' && namesParameter(e, c.wire) && !/NotFound/i.test(e.code);
    if (aboutThis) throw new Error(`${c.title}: the API refused a value the documentation allows: ${e.code}: ${e.apiMessage}`);
  }
}

/** The error's code or message names the wire parameter (RegionId, MissingRegionId, "InstanceIds.1", …). */
function namesParameter(e: ApiError, wire: string): boolean {
  const text = `${e.code} ${e.apiMessage ?? ''}`.toLowerCase();
  return text.includes(wire.toLowerCase());
}
