/**
 * The two errors a user meets: ParameterError (bad input, raised before any I/O) and ApiError
 * (the API, the network or a timeout said no). Messages read well on one line and never carry a secret.
 */

export type ParameterErrorCode = 'UnknownParameter' | 'MissingParameter' | 'InvalidParameter';

export interface ParameterIssue {
  readonly code: ParameterErrorCode;
  /** Path of the parameter as the caller wrote it: `firewallRules[1].port`. */
  readonly parameter: string;
  /** What is wrong and what to do, in one sentence. */
  readonly message: string;
  /** For UnknownParameter: the closest declared name, if one is close. */
  readonly suggestion?: string;
}

export class ParameterError extends Error {
  override readonly name = 'ParameterError';
  /** Code of the first problem; `issues` holds all of them. */
  readonly code: ParameterErrorCode;
  /** Path of the first problem's parameter. */
  readonly parameter: string;
  /** The action, e.g. `RunCommand`. */
  readonly action: string;
  /** The product title, e.g. `SWAS`. */
  readonly product: string;
  readonly issues: readonly ParameterIssue[];

  constructor(product: string, action: string, issues: readonly ParameterIssue[]) {
    if (issues.length === 0) throw new RangeError('ParameterError needs at least one issue');
    const head = `${product} ${action}: `;
    const text =
      issues.length === 1
        ? head + describe(issues[0])
        : `${head}${issues.length} parameter problems: ` + issues.map(describe).join('; ');
    super(text);
    this.code = issues[0].code;
    this.parameter = issues[0].parameter;
    this.action = action;
    this.product = product;
    this.issues = issues;
  }
}

function describe(i: ParameterIssue): string {
  return `${i.code} '${i.parameter}': ${i.message}`;
}

export interface AccessDeniedDetail {
  readonly [key: string]: unknown;
}

export interface ApiErrorInit {
  code: string;
  message: string;
  status?: number;
  requestId?: string;
  product: string;
  action: string;
  recommend?: string;
  hostId?: string;
  accessDeniedDetail?: AccessDeniedDetail;
  attempts?: number;
  /** The parsed error body (already redacted), or a short excerpt of a non-JSON body. */
  data?: unknown;
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The API answered with an error, or the call could not complete (codes `NetworkError`, `Timeout`,
 * `InvalidResponse`). `status` is 0 when no HTTP answer was received.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  /** The API's own message (the one-line `message` adds product, action, status and request id). */
  readonly apiMessage: string;
  readonly status: number;
  readonly requestId?: string;
  readonly product: string;
  readonly action: string;
  readonly recommend?: string;
  readonly hostId?: string;
  readonly accessDeniedDetail?: AccessDeniedDetail;
  /** How many attempts were made, retries included. */
  attempts: number;
  readonly data?: unknown;
  readonly retryAfterMs?: number;
  /** Codes of the failed attempts before the last one, oldest first (empty when there was one attempt). */
  earlierAttempts: readonly string[] = [];
  /**
   * True when the failure was one a retry could mend (no answer, 5xx) but the call was not repeated:
   * a write without ClientToken that may have run. Whether it ran is unknown.
   */
  notRepeated = false;
  /** What the retry step added to the message (earlier attempts, not repeated), for matchers that quote the error. */
  retryNotes = '';

  constructor(init: ApiErrorInit) {
    const status = init.status ?? 0;
    const parts = [`${init.product} ${init.action} failed: ${init.code}`];
    parts.push(status ? `(HTTP ${status})` : '(no HTTP response)');
    parts.push(`- ${init.message}`);
    if (init.requestId) parts.push(`[RequestId ${init.requestId}]`);
    super(parts.join(' '), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.apiMessage = init.message;
    this.status = status;
    this.requestId = init.requestId;
    this.product = init.product;
    this.action = init.action;
    this.recommend = init.recommend;
    this.hostId = init.hostId;
    this.accessDeniedDetail = init.accessDeniedDetail;
    this.attempts = init.attempts ?? 1;
    this.data = init.data;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Records the codes of earlier failed attempts: a last error such as AlreadyExist reads differently after a 503. */
  noteEarlierAttempts(codes: readonly string[]): void {
    this.earlierAttempts = [...codes];
    const counts = new Map<string, number>();
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
    const after = [...counts].map(([c, n]) => (n > 1 ? `${c} ×${n}` : c)).join(', ');
    this.addNote(` (attempt ${codes.length + 1}, after ${after})`);
  }

  /** Marks a retryable failure of a write that was not repeated because it may have run. */
  noteNotRepeated(): void {
    this.notRepeated = true;
    this.addNote(` — not repeated: ${this.action} without a ClientToken may have run; pass retry: { idempotent: true } if running it twice is harmless`);
  }

  private addNote(note: string): void {
    this.retryNotes += note;
    this.message += note;
  }
}
