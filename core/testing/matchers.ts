/**
 * Jest matchers for API tests. Register once per test file or in a setup file:
 *   import { installMatchers } from 'cloudcase/core/testing/matchers'; installMatchers();
 * then
 *   await expect(swas.runCommand({...})).rejects.toMatchApiError('MissingParam.InstanceId');
 *   await expect(swas.startInstance({...})).rejects.toMatchApiError({ code: 'IncorrectInstanceStatus', status: 403 });
 *   await expect(api.deleteThing({...})).rejects.toMatchApiError({ status: '4xx', message: /IN_PROGRESS/ });
 */
import { ApiError, ParameterError } from '../errors';

/** A class of HTTP statuses: any 4xx answer, say. */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export interface ApiErrorExpectation {
  /** Exact code, or a pattern. */
  code?: string | RegExp;
  /**
   * Exact HTTP status, or a class of them. A class is for APIs whose documentation gives the kind of
   * answer but not the exact status or code: an unexpected 503 still fails, naming the fault.
   */
  status?: number | StatusClass;
  /** A fragment of, or a pattern for, the API's own message. */
  message?: string | RegExp;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The received value is an ApiError with this code (or matching this expectation). */
      toMatchApiError(expected: string | RegExp | ApiErrorExpectation): R;
      /** The received value is a ParameterError with this code, and optionally this parameter path. */
      toMatchParameterError(code: ParameterError['code'], parameter?: string): R;
    }
  }
}

function statusMatches(actual: number, expected: number | StatusClass | undefined): boolean {
  if (expected === undefined) return true;
  if (typeof expected === 'number') return actual === expected;
  // Untyped callers (JavaScript, data-driven tests) could pass '404': say so rather than match a class.
  if (!/^[1-5]xx$/.test(expected)) throw new TypeError(`toMatchApiError: status must be a number or a class '1xx'…'5xx', got '${String(expected)}'`);
  return Math.floor(actual / 100) === Number(expected[0]);
}

function matches(actual: string | undefined, expected: string | RegExp | undefined, partial = false): boolean {
  if (expected === undefined) return true;
  if (actual === undefined) return false;
  if (expected instanceof RegExp) return expected.test(actual);
  return partial ? actual.includes(expected) : actual === expected;
}

export function toMatchApiError(received: unknown, expected: string | RegExp | ApiErrorExpectation) {
  const want: ApiErrorExpectation = typeof expected === 'string' || expected instanceof RegExp ? { code: expected } : expected;
  const wanted = [
    want.code !== undefined ? `code ${String(want.code)}` : '',
    want.status !== undefined ? `status ${want.status}` : '',
    want.message !== undefined ? `message ${String(want.message)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (!(received instanceof ApiError)) {
    const what = received instanceof Error ? `${received.name}: ${received.message}` : `a non-error value: ${String(received)}`;
    return { pass: false, message: () => `expected an ApiError with ${wanted}, but got ${what}` };
  }
  const pass =
    matches(received.code, want.code) && statusMatches(received.status, want.status) && matches(received.apiMessage, want.message, true);
  return {
    pass,
    message: () =>
      pass
        ? `expected the error not to match ${wanted}, but it did: ${received.message}`
        : `expected an ApiError with ${wanted}, but got ${received.code} (HTTP ${received.status}): ${received.apiMessage}` +
          (received.requestId ? ` [RequestId ${received.requestId}]` : '') +
          received.retryNotes,
  };
}

export function toMatchParameterError(received: unknown, code: ParameterError['code'], parameter?: string) {
  if (!(received instanceof ParameterError)) {
    const what = received instanceof Error ? `${received.name}: ${received.message}` : String(received);
    return { pass: false, message: () => `expected a ParameterError ${code}, but got ${what}` };
  }
  const pass = received.issues.some((i) => i.code === code && (parameter === undefined || i.parameter === parameter));
  return {
    pass,
    message: () =>
      pass
        ? `expected no ${code}${parameter ? ` for '${parameter}'` : ''}, but got: ${received.message}`
        : `expected ${code}${parameter ? ` for '${parameter}'` : ''}, but got: ${received.message}`,
  };
}

/** Registers the matchers with Jest's `expect`. Safe to call more than once. */
export function installMatchers(): void {
  expect.extend({ toMatchApiError, toMatchParameterError });
}
