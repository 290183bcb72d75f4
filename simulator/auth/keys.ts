/** The simulator's access keys: who may call, as which account, and what each key is denied. */
import type { AccessKeyOptions } from '../options';

export interface AccessKey {
  readonly id: string;
  readonly secret: string;
  readonly account: string;
  readonly deny: readonly string[];
  readonly securityToken?: string;
}

export const DEFAULT_ACCESS_KEYS: Readonly<Record<string, string>> = Object.freeze({ 'local-ak': 'local-sk' });

export function accessKeysFrom(input: Record<string, string | AccessKeyOptions> = DEFAULT_ACCESS_KEYS): Map<string, AccessKey> {
  const out = new Map<string, AccessKey>();
  for (const [id, v] of Object.entries(input)) {
    const o: AccessKeyOptions = typeof v === 'string' ? { secret: v } : v;
    if (!o.secret) throw new Error(`access key '${id}' needs a secret`);
    out.set(id, { id, secret: o.secret, account: o.account ?? id, deny: o.deny ?? [], securityToken: o.securityToken });
  }
  if (out.size === 0) throw new Error('the simulator needs at least one access key');
  return out;
}

/** Does a deny entry (`StartInstance`, `swas:Start*`, `ecs:*`, `*`) cover this call? */
export function denies(entry: string, product: string, action: string): boolean {
  const [p, a] = entry.includes(':') ? entry.split(':', 2) : [undefined, entry];
  if (p !== undefined && p !== '*' && p.toLowerCase() !== product.toLowerCase() && !(product === 'swas' && p === 'swas-open')) return false;
  if (a.endsWith('*')) return action.startsWith(a.slice(0, -1));
  return a === action;
}
