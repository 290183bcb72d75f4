/**
 * `waitForInvocationFinished`: polls DescribeInvocationResult until the invocation has finished on
 * one instance, then returns the result with its output decoded. Short polls (the local simulator's
 * clock may be sped up), a generous timeout (a real instance runs the script for real).
 */
import type { SwasApi } from '../../../apis/swas';
import { waitFor } from '../../../core/waiters/wait-for';
import type { DescribeInvocationResultResponseBodyInvocationResult } from '../../../models/swas';
import { swas } from '../clients';

export interface FinishedInvocation extends DescribeInvocationResultResponseBodyInvocationResult {
  /** Output as text (the API returns it Base64-encoded). */
  outputText: string;
}

/** Per-instance invocation statuses after which nothing changes any more (as the API documents them). */
const FINAL = new Set(['Success', 'Failed', 'Timeout', 'Error', 'Stopped', 'Cancelled', 'Terminated', 'Invalid', 'Aborted']);

export async function waitForInvocationFinished(
  instanceId: string,
  invokeId: string,
  options: { api?: SwasApi; timeoutMs?: number } = {},
): Promise<FinishedInvocation> {
  const api = options.api ?? swas();
  const result = await waitFor(
    async () => (await api.describeInvocationResult({ instanceId, invokeId })).body.InvocationResult ?? {},
    (r) => r.InvokeRecordStatus === 'Finished' || FINAL.has(r.InvocationStatus ?? ''),
    { description: `invocation ${invokeId} to finish on instance ${instanceId}`, timeoutMs: options.timeoutMs ?? 300_000, intervalMs: 200, backoff: 1.5, maxIntervalMs: 2_000 },
  );
  return { ...result, outputText: Buffer.from(result.Output ?? '', 'base64').toString('utf8') };
}
