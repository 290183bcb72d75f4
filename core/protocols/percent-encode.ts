/**
 * Strict RFC 3986 percent-encoding: only A-Z a-z 0-9 - _ . ~ stay raw (encodeURIComponent also
 * leaves ! ' ( ) * raw). Signers canonicalize with it and the transport sends what it produces.
 */
const LEFT_RAW_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;
const escapeChar = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

export function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(LEFT_RAW_BY_ENCODE_URI_COMPONENT, escapeChar);
}
