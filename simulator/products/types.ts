/** What a simulated product is made of, and what each action handler receives. */
import type { ModelClass } from '../../core/model/types';
import type { SimClock } from '../clock';
import type { StateStore, WorldSeed } from '../state/store';
import type { IdGen } from '../state/ids';
import type { Params } from '../wire/params';
import type { ModelRule } from '../wire/decode';

export interface ActionContext<W> {
  readonly action: string;
  readonly params: Params;
  /** The world of the caller's account in the request's region. */
  readonly world: W;
  readonly regionId: string;
  readonly account: string;
  readonly accountUid: string;
  readonly clock: SimClock;
  readonly ids: IdGen;
  /** All state, for the rare cross-account read (image sharing). */
  readonly store: StateStore;
  /** The caller's world in another region (actions that take no RegionId find resources by id). */
  worldIn(regionId: string): W;
}

/** Returns the response body without RequestId (the server adds it). Throws SimError to fail. */
export type ActionHandler<W> = (ctx: ActionContext<W>) => Record<string, unknown>;

export type Handlers<W> = Readonly<Record<string, ActionHandler<W>>>;

export interface RegionInfo {
  readonly regionId: string;
  readonly localName: string;
}

/**
 * An action's documented code for a value its generated model already rules out (enum, range, list
 * size). Without it the model check answers the generic InvalidParameter 400 before the handler,
 * which holds the documented code, ever runs.
 */
export interface ParamCode {
  readonly action: string;
  /** Wire path with list positions written `N`: `RuleProtocol`, `FirewallRules.N.RuleProtocol`. */
  readonly parameter: string;
  readonly rule: ModelRule;
  readonly code: string;
  readonly status: number;
}

export interface SimProduct<W = unknown> {
  /** `swas`, `ecs`: the deny-list and quota prefix. */
  readonly id: string;
  readonly title: string;
  /** API version this product answers (routing key). */
  readonly version: string;
  /** Every action of the API (unknown names → InvalidAction.NotFound; known but unhandled → 501). */
  readonly actions: ReadonlySet<string>;
  readonly handlers: Handlers<W>;
  readonly regions: readonly RegionInfo[];
  /** Actions that take no RegionId (served from a default region). */
  readonly regionless: ReadonlySet<string>;
  /** What a RegionId the product does not serve is answered with (the API's documented code, or our choice). */
  readonly unknownRegion: { readonly code: string; readonly status: number };
  /** Documented codes for values the model check refuses (see ParamCode); absent = the generic InvalidParameter. */
  readonly paramCodes?: readonly ParamCode[];
  /** The regional host name, for HostId. */
  host(regionId: string): string;
  /** Seeds a new world (deterministic). */
  seed(seed: WorldSeed): W;
  /** The action's parameter model, if one exists (the generated models, when present). */
  modelFor(action: string): ModelClass | undefined;
}
