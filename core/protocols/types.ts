/**
 * A wire protocol plug-in: how a model's values are placed on the wire (`serialize`, used by the
 * builder), how a request is signed (`sign`) and how an answer becomes a body or an ApiError
 * (`parseResponse`), both used by the transport.
 */
import type { Credentials } from '../credentials';
import type { ModelPlan } from '../model/plan';
import type { ActionSpec, HttpMethod } from '../model/types';

export type BodyType = 'none' | 'form' | 'json';

export interface WireParts {
  pathname: string;
  query: Record<string, string>;
  /** Query parameters sent as repeated keys (`k=a&k=b`), for REST APIs whose lists go so; absent otherwise. */
  queryLists?: Record<string, string[]>;
  /** Form body (flat string map of wire names); empty for RPC actions, which send everything in the query. */
  body: Record<string, string>;
  /** JSON body for REST actions, undefined otherwise. */
  json?: unknown;
  headers: Record<string, string>;
  bodyType: BodyType;
}

export interface SerializeInput {
  action: ActionSpec;
  plan: ModelPlan;
  /** Set values only (unset ones already stripped), keyed by model property name. */
  values: Record<string, unknown>;
  /** Keys the model does not declare, sent verbatim as wire names (only with validate:false). */
  extras: Record<string, unknown>;
}

export interface WireProtocol {
  readonly name: string;
  serialize(input: SerializeInput): WireParts;
  /** Pure: the same input, credentials, date and nonce give the same signed request. */
  sign?(request: SignInput, context: SigningContext): SignedRequest;
  /** Returns the body of a successful answer, or throws the ApiError the answer describes. */
  parseResponse?(response: RawResponse, call: ParseContext): ParsedResponse;
  /**
   * The protocol's convention for whether an action may be repeated without harm (reads, and writes
   * that set a state rather than make something new), for actions whose model does not say.
   * Absent: none is.
   */
  isIdempotent?(action: ActionSpec): boolean;
}

/** A built request placed at its endpoint: what a signer needs. */
export interface SignInput extends WireParts {
  method: HttpMethod;
  /** The Host header exactly as sent (port included when it is not the scheme's default). */
  host: string;
  action: string;
  version: string;
}

export interface SigningContext {
  credentials: Credentials;
  /** The protocol's own signature variants (Alibaba RPC: 'v3' = ACS3-HMAC-SHA256, 'v1' = HMAC-SHA1). */
  signatureVersion: string;
  /** The clock and the nonce are given, so signing stays a pure function. */
  date: Date;
  nonce: string;
}

export interface SignedRequest {
  /** Path and query string, strictly percent-encoded, ready to append to the origin. */
  path: string;
  /** Every header to send; the HTTP layer adds only transport headers (connection, content-length). */
  headers: Record<string, string>;
  body?: string;
  /** The signature value, so it can be scrubbed from anything reported. */
  signature: string;
}

export interface RawResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

export interface ParseContext {
  /** Product title (`SWAS`) and action, for error messages. */
  product: string;
  action: string;
  /** Removes known secrets from any text taken from the answer. */
  scrub(text: string): string;
}

export interface ParsedResponse {
  body: Record<string, unknown>;
  requestId: string;
}
