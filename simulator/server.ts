/**
 * The HTTP face of the simulator: a fastify app bound to loopback that hands every request, raw,
 * to `dispatch` and writes its answer. Bodies are read as text (the signature covers their bytes).
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { SimError, errorBody } from './errors';
import { dispatch, type DispatchDeps } from './dispatch';
import type { SimRequest } from './auth/request';
import type { ObservedAnswer } from './options';

export function createServer(deps: DispatchDeps, log = false, observe?: (entry: ObservedAnswer) => void): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, clientErrorHandler: clientError });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    url: '*',
    handler: async (request, reply) => {
      const req = simRequestOf(request);
      const answer = dispatch(req, deps);
      if (answer.delayMs > 0) await new Promise((r) => setTimeout(r, answer.delayMs));
      observe?.({ action: answer.action, status: answer.status, body: answer.body });
      if (log) process.stderr.write(`[simulator] ${req.method} ${answer.action ?? '-'} → ${answer.status}\n`);
      void reply.code(answer.status).headers({ ...answer.headers, 'content-type': 'application/json;charset=utf-8' });
      return JSON.stringify(answer.body);
    },
  });
  // What never reaches dispatch (an unsupported method, a body over the limit, a malformed
  // request) still answers in the cloud's JSON error shape, so every client can parse it.
  const frameworkError = (status: number, code: string, message: string, host: string | undefined) => {
    const requestId = randomUUID().toUpperCase();
    return { requestId, body: JSON.stringify(errorBody(new SimError(code, message, status), requestId, host ?? '127.0.0.1')) };
  };
  app.setNotFoundHandler((request, reply) => {
    const e = frameworkError(405, 'UnsupportedHTTPMethod', `The simulator answers GET, POST, PUT, DELETE and PATCH, not ${request.method}.`, request.headers.host);
    void reply.code(405).headers({ 'x-acs-request-id': e.requestId, 'content-type': 'application/json;charset=utf-8' }).send(e.body);
  });
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    const code = status === 413 ? 'RequestEntityTooLarge' : status < 500 ? 'InvalidRequest' : 'InternalError';
    const e = frameworkError(status, code, status < 500 ? error.message : 'An error occurred while processing your request.', request.headers.host);
    void reply.code(status).headers({ 'x-acs-request-id': e.requestId, 'content-type': 'application/json;charset=utf-8' }).send(e.body);
  });
  return app;
}

/**
 * A request Node's HTTP parser rejects (bad Content-Length, broken chunking, bytes outside the
 * grammar, headers over 16 KiB) never reaches a route; it still gets the cloud's JSON error shape
 * (fastify's default answer has no RequestId/Code/Message, so clients could not parse it).
 */
function clientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'RequestHeaderFieldsTooLarge', 'The request line and headers exceed 16 KiB: send large parameters in a form body.']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'RequestTimeout', 'The request was not received completely in time.']
        : [400, 'Bad Request', 'MalformedRequest', `The HTTP request is malformed (${err.code ?? 'parse error'}): check Content-Length, chunking and header syntax.`];
  const requestId = randomUUID().toUpperCase();
  const body = JSON.stringify(errorBody(new SimError(code, message, status), requestId, '127.0.0.1'));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json;charset=utf-8\r\n` +
        `x-acs-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/** The framework-free view of a request that authentication and dispatch read (body kept as text). */
export function simRequestOf(request: FastifyRequest): SimRequest {
  const url = request.raw.url ?? '/';
  const q = url.indexOf('?');
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(request.headers)) headers[k] = Array.isArray(v) ? v.join(',') : v;
  return {
    method: request.method,
    path: q < 0 ? url : url.slice(0, q),
    rawQuery: q < 0 ? '' : url.slice(q + 1),
    headers,
    body: typeof request.body === 'string' ? request.body : '',
  };
}
