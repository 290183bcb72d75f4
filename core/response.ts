/** What every API call returns on success. */
export interface ApiResponse<B = Record<string, unknown>> {
  /** The JSON the API returned, with its own (PascalCase) field names. */
  body: B;
  status: number;
  requestId: string;
  headers: Record<string, string>;
  /** Wall time of the whole call, retries included, in milliseconds. */
  durationMs: number;
  /** Attempts made (1 = no retry). */
  attempts: number;
}
