/**
 * The simulator's error: what a handler throws to answer like the cloud does. The server turns it
 * into the JSON body `{ RequestId, Code, Message, Recommend, HostId }` with the HTTP status.
 */
export interface SimErrorExtras {
  /** Extra top-level fields of the error body, e.g. `AccessDeniedDetail`. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** Extra response headers, e.g. `x-acs-retry-after`. */
  readonly headers?: Readonly<Record<string, string>>;
}

export class SimError extends Error {
  override readonly name = 'SimError';
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly extras: SimErrorExtras = {},
  ) {
    super(message);
  }
}

/** The common errors, named once so codes and statuses stay consistent across products. */
export const errors = {
  missing: (wire: string) =>
    new SimError('MissingParameter', `The input parameter "${wire}" that is mandatory for processing this request is not supplied.`),
  invalid: (wire: string, why: string) =>
    new SimError('InvalidParameter', `The specified parameter "${wire}" is not valid: ${why}`),
  notFound: (code: string, what: string) => new SimError(code, `The specified ${what} does not exist.`, 404),
  wrongStatus: (code: string, id: string, status: string, wanted: string) =>
    new SimError(code, `The current status of the resource ${id} (${status}) does not support this operation; it must be ${wanted}.`, 403),
};

export function errorBody(err: SimError, requestId: string, hostId: string): Record<string, unknown> {
  return {
    RequestId: requestId,
    Code: err.code,
    Message: err.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(err.code)}&product=simulator&requestId=${requestId}`,
    HostId: hostId,
    ...err.extras.body,
  };
}
