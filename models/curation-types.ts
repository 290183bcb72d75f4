/**
 * The shape of a product's curation file (`models/<product>/curation.ts`): what a test suite wants
 * beyond the SDK's facts. Hand-written, read by the generator, never overwritten by it. Every entry
 * states its reason; the generator refuses an entry that names an action or parameter the SDK
 * no longer has, so curation cannot silently rot when the SDK changes.
 */
import type { ParamOptions } from '../core';

/** A value the model sends unless the caller overrides it (aomaker style). */
export interface CuratedDefault {
  readonly value: string | number | boolean;
  readonly reason: string;
}

/** Facts of one parameter that the documentation gets wrong (or that the generator cannot read). */
export interface Correction {
  /** Options to set; `null` removes a fact the generator read (e.g. a wrong enum). */
  readonly set: { readonly [K in CorrectableFact]?: ParamOptions[K] | null };
  readonly reason: string;
}

export type CorrectableFact =
  | 'type'
  | 'required'
  | 'enum'
  | 'min'
  | 'max'
  | 'minLength'
  | 'maxLength'
  | 'minItems'
  | 'maxItems'
  | 'serverDefault'
  | 'style'
  | 'sensitive'
  | 'example';

/**
 * Whether doing the action twice does no more than doing it once, when the wire protocol's
 * convention (by verb or HTTP method) gets the action wrong: decides whether a retry may repeat it
 * without a ClientToken.
 */
export interface IdempotencyFact {
  readonly value: boolean;
  readonly reason: string;
}

export interface ActionCuration {
  /** Overrides the protocol's idempotency convention for this action. */
  readonly idempotent?: IdempotencyFact;
  /** Model defaults by model property name. */
  readonly defaults?: Readonly<Record<string, CuratedDefault>>;
  /** Corrections by model property name; a nested item's parameter is `parentProperty.property` (e.g. `firewallRules.port`). */
  readonly corrections?: Readonly<Record<string, Correction>>;
}

/** Curation of one product, by action name. */
export type ProductCuration = Readonly<Record<string, ActionCuration>>;
