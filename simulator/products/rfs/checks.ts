/** The documented request rules the RFS handlers share (names, ids, sorting, request id). */
import type { RfsCall } from './call';
import { queryAll } from './call';
import { rfsErrors } from './errors';

const NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_-]*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export function checkRequestId(call: RfsCall): void {
  const id = call.req.headers['client-request-id'];
  if (!id) throw rfsErrors.badRequest('the header Client-Request-Id is required (a UUID is recommended)');
  if (id.length < 36 || id.length > 128) throw rfsErrors.badRequest('Client-Request-Id must be 36 to 128 characters long');
}

export function checkName(kind: string, name: string | undefined, maxLength?: number): string {
  if (!name) throw rfsErrors.badRequest(`${kind} is required`);
  if (!NAME.test(name)) throw rfsErrors.badRequest(`${kind} '${name}' is invalid: letters, digits, '_' and '-' only, starting with a letter`);
  if (maxLength !== undefined && name.length > maxLength) throw rfsErrors.badRequest(`${kind} is longer than ${maxLength} characters`);
  return name;
}

export function checkVersion(version: string): string {
  if (!SEMVER.test(version)) throw rfsErrors.badRequest(`module_version '${version}' is not a semantic version (e.g. 1.0.0)`);
  return version;
}

/** A given id must be the current one: names are reused after deletion, ids never. */
export function checkIdMatches(kind: string, given: string | undefined, actual: string, name: string): void {
  if (given !== undefined && given !== actual) throw rfsErrors.badRequest(`${kind} '${given}' does not match the current ${kind} of '${name}'`);
}

export type SortDir = 'asc' | 'desc';

/** sort_key/sort_dir: lists of equal length; only create_time; asc or desc. Default: newest first. */
export function sortDirection(call: RfsCall): SortDir {
  const keys = queryAll(call, 'sort_key');
  const dirs = queryAll(call, 'sort_dir');
  if (keys.length !== dirs.length) throw rfsErrors.badRequest(`sort_key and sort_dir must be given in equal numbers (got ${keys.length} and ${dirs.length})`);
  for (const k of keys) if (k !== 'create_time') throw rfsErrors.badRequest(`sort_key '${k}' is not supported; only create_time`);
  for (const d of dirs) if (d !== 'asc' && d !== 'desc') throw rfsErrors.badRequest(`sort_dir '${d}' must be asc or desc`);
  return (dirs[0] as SortDir | undefined) ?? 'desc';
}

/** marker (an offset the previous page gave) and limit → the page and the next marker. */
export function page<T>(items: readonly T[], marker: string | undefined, limitText: string | undefined): { items: T[]; next?: string } {
  const start = marker === undefined ? 0 : Number.parseInt(Buffer.from(marker, 'base64url').toString(), 10);
  if (!Number.isInteger(start) || start < 0) throw rfsErrors.badRequest('marker is invalid: give the next_marker of the previous page');
  let limit = items.length;
  if (limitText !== undefined) {
    limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) throw rfsErrors.badRequest('limit must be an integer >= 1');
  }
  const slice = items.slice(start, start + limit);
  const end = start + slice.length;
  return end < items.length ? { items: slice, next: Buffer.from(String(end)).toString('base64url') } : { items: slice };
}
