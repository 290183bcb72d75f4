/**
 * The sign step: per attempt, fetches credentials (so refreshed STS credentials are used) and signs
 * the built request with a fresh date and nonce, through the product's protocol plug-in.
 */
import { randomUUID } from 'node:crypto';
import type { CredentialProvider, Credentials } from '../credentials';
import { protocolFor } from '../protocols';
import { notify, type CallContext, type Middleware, type Next } from './pipeline';

export interface SignStepOptions {
  credentials: CredentialProvider;
  signatureVersion: string;
}

export function signStep(options: SignStepOptions): Middleware {
  // Not async: static credentials need no tick, and the step adds no promise of its own.
  return function sign(ctx, next) {
    try {
      const protocol = protocolFor(ctx.action.product.protocol);
      if (!protocol.sign) throw new Error(`The '${protocol.name}' protocol has no signer: ${ctx.title} cannot be sent`);
      const pending = options.credentials.getCredentials();
      if (isPromiseLike(pending)) return Promise.resolve(pending).then((credentials) => signWith(ctx, credentials, next));
      return signWith(ctx, pending, next);
    } catch (e) {
      return Promise.reject(e);
    }
  };

  function signWith(ctx: CallContext, credentials: Credentials, next: Next): Promise<void> {
    const request = ctx.request!;
    const endpoint = ctx.endpoint!;
    const protocol = protocolFor(ctx.action.product.protocol);
    ctx.secrets.push(credentials.accessKeySecret); // per attempt: a provider may rotate them
    if (credentials.securityToken) ctx.secrets.push(credentials.securityToken);
    // protocol.sign was checked before the credentials were asked for
    const signed = protocol.sign!(
      { ...request, host: endpoint.host },
      { credentials, signatureVersion: options.signatureVersion, date: new Date(), nonce: randomUUID() },
    );
    ctx.secrets.push(signed.signature);
    ctx.signed = signed;
    return ctx.observers.length ? notify(ctx, 'sending').then(next) : next();
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
