/** Helpers every product's handlers share: exact paging, tag filters and rendering, lookups. */
import { SimError, errors } from '../errors';
import type { Params, TagPair } from '../wire/params';

export interface Page<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
  totalCount: number;
}

/** Pages `list` exactly as the APIs do: 1-based page numbers, total counted before slicing. */
export function paginate<T>(list: readonly T[], p: Params, opts: { defaultSize?: number; maxSize?: number } = {}): Page<T> {
  const pageNumber = p.int('PageNumber', 1, { min: 1 }) as number;
  const pageSize = p.int('PageSize', opts.defaultSize ?? 10, { min: 1, max: opts.maxSize ?? 100 }) as number;
  const start = (pageNumber - 1) * pageSize;
  return { items: list.slice(start, start + pageSize), pageNumber, pageSize, totalCount: list.length };
}

/** True when `tags` has every requested tag (a requested tag without value matches any value). */
export function hasTags(tags: readonly TagPair[], wanted: readonly TagPair[]): boolean {
  return wanted.every((w) => tags.some((t) => t.Key === w.Key && (w.Value === '' || t.Value === w.Value)));
}

/** Adds or replaces tags by key; at most 20 per resource, as the APIs allow. */
export function mergeTags(tags: TagPair[], add: readonly TagPair[]): void {
  for (const t of add) {
    const at = tags.findIndex((x) => x.Key === t.Key);
    if (at >= 0) tags[at] = { ...t };
    else tags.push({ ...t });
  }
  if (tags.length > 20) throw new SimError('QuotaExceed.Tags', 'A resource can have at most 20 tags.', 400);
}

export function renderTags(tags: readonly TagPair[]): TagPair[] {
  return tags.map((t) => ({ Key: t.Key, Value: t.Value }));
}

/** `map.get(id)` or the not-found error with the given code. */
export function mustGet<T>(map: ReadonlyMap<string, T>, id: string, code: string, what: string): T {
  const v = map.get(id);
  if (v === undefined) throw errors.notFound(code, `${what} ${id}`);
  return v;
}

export function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/**
 * ErrorCode of a finished invocation as the SDKs document it (SWAS DescribeInvocationResult, ECS
 * DescribeInvocationResults): a script past its timeout, and one that ended with a non-zero exit code.
 */
export const INVOCATION_ERRORS = { timeout: 'ExecutionTimeout', exitCode: 'ExitCodeNonzero' } as const;
