/**
 * What the SDK reader returns: the raw facts of an official Alibaba Cloud SDK, before any
 * interpretation of doc comments. Names are the SDK's own.
 */

/** A field type as the SDK's `static types()` states it. */
export type SdkType =
  | { readonly kind: 'scalar'; readonly name: 'string' | 'number' | 'boolean' | 'any' }
  | { readonly kind: 'array'; readonly items: SdkType }
  | { readonly kind: 'map'; readonly value: SdkType }
  | { readonly kind: 'class'; readonly name: string };

export interface SdkField {
  /** The SDK property name (lowerCamel), our model property name. */
  readonly name: string;
  /** The wire name from `static names()`. */
  readonly wire: string;
  readonly type: SdkType;
  /** The field's doc comment text, comment markers stripped ('' when there is none). */
  readonly doc: string;
}

export interface SdkClass {
  readonly name: string;
  /** In `static names()` order, which is the order the SDK serializes a model's members. */
  readonly fields: readonly SdkField[];
}

/** One `query["Wire"] = request.field` line of an operation. */
export interface SdkQueryParam {
  readonly wire: string;
  /** The request class field it reads (the original field for a shrunk one). */
  readonly field: string;
  /** Set when the field is serialized by `arrayToStringWithSpecifiedStyle`. */
  readonly shrink?: 'json' | 'simple';
}

export interface SdkOperation {
  /** The SDK method name without `WithOptions`, e.g. `runCommand`. */
  readonly method: string;
  readonly action: string;
  readonly version: string;
  readonly httpMethod: string;
  readonly pathname: string;
  readonly style: string;
  readonly requestClass: string;
  readonly responseClass: string;
  readonly query: readonly SdkQueryParam[];
  /** True when the operation sends `request.toMap()` as the query: every request field, by its names() wire name. */
  readonly wholeRequest: boolean;
  /** Body or header placements, if any: the generator refuses them (RPC products put everything in the query). */
  readonly otherPlacements: readonly string[];
}

export interface SdkFacts {
  readonly packageName: string;
  readonly packageVersion: string;
  readonly classes: ReadonlyMap<string, SdkClass>;
  readonly operations: readonly SdkOperation[];
}
