/** Small error helpers the ECS suites share: cleanup that tolerates "already gone", fail-fast polling. */
import { ApiError, ParameterError } from '../../../core/errors';

/** True for the API's "does not exist" answers (`InvalidInstanceId.NotFound`, `InvalidKeyPairName.NotFound`, …). */
export function isNotFound(e: unknown): boolean {
  return e instanceof ApiError && (/NotFound/i.test(e.code) || e.status === 404);
}

/** Runs a delete; a resource that is already gone counts as deleted (the ledger's contract). */
export async function removeIgnoringNotFound(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove();
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}

/**
 * An answer polling cannot outwait: a request our builder refuses, or a client error that is neither "not found yet" (new resources
 * can take a moment to become visible) nor throttling. A waiter stops at once on it.
 */
export function isFinalError(e: unknown): boolean {
  if (e instanceof ParameterError) return true;
  return e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 429 && !isNotFound(e) && !/Throttling/i.test(e.code);
}
