/**
 * The generator's own view of a product: per action and parameter, the facts our models carry
 * (after reading doc comments, before curation). Everything emitted and every drift line is
 * derived from this.
 */
import type { ParamType, ScalarType } from '../../core';

export type FactItems = ScalarType | 'map' | 'any' | { readonly model: string };

export interface ParamFacts {
  /** Model property name = the SDK property name. */
  readonly name: string;
  readonly wire: string;
  readonly type: ParamType;
  readonly items?: FactItems;
  /** Generated class name of a nested model (`type: 'object'`). */
  readonly model?: string;
  /** TS value type of a map's values. */
  readonly mapValues?: 'string' | 'unknown';
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly sensitive: boolean;
  readonly enum?: readonly (string | number)[];
  readonly min?: number;
  readonly max?: number;
  readonly maxItems?: number;
  readonly serverDefault?: string | number | boolean;
  readonly style?: 'json' | 'simple';
  readonly example?: string;
}

export interface NestedModelFacts {
  readonly className: string;
  readonly params: readonly ParamFacts[];
}

export type ResponseField =
  | { readonly kind: 'scalar'; readonly type: 'string' | 'number' | 'boolean' | 'any' }
  | { readonly kind: 'array'; readonly items: ResponseField }
  | { readonly kind: 'map'; readonly values: ResponseField }
  | { readonly kind: 'object'; readonly name: string };

export interface ResponseTypeFacts {
  /** Our type name: `<Action>ResponseBody` or `<Action>ResponseBody<Path>`. */
  readonly name: string;
  readonly fields: readonly { readonly wire: string; readonly type: ResponseField }[];
}

export interface ActionFacts {
  readonly action: string;
  /** lowerCamel method name, as the SDK names it. */
  readonly method: string;
  readonly version: string;
  readonly httpMethod: string;
  readonly pathname: string;
  readonly docs: string;
  readonly params: readonly ParamFacts[];
  /** Nested item models, in dependency order (a model after the ones it uses). */
  readonly nested: readonly NestedModelFacts[];
  /** Response types, in dependency order; the last one is the body. */
  readonly responses: readonly ResponseTypeFacts[];
}

export interface ProductFacts {
  readonly product: string;
  readonly sdk: { readonly name: string; readonly version: string };
  readonly actions: readonly ActionFacts[];
}
