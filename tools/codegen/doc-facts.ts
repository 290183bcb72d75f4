/**
 * Reads the facts a doc comment states about one parameter: required, server default, enum,
 * numeric range, item count, example, deprecation. The comments are free text written for
 * people, so every rule here is narrow on purpose: when a statement is not in one of the exact
 * shapes below it yields nothing (no enum, no range) rather than a guess.
 */

export interface DocFacts {
  required: boolean;
  deprecated: boolean;
  example?: string;
  /** The raw token after `Default value:` (backticks removed), if it is a single clean token. */
  defaultToken?: string;
  /** Tokens of a `Valid values:` list when every item is a clean token. */
  enumTokens?: string[];
  min?: number;
  max?: number;
  /** From `You can specify up to N …` or `Valid values of N: A to B` (list index range): applies to lists only. */
  maxItems?: number;
}

/** An unconditional `This parameter is required.` sentence ending its line (not "required when …"). */
const REQUIRED = /(?:^|[.:>]\s*)This parameter is required\.\s*$/m;
/** A value token: an identifier-like word, number, or a short symbol run such as `TCP+UDP` or `x86_64`. */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.+\-/]*$/;

export function docFacts(doc: string): DocFacts {
  const { remarks, example, deprecated } = sections(doc);
  const facts: DocFacts = { required: REQUIRED.test(remarks), deprecated };
  if (example !== undefined) facts.example = example;
  const d = defaultToken(remarks);
  if (d !== undefined) facts.defaultToken = d;
  const e = enumTokens(remarks);
  // a value that may hold several comma-separated choices is not one enum value
  if (e && !/commas? \(,\)|comma-separated|multiple values/i.test(remarks)) facts.enumTokens = e;
  Object.assign(facts, numericRange(remarks));
  const items = maxItems(remarks);
  if (items !== undefined) facts.maxItems = items;
  return facts;
}

/** Splits a comment into its `@remarks` text, its `@example` value and its `@deprecated` flag. */
function sections(doc: string): { remarks: string; example?: string; deprecated: boolean } {
  const parts = doc.split(/^(?=@[a-z]+\b)/m);
  let remarks = '';
  let example: string | undefined;
  let deprecated = false;
  for (const part of parts) {
    const tag = /^@([a-z]+)\b/.exec(part)?.[1];
    const body = tag ? part.slice(tag.length + 1) : part;
    if (tag === undefined || tag === 'remarks') remarks += body.trim() + '\n';
    else if (tag === 'example') example = body.trim();
    else if (tag === 'deprecated') deprecated = true;
  }
  return { remarks, ...(example !== undefined && example !== '' ? { example } : {}), deprecated };
}

function unquote(s: string): string {
  return s.replace(/^`(.*)`$/, '$1');
}

/** `Default value: X.` with X one clean token; words that mean "nothing" are not defaults. */
function defaultToken(remarks: string): string | undefined {
  const found = new Set<string>();
  for (const m of remarks.matchAll(/Default value: (`[^`\s]+`|[^\s`]+?)(?:\.(?=\s|$)|(?=\n|$))/g)) found.add(unquote(m[1]));
  if (found.size !== 1) return undefined;
  const [token] = found;
  if (!TOKEN.test(token) || /^(empty|null|none|optional)$/i.test(token)) return undefined;
  return token;
}

/**
 * `Valid values:` followed by a bullet list (`*   X`, `-   X: text`, …) in which every top-level
 * bullet starts with a clean token followed by nothing, `:` or ` (`; or followed inline by a
 * comma list `A, B, and C.` of clean tokens. Anything else: no enum.
 */
function enumTokens(remarks: string): string[] | undefined {
  const lists: string[][] = [];
  const lines = remarks.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /Valid values\s*:\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    const inline = m[1].trim();
    if (inline === '') {
      const bullets = bulletTokens(lines, i + 1);
      if (bullets === null) return undefined;
      if (bullets.length) lists.push(bullets);
    } else {
      const items = inlineList(inline);
      if (items === null) return undefined;
      if (items.length) lists.push(items);
    }
  }
  if (lists.length !== 1) return undefined;
  const unique = [...new Set(lists[0])];
  return unique.length >= 1 ? unique : undefined;
}

/** Tokens of the bullet list starting at `from` (blank lines skipped); null when a bullet is not clean. */
function bulletTokens(lines: string[], from: number): string[] | null {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  const out: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      // blank lines end the list unless a bullet or an indented continuation follows them
      let next = i + 1;
      while (next < lines.length && lines[next].trim() === '') next++;
      if (next < lines.length && /^(?:[*-]\s|\s+\S)/.test(lines[next])) continue;
      break;
    }
    const top = /^[*-]\s+(.*)$/.exec(line);
    if (!top) {
      if (/^\s+\S/.test(line)) continue; // an indented sub-bullet or continuation belongs to the previous value
      break;
    }
    const token = leadingToken(top[1]);
    if (token === undefined) return null;
    out.push(token);
  }
  return out;
}

function leadingToken(text: string): string | undefined {
  const m = /^(`[^`]+`|[A-Za-z0-9][A-Za-z0-9_.+\-/]*)(.*)$/.exec(text.trim());
  if (!m) return undefined;
  const token = unquote(m[1]).replace(/\.$/, '');
  const rest = m[2].trim();
  if (!TOKEN.test(token)) return undefined;
  // the value alone, or the value then its explanation after a colon or in parentheses
  return rest === '' || /^[:：(（]/.test(rest) ? token : undefined;
}

/** `A, B, and C.` / `A and B` / `A or B` of clean tokens; null when it is prose. */
function inlineList(text: string): string[] | null {
  if (/^-?\d[\d,]* to /.test(text)) return []; // a range, read elsewhere
  const sentence = text.split(/\.(?:\s|$)/)[0];
  const items = sentence
    .split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((s) => unquote(s.trim()))
    .filter((s) => s !== '');
  if (items.length < 2 || !items.every((s) => TOKEN.test(s))) return null;
  return items;
}

/** `Valid values: A to B`, `Maximum value: N`, `Minimum value: N` with plain integers; conflicting statements yield nothing. */
function numericRange(remarks: string): { min?: number; max?: number } {
  const mins = new Set<number>();
  const maxs = new Set<number>();
  for (const m of remarks.matchAll(/Valid values: (-?\d+) to (-?\d+)(?=[.,;\s]|$)/g)) {
    mins.add(Number(m[1]));
    maxs.add(Number(m[2]));
  }
  for (const m of remarks.matchAll(/Maximum value: (-?\d+)(?=\.?(?:\s|$))/g)) maxs.add(Number(m[1]));
  for (const m of remarks.matchAll(/Minimum value: (-?\d+)(?=\.?(?:\s|$))/g)) mins.add(Number(m[1]));
  const out: { min?: number; max?: number } = {};
  if (mins.size === 1) out.min = [...mins][0];
  if (maxs.size === 1) out.max = [...maxs][0];
  if (out.min !== undefined && out.max !== undefined && out.min > out.max) return {};
  return out;
}

/** `You can specify up to N …`, `Valid values of N: 1 to M` (lists) */
function maxItems(remarks: string): number | undefined {
  const found = new Set<number>();
  for (const m of remarks.matchAll(/You can specify up to (\d+) /g)) found.add(Number(m[1]));
  for (const m of remarks.matchAll(/Valid values of N: \d+ to (\d+)(?=[.,;\s]|$)/g)) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0] : undefined;
}

