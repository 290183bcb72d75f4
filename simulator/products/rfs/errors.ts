/**
 * RFS errors as the API answers them: the Huawei envelope `{ error_code, error_msg }` (plus
 * `encoded_authorization_message` and `details[]` when permission is denied). The public
 * documentation gives statuses but not RFS's own error_code strings, so the simulator's codes are
 * its own (`RFS.*`), named for the case; the gateway's authentication code is `APIGW.0301`.
 */
export class RfsError extends Error {
  override readonly name = 'RfsError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export const rfsErrors = {
  badRequest: (message: string) => new RfsError(400, 'RFS.InvalidRequest', message),
  notFound: (message: string) => new RfsError(404, 'RFS.NotFound', message),
  conflict: (message: string) => new RfsError(409, 'RFS.Conflict', message),
  forbidden: (message: string, extra: Record<string, unknown> = {}) => new RfsError(403, 'RFS.Forbidden', message, extra),
  unauthorized: (why: string) => new RfsError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${why}`),
};

export function errorEnvelope(err: RfsError): Record<string, unknown> {
  return { error_code: err.code, error_msg: err.message, ...err.extra };
}
