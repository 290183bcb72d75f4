/**
 * createClient: the signed transport. A call goes through these steps, in this order:
 *
 *   report → build → retry → rate limit → sign → parse → send
 *
 *   report      one Allure step per call, log lines (core/report)
 *   build       default region, buildRequest (validate, serialize), endpoint (transport/build-step)
 *   retry       attempts, backoff, x-acs-retry-after, write safety (core/retry)
 *   rate limit  client-side quota per product+action, per attempt (core/rate-limit)
 *   sign        credentials + ACS3/v1 signature, fresh date and nonce per attempt (transport/sign-step)
 *   parse       the answer → ApiResponse, or ApiError (transport/parse-step)
 *   send        axios, keep-alive, no redirects, timeouts (transport/send-step, transport/http)
 *
 * `core/` knows no product: the model's @Action names the product descriptor, which gives the
 * protocol plug-in and the endpoint rule.
 */
import { credentialProviderFor, type CredentialOptions } from './credentials';
import { planOf } from './model/plan';
import type { ModelClass, ParamsOf } from './model/types';
import { SIGNATURE_VERSIONS, type SignatureVersion } from './protocols/alibaba-rpc/sign';
import { rateLimitStep } from './rate-limit/step';
import type { RateLimitOptions } from './rate-limit/limiter';
import { reportStep, type CallLogger } from './report/step';
import type { ApiResponse } from './response';
import type { RetrySetting } from './retry/policy';
import { retryStep } from './retry/step';
import { buildStep } from './transport/build-step';
import type { EndpointOption, Network } from './transport/endpoint';
import { createHttpSender } from './transport/http';
import { parseStep } from './transport/parse-step';
import { compose, newCallContext, type CallOptions, type Middleware } from './transport/pipeline';
import { sendStep } from './transport/send-step';
import { signStep } from './transport/sign-step';

export interface ClientOptions extends CredentialOptions {
  /** Default region: fills `regionId` when a call leaves it out, and picks the endpoint. */
  regionId?: string;
  /** One base URL for every product (`http://127.0.0.1:8080`), or a map product id → URL or host. */
  endpoint?: EndpointOption;
  /** `vpc` picks the products' VPC endpoints. Default `public`. */
  network?: Network;
  /** `v3` = ACS3-HMAC-SHA256 (default), `v1` = HMAC-SHA1 RPC signature. */
  signatureVersion?: SignatureVersion;
  /** Per-attempt time limit in milliseconds. Default 30000. */
  timeoutMs?: number;
  /** Retries (on by default, 3 attempts): false, a number of attempts, or options. */
  retry?: RetrySetting;
  /** Client-side rate limit per product+action. Off by default. */
  rateLimit?: RateLimitOptions;
  /** Receives one redacted line per call (debug) and per retry or failure (warn). */
  logger?: CallLogger;
  /** Most sockets per host. Default 64. */
  maxSockets?: number;
}

/** A call's parameters: the model's, with `regionId` optional (the client's default region fills it). */
export type CallParams<M> = WithOptionalRegion<ParamsOf<M>>;
type WithOptionalRegion<P> = 'regionId' extends keyof P ? Omit<P, 'regionId'> & Partial<Pick<P, 'regionId' & keyof P>> : P;

export interface Client {
  readonly regionId?: string;
  readonly signatureVersion: SignatureVersion;
  /**
   * Calls the action of `model`: build → sign → send → parse. Typed parameters for TypeScript
   * callers; any record for data-driven tests and JavaScript — unknown keys are still rejected at
   * run time unless `validate: false`.
   */
  send<M extends object, B = Record<string, unknown>>(
    model: ModelClass<M>,
    params?: CallParams<M> | Readonly<Record<string, unknown>>,
    options?: CallOptions,
  ): Promise<ApiResponse<B>>;
  /** Closes idle keep-alive connections. The client stays usable (new connections open on demand). */
  close(): void;
}

export type { CallOptions };

const DEFAULT_TIMEOUT_MS = 30000;

export function createClient(settings: ClientOptions = {}): Client {
  const signatureVersion = settings.signatureVersion ?? 'v3';
  if (!SIGNATURE_VERSIONS.includes(signatureVersion)) {
    throw new TypeError(`signatureVersion must be 'v3' (ACS3-HMAC-SHA256) or 'v1' (HMAC-SHA1), got '${String(signatureVersion)}'`);
  }
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${timeoutMs}`);
  const http = createHttpSender({ maxSockets: settings.maxSockets });

  const steps: Middleware[] = [
    reportStep({ logger: settings.logger }),
    buildStep({ regionId: settings.regionId, endpoint: settings.endpoint, network: settings.network }),
    retryStep({ retry: settings.retry }), // checks the retry setting now, not at the first call
    ...(settings.rateLimit ? [rateLimitStep(settings.rateLimit)] : []),
    signStep({ credentials: credentialProviderFor(settings), signatureVersion }),
    parseStep(),
    sendStep({ http, timeoutMs }),
  ];
  const pipeline = compose(steps);

  return {
    regionId: settings.regionId,
    signatureVersion,
    async send<M extends object, B>(model: ModelClass<M>, params: object = {}, callOptions: CallOptions = {}) {
      const action = planOf(model).action;
      if (!action) throw new TypeError(`${model.name} has no @Action: only action models can be called`);
      const ctx = newCallContext(model, action, params as Record<string, unknown>, callOptions);
      await pipeline(ctx);
      return ctx.response as ApiResponse<B>;
    },
    close: () => http.close(),
  };
}
