/**
 * One RFS request, start to answer, free of the HTTP framework: authenticate (Huawei AK/SK),
 * route by method and path, check permission, apply injected faults, check the request id, run
 * the action. Errors answer with the Huawei envelope; every answer carries `X-Request-Id`.
 */
import { randomUUID } from 'node:crypto';
import { denies, type AccessKey } from '../../auth/keys';
import type { SimRequest } from '../../auth/request';
import type { SimClock } from '../../clock';
import { SimError } from '../../errors';
import type { Faults } from '../../faults';
import { authenticateHuawei } from './auth';
import { parseBody, type RfsAnswer } from './call';
import { checkRequestId } from './checks';
import { RfsError, errorEnvelope, rfsErrors } from './errors';
import { findRoute, type RfsRoute } from './routes';
import type { RfsState } from './state';

export interface RfsDeps {
  readonly keys: ReadonlyMap<string, AccessKey>;
  readonly clock: SimClock;
  readonly faults?: Faults;
  readonly maxSkewMs: number;
  readonly state: RfsState;
}

export interface RfsReply extends RfsAnswer {
  headers: Record<string, string>;
  delayMs: number;
  action?: string;
}

/** Where the project comes from when the request names none (the SDKs always send one). */
export const DEFAULT_PROJECT = 'default-project';

export function dispatchRfs(req: SimRequest, deps: RfsDeps): RfsReply {
  const requestId = randomUUID().replace(/-/g, '');
  let delayMs = 0;
  let action: string | undefined;
  try {
    const key = authenticateHuawei(req, deps.keys, Date.now(), deps.maxSkewMs);
    const found = findRoute(req.method, req.path);
    if (!found) {
      throw new RfsError(501, 'RFS.NotImplemented', `The RFS simulator does not implement ${req.method} ${req.path}; if it is a real RFS action, this is a gap in the simulator, not in your request.`);
    }
    action = found.route.action;
    checkPermission(key, action);
    const fault = deps.faults?.decide('rfs', action, key.account, Date.now());
    delayMs = fault?.delayMs ?? 0;
    if (fault?.error) throw fromSimError(fault.error);
    deps.clock.runDue();
    const project = projectOf(found.route, found.params, req);
    const call = {
      req,
      action,
      path: found.params,
      query: [...new URLSearchParams(req.rawQuery)],
      body: parseBody(req),
      scope: deps.state.scope(key.account, project),
      state: deps.state,
      clock: deps.clock,
    };
    checkRequestId(call);
    const answer = found.route.handler(call);
    return { ...answer, headers: { 'x-request-id': requestId, ...answer.headers }, delayMs, action };
  } catch (e) {
    const err = e instanceof RfsError ? e : new RfsError(500, 'RFS.InternalError', 'An internal error occurred in the RFS simulator.');
    if (!(e instanceof RfsError)) process.emitWarning(`RFS simulator internal error in ${action ?? 'request'}: ${(e as Error).stack ?? String(e)}`);
    return { status: err.status, body: errorEnvelope(err), headers: { 'x-request-id': requestId }, delayMs, action };
  }
}

function projectOf(route: RfsRoute, params: Record<string, string>, req: SimRequest): string {
  if (route.projectFrom === 'path') {
    const p = params.project_id ?? '';
    if (p.length < 3 || p.length > 64) throw rfsErrors.badRequest('project_id must be 3 to 64 characters long');
    return p;
  }
  return req.headers['x-project-id'] ?? DEFAULT_PROJECT;
}

function checkPermission(key: AccessKey, action: string): void {
  if (!key.deny.some((entry) => denies(entry, 'rfs', action))) return;
  const authAction = `rf:${action}`;
  throw rfsErrors.forbidden(`You are not authorized to perform ${authAction}.`, {
    encoded_authorization_message: Buffer.from(JSON.stringify({ action: authAction, principal: key.id, decision: 'ImplicitDeny' })).toString('base64'),
    details: [{ error_code: 'RFS.Forbidden', error_msg: `policy does not allow ${authAction}` }],
  });
}

/** Injected faults (throttling, unavailability) in the Huawei envelope, keeping status and code. */
function fromSimError(e: SimError): RfsError {
  return new RfsError(e.status, e.code, e.message);
}
