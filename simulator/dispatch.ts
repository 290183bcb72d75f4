/**
 * One request, start to answer, free of the HTTP framework: authenticate, route by version and
 * action, check permission, decide faults (before any state is touched), decode and check the
 * parameters, replay or run the action, and render the body. Everything a test can observe on
 * the wire is decided here.
 */
import { randomUUID } from 'node:crypto';
import { authenticate, V1_PROTOCOL_PARAMS, type Caller } from './auth/authenticate';
import { denies, type AccessKey } from './auth/keys';
import type { NonceStore } from './auth/nonces';
import type { SimRequest } from './auth/request';
import type { SimClock } from './clock';
import { SimError, errorBody, errors } from './errors';
import type { Faults } from './faults';
import { fingerprintOf, type IdempotencyCache } from './state/idempotency';
import type { StateStore } from './state/store';
import type { SimProduct } from './products/types';
import { planOf } from '../core/model/plan';
import { treeOf } from './wire/tree';
import { ModelRuleError, decodeWithModel } from './wire/decode';
import { Params } from './wire/params';

export interface SimAnswer {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  /** Injected latency to wait before answering. */
  delayMs: number;
  /** For logs: the product and action, when known. */
  action?: string;
}

export interface DispatchDeps {
  readonly keys: ReadonlyMap<string, AccessKey>;
  readonly nonces: NonceStore;
  readonly maxSkewMs: number;
  readonly products: ReadonlyMap<string, SimProduct>;
  readonly clock: SimClock;
  readonly faults: Faults;
  readonly store: StateStore;
  readonly idempotency: IdempotencyCache;
}

export function dispatch(req: SimRequest, deps: DispatchDeps): SimAnswer {
  const requestId = randomUUID().toUpperCase();
  const hostId = req.headers['host'] ?? '127.0.0.1';
  let delayMs = 0;
  let label: string | undefined;
  try {
    const caller = authenticate(req, { keys: deps.keys, nonces: deps.nonces, nowMs: Date.now(), maxSkewMs: deps.maxSkewMs });
    const { product, action } = route(req, caller, deps);
    label = `${product.id}:${action}`;
    checkPermission(caller.key, product, action, deps.store.accountUid(caller.key.account));
    const fault = deps.faults.decide(product.id, action, caller.key.account, Date.now());
    delayMs = fault.delayMs;
    if (fault.error) throw fault.error;
    const handler = product.handlers[action];
    if (!handler) {
      throw new SimError('NotImplemented', `The simulator does not implement ${product.title} ${action} (API ${product.version}) yet; it is a real action of the API, so this is a gap in the simulator, not in your request.`, 501);
    }
    const values = decodeParams(product, action, caller);
    const body = run(product, action, values, caller, deps);
    return { status: 200, headers: { 'x-acs-request-id': requestId }, body: { RequestId: requestId, ...body }, delayMs, action: label };
  } catch (e) {
    const err = e instanceof SimError ? e : new SimError('InternalError', 'An error occurred while processing your request.', 500);
    if (!(e instanceof SimError)) process.emitWarning(`simulator internal error in ${label ?? 'request'}: ${(e as Error).stack ?? String(e)}`);
    return { status: err.status, headers: { 'x-acs-request-id': requestId, ...err.extras.headers }, body: errorBody(err, requestId, hostId), delayMs, action: label };
  }
}

function route(req: SimRequest, caller: Caller, deps: DispatchDeps): { product: SimProduct; action: string } {
  const fromQuery = (name: string): string | undefined => caller.pairs.find(([k]) => k === name)?.[1];
  const action = caller.signature === 'v3' ? req.headers['x-acs-action'] : fromQuery('Action');
  const version = caller.signature === 'v3' ? req.headers['x-acs-version'] : fromQuery('Version');
  if (!version) throw new SimError('MissingVersion', caller.signature === 'v3' ? 'The x-acs-version header is missing.' : 'The Version parameter is missing.');
  const product = deps.products.get(version);
  if (!product) {
    throw new SimError('InvalidVersion', `Specified parameter Version is not valid: no product here answers API version ${version} (known: ${[...deps.products.keys()].join(', ')}).`, 400);
  }
  if (!action) throw new SimError('MissingAction', caller.signature === 'v3' ? 'The x-acs-action header is missing.' : 'The Action parameter is missing.');
  if (!product.actions.has(action)) {
    throw new SimError('InvalidAction.NotFound', `Specified api is not found, please check your url and method: ${product.title} API ${version} has no action ${action}.`, 404);
  }
  return { product, action };
}

function checkPermission(key: AccessKey, product: SimProduct, action: string, ownerUid: string): void {
  if (!key.deny.some((entry) => denies(entry, product.id, action))) return;
  const authAction = `${product.id === 'swas' ? 'swas-open' : product.id}:${action}`;
  throw new SimError('NoPermission', `You are not authorized to do this operation. Action: ${authAction}.`, 403, {
    body: {
      AccessDeniedDetail: {
        AuthAction: authAction,
        AuthPrincipalType: 'SubUser',
        AuthPrincipalDisplayName: key.id,
        AuthPrincipalOwnerId: ownerUid,
        PolicyType: 'AccountLevelIdentityBasedPolicy',
        NoPermissionType: 'ImplicitDeny',
        EncodedDiagnosticMessage: Buffer.from(JSON.stringify({ action: authAction, principal: key.id })).toString('base64'),
      },
    },
  });
}

function decodeParams(product: SimProduct, action: string, caller: Caller): Record<string, unknown> {
  const tree = treeOf(caller.pairs, caller.signature === 'v1' ? V1_PROTOCOL_PARAMS : undefined);
  const model = product.modelFor(action);
  if (!model) return tree;
  try {
    return decodeWithModel(planOf(model), tree);
  } catch (e) {
    throw e instanceof ModelRuleError ? documentedCode(product, action, e) : e;
  }
}

/** The action's documented code for a value the model refused, when the product lists one; else the generic refusal. */
function documentedCode(product: SimProduct, action: string, e: ModelRuleError): SimError {
  const parameter = e.parameter.replace(/\.\d+(?=\.|$)/g, '.N');
  const hit = product.paramCodes?.find((c) => c.action === action && c.parameter === parameter && c.rule === e.rule);
  return hit ? new SimError(hit.code, e.message, hit.status) : e;
}

/** Actions whose model does not require RegionId (ECS StartInstance, …) are served from the default region. */
function takesNoRegion(product: SimProduct, action: string): boolean {
  if (product.regionless.has(action)) return true;
  const model = product.modelFor(action);
  return model !== undefined && !planOf(model).params.some((p) => p.wire === 'RegionId' && p.required);
}

function run(product: SimProduct, action: string, values: Record<string, unknown>, caller: Caller, deps: DispatchDeps): Record<string, unknown> {
  const params = new Params(values);
  let regionId = params.str('RegionId');
  if (!regionId) {
    if (!takesNoRegion(product, action)) throw errors.missing('RegionId');
    regionId = product.regions[0].regionId;
  }
  if (!product.regions.some((r) => r.regionId === regionId)) {
    const { code, status } = product.unknownRegion;
    throw new SimError(code, `The specified region ${regionId} does not exist or ${product.title} is not available there.`, status);
  }
  deps.clock.runDue();
  const account = caller.key.account;
  const { world, ids } = deps.store.world(product.id, account, regionId, (seed) => product.seed(seed));
  const token = params.str('ClientToken');
  const cacheKey = token ? `${product.id}|${account}|${regionId}|${action}|${token}` : undefined;
  const fingerprint = token ? fingerprintOf(caller.pairs, V1_PROTOCOL_PARAMS) : '';
  if (cacheKey) {
    const earlier = deps.idempotency.lookup(cacheKey, fingerprint);
    if (earlier) return earlier;
  }
  const body = product.handlers[action]({
    action,
    params,
    world,
    regionId,
    account,
    accountUid: deps.store.accountUid(account),
    clock: deps.clock,
    ids,
    store: deps.store,
    worldIn: (r) => deps.store.world(product.id, account, r, (seed) => product.seed(seed)).world,
  });
  if (cacheKey) deps.idempotency.remember(cacheKey, fingerprint, body);
  return body;
}
