/** Small readers shared by the protocols' response parsers. */
import type { ParseContext } from './types';

const EXCERPT_CHARS = 200;

/** A short, scrubbed, one-line excerpt of a body for an error message. */
export function excerpt(body: string, call: ParseContext): string {
  const flat = call.scrub(body.replace(/\s+/g, ' ').trim());
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

/** A field as text, or undefined when absent. */
export function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : String(v);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
