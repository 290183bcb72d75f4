/** REST protocols: HTTP's own rule (RFC 9110 §9.2.2) — GET, HEAD, OPTIONS, PUT and DELETE are idempotent, POST and PATCH are not. */
import type { ActionSpec } from '../model/types';

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function isMethodIdempotent(action: ActionSpec): boolean {
  return IDEMPOTENT_METHODS.has(action.method);
}
