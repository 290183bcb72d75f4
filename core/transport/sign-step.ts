/**
 * The sign step: per attempt, fetches credentials (so refreshed STS credentials are used) and signs
 * the built request with a fresh date and nonce, through the product's protocol plug-in.
 */
import { randomUUID } from 'node:crypto';
import type { CredentialProvider } from '../credentials';
import { protocolFor } from '../protocols';
import { notify, type Middleware } from './pipeline';

export interface SignStepOptions {
  credentials: CredentialProvider;
  signatureVersion: string;
}

export function signStep(options: SignStepOptions): Middleware {
  return async function sign(ctx, next) {
    const request = ctx.request!;
    const endpoint = ctx.endpoint!;
    const protocol = protocolFor(ctx.action.product.protocol);
    if (!protocol.sign) throw new Error(`The '${protocol.name}' protocol has no signer: ${ctx.title} cannot be sent`);
    const pending = options.credentials.getCredentials();
    // Static credentials come back as a plain object: no need to wait a tick for them.
    const credentials = isPromiseLike(pending) ? await pending : pending;
    ctx.secrets.push(credentials.accessKeySecret); // per attempt: a provider may rotate them
    if (credentials.securityToken) ctx.secrets.push(credentials.securityToken);
    const signed = protocol.sign(
      { ...request, host: endpoint.host },
      { credentials, signatureVersion: options.signatureVersion, date: new Date(), nonce: randomUUID() },
    );
    ctx.secrets.push(signed.signature);
    ctx.signed = signed;
    if (ctx.observers.length) await notify(ctx, 'sending');
    await next();
  };
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
