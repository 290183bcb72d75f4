/**
 * A wire protocol plug-in: how a model's values are placed on the wire. Signing and error
 * mapping join this interface with the transport.
 */
import type { ModelPlan } from '../model/plan';
import type { ActionSpec } from '../model/types';

export type BodyType = 'none' | 'form' | 'json';

export interface WireParts {
  pathname: string;
  query: Record<string, string>;
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
}
