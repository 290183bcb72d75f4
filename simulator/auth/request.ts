/** The parts of an HTTP request that authentication and routing read, free of any server framework. */
export interface SimRequest {
  readonly method: string;
  /** Path without the query, e.g. `/`. */
  readonly path: string;
  /** The raw query string after `?` (may be empty). */
  readonly rawQuery: string;
  /** Header names in lower case; repeated headers joined with `,`. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The raw body ('' when none). */
  readonly body: string;
}

export function formPairs(req: SimRequest): Array<[string, string]> {
  const type = req.headers['content-type'] ?? '';
  if (!req.body || !type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return [];
  return [...new URLSearchParams(req.body)];
}
