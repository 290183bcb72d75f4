/**
 * Call options for a write without ClientToken that a test knows is harmless to run twice: a script
 * that only echoes, a terminal session (it expires by itself), a request the API must refuse (it
 * changes nothing), a resource with a unique test name (a second one left by a lost answer is found by
 * `cloudcase sweep`). The client then repeats the call after a transport fault (503, timeout, reset)
 * instead of failing the test with "not repeated: … may have run". Say why at the call.
 *
 *   await swas().runCommand({ ... }, repeatable());                      // an echo: harmless twice
 *   await expect(swas().runCommand(bad, repeatable({ validate: false }))).rejects.toMatchApiError(...);
 */
import type { CallOptions } from '../../core/client';

export function repeatable(options: CallOptions = {}): CallOptions {
  const { retry } = options;
  if (retry === false) return options; // one attempt asked for: nothing to repeat
  const base = typeof retry === 'object' ? retry : typeof retry === 'number' ? { maxAttempts: retry } : {};
  return { ...options, retry: { ...base, idempotent: true } };
}
