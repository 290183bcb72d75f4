import { isSelected, select, tagsOf, type Selection } from '../../runner/selection';
import { UsageError } from '../../runner/usage-error';

const ALL = ['smoke', 'regression', 'destructive', 'billing'] as const;
const base = { allowed: [...ALL], envName: 'local', envFile: 'conf/local.yaml', knownProducts: ['ecs', 'rfs', 'swas'] };

const NAMES = {
  smoke: 'SWAS ListInstances lists instances @smoke',
  untagged: 'SWAS ListInstances pages through results',
  regression: 'SWAS RunCommand runs a script @regression',
  destructive: 'ECS DeleteInstance deletes @destructive',
  billing: 'SWAS CreateInstances buys one @billing @destructive',
  email: 'SWAS Users accepts user@smoketest.example',
};

function chosen(s: Selection): string[] {
  return Object.entries(NAMES)
    .filter(([, n]) => isSelected(s, n))
    .map(([k]) => k);
}

describe('tag selection', () => {
  it('by default runs everything but billing', () => {
    expect(chosen(select(base))).toEqual(['smoke', 'untagged', 'regression', 'destructive', 'email']);
  });

  it('--tag smoke runs only smoke tests (a tag must be a whole word)', () => {
    expect(chosen(select({ ...base, tags: ['smoke'] }))).toEqual(['smoke']);
  });

  it('an untagged test counts as regression', () => {
    expect(chosen(select({ ...base, tags: ['regression'] }))).toEqual(['untagged', 'regression', 'email']);
    expect(chosen(select({ ...base, excludeTags: ['regression'] }))).toEqual(['smoke', 'destructive']);
  });

  it('billing runs only when named, and exclusions still apply', () => {
    expect(chosen(select({ ...base, tags: ['billing'] }))).toEqual(['billing']);
    expect(chosen(select({ ...base, tags: ['billing'], excludeTags: ['destructive'] }))).toEqual([]);
  });

  it('tags the environment does not allow never run there, and asking for one is a usage error', () => {
    const staging = { ...base, allowed: ['smoke', 'regression'] as const, envName: 'staging', envFile: 'conf/staging.yaml' };
    expect(chosen(select({ ...staging, allowed: [...staging.allowed] }))).toEqual(['smoke', 'untagged', 'regression', 'email']);
    expect(() => select({ ...staging, allowed: [...staging.allowed], tags: ['destructive'] })).toThrow(/may not run in environment 'staging' \(conf\/staging.yaml/);
  });

  it('--grep narrows by full name, case-insensitively; comma lists and @ are accepted', () => {
    expect(chosen(select({ ...base, grep: 'listinstances' }))).toEqual(['smoke', 'untagged']);
    expect(chosen(select({ ...base, tags: ['@smoke,destructive'] }))).toEqual(['smoke', 'destructive']);
  });

  it('rejects unknown tags, products and bad regular expressions', () => {
    expect(() => select({ ...base, tags: ['flaky'] })).toThrow(UsageError);
    expect(() => select({ ...base, products: ['rds'] })).toThrow(/unknown --product 'rds'/);
    expect(() => select({ ...base, grep: '(' })).toThrow(/not a valid regular expression/);
  });

  it('--product keeps the product folder and files named after it', () => {
    const re = select({ ...base, products: ['SWAS'] }).pathPatterns.map((p) => new RegExp(p));
    const match = (f: string) => re.some((r) => r.test(f));
    expect(match('/x/testcases/swas/instances.test.ts')).toBe(true);
    expect(match('/x/testcases/smoke/swas.test.ts')).toBe(true);
    expect(match('/x/testcases/smoke/ecs.test.ts')).toBe(false);
    expect(match('/x/testcases/ecs/swasish.test.ts')).toBe(false);
  });

  it('tagsOf reads the tags of a full name, regression when none', () => {
    expect(tagsOf(NAMES.billing).sort()).toEqual(['billing', 'destructive']);
    expect(tagsOf(NAMES.untagged)).toEqual(['regression']);
    expect(tagsOf(NAMES.email)).toEqual(['regression']);
  });
});
