/**
 * Flattens a wire-shaped value into `A.1.B=v` pairs, exactly as the Alibaba Cloud SDKs do
 * (lists numbered from 1, nested keys joined with dots, unset members skipped, booleans as
 * true/false, objects inside JSON-style values left to the caller).
 */
export function flattenInto(out: Record<string, string>, prefix: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenInto(out, `${prefix}.${i + 1}`, item));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flattenInto(out, `${prefix}.${k}`, v);
  } else {
    out[prefix] = scalarToWire(value);
  }
}

export function scalarToWire(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}
