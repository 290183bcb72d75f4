/**
 * Which tests a run selects, expressed as Jest filters:
 * - tags are words in test or describe titles (`it('lists instances @smoke', ...)`); a test without
 *   a tag counts as `regression`; `billing` never runs unless named with --tag; tags the environment
 *   does not allow (conf tags.allowed) never run there;
 * - --grep is a regular expression on the full test name (describe titles + test title);
 * - --product keeps the test files of that product: under a folder named after it
 *   (testcases/swas/...) or named after it (testcases/smoke/swas.test.ts).
 * Jest reports the tests a name pattern leaves out as skipped; `isSelected` lets the runner drop
 * those from the results again (see results.ts).
 */
import { KNOWN_TAGS, type TestTag } from '../conf';
import { UsageError } from './usage-error';

export const DEFAULT_TAG: TestTag = 'regression';

export interface SelectionInput {
  tags?: readonly string[];
  excludeTags?: readonly string[];
  grep?: string;
  products?: readonly string[];
  /** Product ids the project models (runner/products.ts). */
  knownProducts: readonly string[];
  /** Tags the environment allows (conf tags.allowed). */
  allowed: readonly TestTag[];
  /** For messages: the environment's name and file. */
  envName: string;
  envFile: string;
}

export interface Selection {
  include: TestTag[];
  exclude: TestTag[];
  grep?: string;
  products: string[];
  /** For Jest --testNamePattern (matched case-insensitively against the full test name). */
  namePattern: string;
  /** For Jest --testPathPatterns; empty = every test file. */
  pathPatterns: string[];
}

const TAG_END = '(?![\\w-])';
const anyTag = (tags: readonly string[]): string => `@(?:${tags.join('|')})${TAG_END}`;

export function select(input: SelectionInput): Selection {
  const tags = checkTags(input.tags ?? [], '--tag');
  const excludeTags = checkTags(input.excludeTags ?? [], '--exclude-tag');
  const notAllowed = tags.filter((t) => !input.allowed.includes(t));
  if (notAllowed.length > 0) {
    throw new UsageError(
      `tag ${notAllowed.join(', ')} may not run in environment '${input.envName}' (${input.envFile}: tags.allowed = [${input.allowed.join(', ')}]). ` +
        `Pick another tag, or allow it in the profile if that account may take it.`,
    );
  }
  const include = [...new Set(tags)];
  const exclude = new Set<TestTag>(excludeTags);
  for (const t of KNOWN_TAGS) if (!input.allowed.includes(t)) exclude.add(t);
  if (!include.includes('billing')) exclude.add('billing');
  for (const t of include) exclude.delete(t);
  // An untagged test is a regression test: excluding regression excludes the untagged too.

  const grep = input.grep;
  if (grep !== undefined) {
    try {
      new RegExp(grep, 'i');
    } catch (e) {
      throw new UsageError(`--grep '${grep}' is not a valid regular expression: ${(e as Error).message}`);
    }
  }
  const products = [...new Set((input.products ?? []).map((p) => p.toLowerCase()))];
  for (const p of products) {
    if (!input.knownProducts.includes(p)) throw new UsageError(`unknown --product '${p}': use one of ${input.knownProducts.join(', ')}`);
  }
  const excluded = [...exclude].sort();
  return {
    include,
    exclude: excluded,
    grep,
    products,
    namePattern: namePattern(include, excluded, grep),
    pathPatterns: products.map((p) => `/${p}(/|\\.[^/]*test\\.ts$)`),
  };
}

function checkTags(given: readonly string[], flag: string): TestTag[] {
  const out: TestTag[] = [];
  for (const raw of given.flatMap((t) => t.split(','))) {
    const t = raw.trim().replace(/^@/, '');
    if (!t) continue;
    if (!(KNOWN_TAGS as readonly string[]).includes(t)) {
      throw new UsageError(`unknown ${flag} '${t}': use one of ${KNOWN_TAGS.join(', ')}`);
    }
    out.push(t as TestTag);
  }
  return out;
}

function namePattern(include: readonly TestTag[], exclude: readonly TestTag[], grep?: string): string {
  let p = '^';
  const excludesUntagged = exclude.includes(DEFAULT_TAG);
  if (exclude.length > 0) p += `(?!.*${anyTag(exclude)})`;
  if (excludesUntagged) p += `(?=.*${anyTag(KNOWN_TAGS)})`;
  if (include.length > 0) {
    const alternatives = [`.*${anyTag(include)}`];
    if (include.includes(DEFAULT_TAG)) alternatives.push(`(?!.*${anyTag(KNOWN_TAGS)})`);
    p += `(?=${alternatives.join('|')})`;
  }
  if (grep !== undefined) p += `(?=.*(?:${grep}))`;
  return p;
}

/** Tags written in a test's full name; `regression` when it has none. */
export function tagsOf(fullName: string): TestTag[] {
  const found = new Set<TestTag>();
  const re = new RegExp(`@(${KNOWN_TAGS.join('|')})${TAG_END}`, 'gi');
  for (const m of fullName.matchAll(re)) found.add(m[1].toLowerCase() as TestTag);
  return found.size > 0 ? [...found] : [DEFAULT_TAG];
}

/** True when a test with this full name (describe titles + title, space-joined) is in the selection. */
export function isSelected(selection: Pick<Selection, 'namePattern'>, fullName: string): boolean {
  return new RegExp(selection.namePattern, 'i').test(fullName);
}
