/**
 * Applies a product's curation to the extracted facts: model defaults and corrections, each
 * kept with its reason so the emitted model can say why it differs from the SDK.
 */
import type { ActionCuration, ProductCuration } from '../../models/curation-types';
import type { ActionFacts, ParamFacts, ProductFacts } from './facts';

export interface CuratedParam extends ParamFacts {
  readonly modelDefault?: string | number | boolean;
  /** Reasons to print beside the parameter (defaults and corrections). */
  readonly notes: readonly string[];
}

export interface CuratedAction extends Omit<ActionFacts, 'params' | 'nested'> {
  /** From curation: the action's idempotency when the protocol's convention gets it wrong, with the reason. */
  readonly idempotent?: { readonly value: boolean; readonly reason: string };
  readonly params: readonly CuratedParam[];
  readonly nested: readonly { readonly className: string; readonly params: readonly CuratedParam[] }[];
}

export function curateProduct(facts: ProductFacts, curation: ProductCuration): CuratedAction[] {
  const known = new Set(facts.actions.map((a) => a.action));
  for (const action of Object.keys(curation)) {
    if (!known.has(action)) throw new Error(`curation names action ${action}, which ${facts.sdk.name}@${facts.sdk.version} does not have`);
  }
  return facts.actions.map((a) => curateAction(a, curation[a.action] ?? {}));
}

function curateAction(action: ActionFacts, curation: ActionCuration): CuratedAction {
  const where = `curation of ${action.action}`;
  const top = new Map(action.params.map((p) => [p.name, toCurated(p)]));
  const nested = new Map(action.nested.map((n) => [n.className, new Map(n.params.map((p) => [p.name, toCurated(p)]))]));

  for (const [name, d] of Object.entries(curation.defaults ?? {})) {
    const p = top.get(name);
    if (!p) throw new Error(`${where}: default for '${name}', which is not a parameter`);
    top.set(name, { ...p, modelDefault: d.value, notes: [...p.notes, `Model default (curation): ${d.reason}`] });
  }
  for (const [path, c] of Object.entries(curation.corrections ?? {})) {
    const [head, tail] = path.split('.', 2);
    let table = top;
    let name = head;
    if (tail !== undefined) {
      const parent = top.get(head);
      const cls = parent && (parent.model ?? (typeof parent.items === 'object' ? parent.items.model : undefined));
      const inner = cls ? nested.get(cls) : undefined;
      if (!inner) throw new Error(`${where}: correction for '${path}': '${head}' is not a parameter with nested items`);
      table = inner;
      name = tail;
    }
    const p = table.get(name);
    if (!p) throw new Error(`${where}: correction for '${path}', which is not a parameter`);
    const next: Record<string, unknown> = { ...p };
    for (const [fact, value] of Object.entries(c.set)) {
      if (value === null) delete next[fact];
      else next[fact] = value;
    }
    table.set(name, { ...(next as unknown as CuratedParam), notes: [...p.notes, `Corrected (curation): ${c.reason}`] });
  }
  return {
    ...action,
    ...(curation.idempotent ? { idempotent: curation.idempotent } : {}),
    params: [...top.values()],
    nested: action.nested.map((n) => ({ className: n.className, params: [...nested.get(n.className)!.values()] })),
  };
}

function toCurated(p: ParamFacts): CuratedParam {
  return { ...p, notes: [] };
}
