/** The retry policy as pure functions: what is retryable, what is safe to repeat, how long to wait. */
import { ApiError } from '../../index';
import { DEFAULT_RETRY, isRetryableError, isSafeToRepeat, resolveRetryPolicy, retryDelayMs } from '../../core/retry/policy';
import type { ActionSpec } from '../../core/model/types';
import { isRpcActionIdempotent } from '../../core/protocols/alibaba-rpc/idempotency';
import { isMethodIdempotent } from '../../core/protocols/idempotent-methods';

const err = (code: string, status: number, retryAfterMs?: number) => new ApiError({ code, message: 'm', status, product: 'SWAS', action: 'X', retryAfterMs });

it('retries network failures, timeouts, 5xx, Throttling* and ServiceUnavailable* — nothing else', () => {
  for (const e of [err('NetworkError', 0), err('Timeout', 0), err('InternalError', 500), err('HttpError', 502), err('Throttling.User', 400), err('Rejected.Throttling', 429), err('ServiceUnavailable', 503), err('ServiceUnavailable.Busy', 400)]) {
    expect([e.code, isRetryableError(e)]).toEqual([e.code, true]);
  }
  for (const e of [err('InvalidParameter', 400), err('NoPermission', 403), err('IncorrectInstanceStatus', 403)]) {
    expect([e.code, isRetryableError(e)]).toEqual([e.code, false]);
  }
  expect(isRetryableError(new Error('ServiceUnavailable'))).toBe(false);
});

it('repeats a call with a ClientToken or an idempotent action; the call\'s own setting overrides the action both ways', () => {
  expect(isSafeToRepeat(true, false, DEFAULT_RETRY)).toBe(true);
  expect(isSafeToRepeat(false, false, DEFAULT_RETRY)).toBe(false);
  expect(isSafeToRepeat(false, true, DEFAULT_RETRY)).toBe(true);
  expect(isSafeToRepeat(false, false, resolveRetryPolicy({ idempotent: true }))).toBe(true);
  expect(isSafeToRepeat(true, false, resolveRetryPolicy({ idempotent: false }))).toBe(false);
  expect(isSafeToRepeat(true, true, resolveRetryPolicy({ idempotent: false }))).toBe(true); // the API deduplicates by token
});

describe('idempotent actions by the wire protocol\'s convention', () => {
  const rpc = (action: string) => isRpcActionIdempotent({ action } as ActionSpec);
  it('Alibaba RPC: reads and state-setting verbs are; creating, running and charging verbs are not', () => {
    for (const a of ['DescribeImages', 'ListInstances', 'QueryX', 'GetCommandInvocation', 'StopInstance', 'StartInstances', 'RebootInstance', 'DeleteKeyPairs', 'ModifyInstanceAttribute', 'UpdateCommandAttribute', 'ReleaseEipAddress', 'AttachDisk', 'DetachKeyPair', 'UntagResources', 'ResetDisk', 'LoginInstance', 'InstallCloudAssistant', 'StopInvocation', 'EndTerminalSession']) {
      expect([a, rpc(a)]).toEqual([a, true]);
    }
    for (const a of ['RunCommand', 'InvokeCommand', 'CreateKeyPair', 'ImportKeyPair', 'CopyImage', 'AllocatePublicIpAddress', 'AddBandwidthPackageIps', 'RenewInstance', 'UpgradeInstance', 'StartTerminalSession', 'StartImagePipelineExecution', 'Listen', 'Deleted', 'SendFile']) {
      expect([a, rpc(a)]).toEqual([a, false]);
    }
  });
  it('REST: by the HTTP method (GET, HEAD, OPTIONS, PUT, DELETE are; POST, PATCH are not)', () => {
    const rest = (method: string) => isMethodIdempotent({ method } as ActionSpec);
    expect(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].map(rest)).toEqual([true, true, true, true, true]);
    expect(['POST', 'PATCH'].map(rest)).toEqual([false, false]);
  });
});

it('backs off exponentially with full jitter, capped', () => {
  const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
  const e = err('ServiceUnavailable', 503);
  expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(e, n, policy, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
  expect(retryDelayMs(e, 3, policy, () => 0)).toBe(0);
});

it('waits what x-acs-retry-after asks, up to maxRetryAfterMs', () => {
  const policy = resolveRetryPolicy({ maxRetryAfterMs: 2000 });
  expect(retryDelayMs(err('Throttling', 400, 1500), 1, policy, () => 0)).toBe(1500);
  expect(retryDelayMs(err('Throttling', 400, 90000), 1, policy, () => 0)).toBe(2000);
});

it('merges settings: client, then call; false means one attempt; bad values are refused', () => {
  expect(resolveRetryPolicy().maxAttempts).toBe(3);
  expect(resolveRetryPolicy({ maxAttempts: 5, baseDelayMs: 7 }, 2)).toMatchObject({ maxAttempts: 2, baseDelayMs: 7 });
  expect(resolveRetryPolicy({ baseDelayMs: 7 }, false)).toMatchObject({ maxAttempts: 1, baseDelayMs: 7 });
  expect(resolveRetryPolicy(false, { maxAttempts: 4 }).maxAttempts).toBe(4);
  expect(() => resolveRetryPolicy(0)).toThrow(/maxAttempts must be an integer ≥ 1/);
  expect(() => resolveRetryPolicy({ maxDelayMs: -1 })).toThrow(/maxDelayMs/);
});
