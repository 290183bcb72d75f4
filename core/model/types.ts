/**
 * The vocabulary of parameter models: what `@Action` and `@Param` record.
 * Plain data only; behaviour lives in the builder, which reads these records.
 */

/** A constructor of a parameter model (top-level action model or nested item type). */
export type ModelClass<M = object> = new () => M;

export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

/**
 * The type of a parameter, stated explicitly (nothing relies on emitDecoratorMetadata).
 * - `map`: a free-form object whose keys are sent untouched (e.g. RunCommand `Parameters`).
 * - `any`: any JSON value, not checked.
 * - `object`: a nested model (give `model`).
 * - `array`: a list (give `items`).
 */
export type ParamType = ScalarType | 'map' | 'any' | 'object' | 'array';

/** Element type of an array parameter: a scalar kind, a map, or a nested model (as a thunk). */
export type ItemType = ScalarType | 'map' | 'any' | (() => ModelClass);

/**
 * How a value goes on the wire.
 * - `flat`: objects as `A.B`, lists as `A.1.B` (the SDK's default for lists of objects).
 * - `repeatList`: lists of scalars as `A.1`, `A.2` (also the default for scalar lists).
 * - `json`: the whole value as one JSON string with wire (PascalCase) keys for model items.
 * - `simple`: a list joined with commas.
 */
export type SerializationStyle = 'flat' | 'repeatList' | 'json' | 'simple';

/** Where a parameter goes in REST-style actions (RPC actions put everything in the query). */
export type ParamLocation = 'query' | 'body' | 'path' | 'header';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

export type ActionStyle = 'RPC' | 'REST';

export interface ParamOptions {
  /** The parameter's name on the wire (PascalCase for Alibaba RPC). */
  wire: string;
  type: ParamType;
  /** Element type, for `type: 'array'`. */
  items?: ItemType;
  /** Nested model, for `type: 'object'`. */
  model?: () => ModelClass;
  required?: boolean;
  enum?: readonly (string | number)[];
  /** Numeric range, inclusive. */
  min?: number;
  max?: number;
  /** String length range, inclusive. */
  minLength?: number;
  maxLength?: number;
  /** Array item count range, inclusive. */
  minItems?: number;
  maxItems?: number;
  pattern?: RegExp;
  /** What the API assumes when the parameter is absent. Recorded, never sent. */
  serverDefault?: string | number | boolean;
  style?: SerializationStyle;
  location?: ParamLocation;
  deprecated?: boolean;
  /** Passwords, secrets, tokens, private keys: redacted in errors, logs and reports. */
  sensitive?: boolean;
  /** An example value (from the API's documentation). */
  example?: string;
}

/** A recorded parameter: its options plus the model property it belongs to. */
export interface ParamSpec extends Readonly<ParamOptions> {
  /** The model property name (lowerCamel), the name callers use. */
  readonly name: string;
}

/**
 * A product: its name, API version and protocol, and how its endpoint is found.
 * Each product folder under `models/` holds one; `core/` never names a product.
 */
export interface ProductDescriptor {
  /** Short id used in folder names and options maps: `swas`, `ecs`. */
  readonly id: string;
  /** Display name used in step titles and errors: `SWAS`, `ECS`. */
  readonly title: string;
  /** The API version (RPC routing key), e.g. `2020-06-01`. */
  readonly version: string;
  /** Name of the wire protocol plug-in in `core/protocols/`. */
  readonly protocol: string;
  /** Host name for a region (no scheme). `network` is `public` (default) or `vpc`. */
  endpointFor(regionId: string | undefined, network?: 'public' | 'vpc'): string;
  /** Base URL of the action documentation; an action's doc link is `${docs}/${action}` unless the action gives its own. */
  readonly docsBase?: string;
}

export interface ActionOptions {
  product: ProductDescriptor;
  /** The action name on the wire, e.g. `RunCommand`. */
  action: string;
  /** Defaults to the product's version. */
  version?: string;
  /** Defaults to POST. */
  method?: HttpMethod;
  /** Defaults to `/`. REST actions use `{name}` placeholders for path parameters. */
  pathname?: string;
  /** Defaults to RPC. */
  style?: ActionStyle;
  /** Link to the action's documentation. */
  docs?: string;
  /**
   * Doing the action twice does no more than doing it once (no second resource, no second run), so
   * a retry after an answer that was lost is safe even without a ClientToken. Left out, the wire
   * protocol's convention decides (Alibaba RPC: by the action's verb; REST: by the HTTP method).
   */
  idempotent?: boolean;
}

export interface ActionSpec extends Readonly<Required<Omit<ActionOptions, 'docs' | 'idempotent'>>> {
  readonly docs?: string;
  readonly idempotent?: boolean;
}

/** The caller-facing parameters of a model: its data properties, with the class's own optional markers. */
export type ParamsOf<M> = Pick<M, DataKeys<M>>;

type DataKeys<M> = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  [K in keyof M]-?: M[K] extends (...args: never[]) => unknown ? never : K;
}[keyof M] &
  string;
