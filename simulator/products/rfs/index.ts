/**
 * The RFS (Huawei Cloud Resource Formation Service) part of the simulator: REST routes under
 * `/v1/`, mounted beside the Alibaba RPC route (which serves `/`). State, auth and errors are its
 * own; it shares the simulator's access keys, clock and fault injection.
 */
import type { FastifyInstance } from 'fastify';
import type { AccessKey } from '../../auth/keys';
import type { SimClock } from '../../clock';
import type { Faults } from '../../faults';
import { simRequestOf } from '../../server';
import { dispatchRfs } from './dispatch';
import { RfsState } from './state';

export interface MountRfsOptions {
  keys: ReadonlyMap<string, AccessKey>;
  clock: SimClock;
  faults?: Faults;
  /** Accepted X-Sdk-Date age either way. Default 15 minutes. */
  maxSkewMs?: number;
  log?: boolean;
}

export { RfsState } from './state';
export { dispatchRfs, DEFAULT_PROJECT } from './dispatch';
export { DEPLOY_MS, DELETE_MS } from './stacks';
export { RFS_ROUTES } from './routes';

/** Adds the RFS routes to a simulator app; returns the RFS state (for tests that look inside). */
export function mountRfs(app: FastifyInstance, options: MountRfsOptions): RfsState {
  const state = new RfsState();
  const deps = { keys: options.keys, clock: options.clock, faults: options.faults, maxSkewMs: options.maxSkewMs ?? 15 * 60 * 1000, state };
  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    url: '/v1/*',
    handler: async (request, reply) => {
      const req = simRequestOf(request);
      const answer = dispatchRfs(req, deps);
      if (answer.delayMs > 0) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (options.log) process.stderr.write(`[simulator] ${req.method} rfs:${answer.action ?? '-'} → ${answer.status}\n`);
      void reply.code(answer.status).headers(answer.headers);
      if (answer.body === undefined) return reply.send();
      void reply.header('content-type', 'application/json;charset=utf-8');
      return JSON.stringify(answer.body);
    },
  });
  return state;
}
