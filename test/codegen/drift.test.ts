/**
 * The drift check: generated files that no longer match the pinned SDK make `codegen:check`
 * fail with a report naming what changed. Simulated with a miniature SDK in two versions
 * (test/fixtures/codegen/sdk-v1 → sdk-v2: DescribeWidgets loses `Legacy`, gains required `ZoneId`,
 * CreateWidget's `Colour` enum gains a value, DescribeWidgets' response gains `WidgetIds`).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProduct } from '../../tools/codegen/generate';
import { driftBetween, manifestText, parseManifest } from '../../tools/codegen/manifest';
import type { ProductCuration } from '../../models/curation-types';
import type { ProductConfig } from '../../tools/codegen/products';
import { syncProduct } from '../../tools/codegen/sync';

const FIXTURES = join(__dirname, '..', 'fixtures', 'codegen');
const WIDGETS: ProductConfig = {
  id: 'widgets',
  descriptor: 'WIDGETS',
  sdkPackage: '@fixture/widgets20240101',
  version: '2024-01-01',
  apiClass: 'WidgetsApiGenerated',
  schemaMap: 'widgetsResponseSchemas',
  docsUrl: (action) => `https://example.invalid/widgets/${action}`,
};

describe('codegen drift check', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cloudcase-codegen-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** The fixture's sources as an installed package of the given version (package.json is written here, not committed, so Jest sees no duplicate package names). */
  const installed = (fixture: 'sdk-v1' | 'sdk-v2', version: string): string => {
    const dir = join(root, 'sdk', fixture);
    mkdirSync(dir, { recursive: true });
    cpSync(join(FIXTURES, fixture, 'src'), join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: WIDGETS.sdkPackage, version }));
    return dir;
  };
  const generate = (fixture: 'sdk-v1' | 'sdk-v2') =>
    generateProduct(WIDGETS, { root, sdkDir: installed(fixture, fixture === 'sdk-v1' ? '1.0.0' : '1.1.0'), curation: {} });

  it('passes when the committed files are what the SDK produces', () => {
    syncProduct(root, generate('sdk-v1'), 'write');
    const check = syncProduct(root, generate('sdk-v1'), 'check');
    expect(check.ok).toBe(true);
    expect(check.report).toMatch(/widgets: up to date with @fixture\/widgets20240101@1\.0\.0 \(2 actions/);
  });

  it('fails after an SDK upgrade and names the added, removed and changed parameters', () => {
    syncProduct(root, generate('sdk-v1'), 'write');
    const check = syncProduct(root, generate('sdk-v2'), 'check');
    expect(check.ok).toBe(false);
    expect(check.changed).toEqual(
      expect.arrayContaining(['models/widgets/generated/actions/describe-widgets.ts', 'models/widgets/generated/manifest.tsv']),
    );
    const lines = check.report.split('\n');
    expect(lines).toContain('widgets: @fixture/widgets20240101@1.0.0 → @fixture/widgets20240101@1.1.0');
    expect(lines).toContain('  + DescribeWidgets.ZoneId: string required');
    expect(lines).toContain('  - DescribeWidgets.Legacy: boolean deprecated');
    expect(lines).toContain('  ~ CreateWidget.Colour: string enum=red|blue → string enum=red|blue|green');
    expect(lines).toContain('  + DescribeWidgets response WidgetIds[]: string');
    // nothing else drifted
    expect(lines.filter((l) => /^ {2}[+~-] /.test(l))).toHaveLength(4);
  });

  it('computes the drift as data too', () => {
    const before = generate('sdk-v1').manifest;
    const after = generate('sdk-v2').manifest;
    const d = driftBetween(before, after);
    expect(d.addedParams).toEqual([{ action: 'DescribeWidgets', param: 'ZoneId', signature: 'string required' }]);
    expect(d.removedParams).toEqual([{ action: 'DescribeWidgets', param: 'Legacy', signature: 'boolean deprecated' }]);
    expect(d.addedFields).toEqual([{ action: 'DescribeWidgets', field: 'WidgetIds[]', type: 'string' }]);
    expect(d.addedActions).toEqual([]);
    expect(d.removedActions).toEqual([]);
  });

  it('reads back the committed manifest it writes', () => {
    const m = generate('sdk-v2').manifest;
    const text = manifestText(m, '// header');
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'sdk\t@fixture/widgets20240101@1.1.0',
        'CreateWidget.Tag[].Key\tstring',
        'DescribeWidgets\tPOST / 2024-01-01',
        'DescribeWidgets>WidgetIds[]\tstring',
      ]),
    );
    expect(parseManifest(text)).toEqual(m);
  });

  it('reports a hand edit of a generated file even when the API did not change', () => {
    syncProduct(root, generate('sdk-v1'), 'write');
    const file = join(root, 'models/widgets/generated/actions/create-widget.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("max: 64", 'max: 65'));
    const check = syncProduct(root, generate('sdk-v1'), 'check');
    expect(check.ok).toBe(false);
    expect(check.changed).toEqual(['models/widgets/generated/actions/create-widget.ts']);
    expect(check.report).toContain('no API change');
  });

  it('reports and removes files the generator no longer produces', () => {
    syncProduct(root, generate('sdk-v1'), 'write');
    writeFileSync(join(root, 'models/widgets/generated/actions/old-action.ts'), '// stale\n');
    const check = syncProduct(root, generate('sdk-v1'), 'check');
    expect(check.stale).toEqual(['models/widgets/generated/actions/old-action.ts']);
    expect(check.ok).toBe(false);
    expect(syncProduct(root, generate('sdk-v1'), 'write').stale).toEqual(['models/widgets/generated/actions/old-action.ts']);
    expect(syncProduct(root, generate('sdk-v1'), 'check').ok).toBe(true);
  });

  it('emits the facts of the fixture as models', () => {
    const out = generate('sdk-v1');
    const model = out.files.get('models/widgets/generated/actions/create-widget.ts')!;
    expect(model.split('\n')[0]).toBe(
      '// Generated by `npm run codegen` from @fixture/widgets20240101@1.0.0. Do not edit; curate in models/widgets/curation.ts.',
    );
    expect(model).toContain("@Param({ wire: 'Size', type: 'integer', min: 1, max: 64, serverDefault: 8 })");
    expect(model).toContain("@Param({ wire: 'Colour', type: 'string', enum: ['red', 'blue'] })");
    expect(model).toContain("@Param({ wire: 'Tag', type: 'array', items: () => CreateWidgetTag })");
    expect(model).toContain("@Param({ wire: 'Name', type: 'string', required: true, example: 'w1' })");
  });
});

describe('curation', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cloudcase-curation-'));
    mkdirSync(join(root, 'sdk', 'src'), { recursive: true });
    cpSync(join(FIXTURES, 'sdk-v1', 'src'), join(root, 'sdk', 'src'), { recursive: true });
    writeFileSync(join(root, 'sdk', 'package.json'), JSON.stringify({ name: WIDGETS.sdkPackage, version: '1.0.0' }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const generate = (curation: ProductCuration) => generateProduct(WIDGETS, { root, sdkDir: join(root, 'sdk'), curation });

  it('applies model defaults and corrections, each with its reason, and leaves the drift manifest to the SDK facts', () => {
    const out = generate({
      CreateWidget: {
        defaults: { colour: { value: 'red', reason: 'suites paint widgets red' } },
        corrections: {
          size: { set: { max: 32, serverDefault: null }, reason: 'the service rejects sizes above 32' },
          'tag.key': { set: { required: true }, reason: 'the service rejects a tag without a key' },
        },
      },
    });
    const model = out.files.get('models/widgets/generated/actions/create-widget.ts')!;
    expect(model).toContain(
      [
        '  /** Model default (curation): suites paint widgets red */',
        "  @Param({ wire: 'Colour', type: 'string', enum: ['red', 'blue'] })",
        "  colour?: string = 'red';",
      ].join('\n'),
    );
    expect(model).toContain(
      ['  /** Corrected (curation): the service rejects sizes above 32 */', "  @Param({ wire: 'Size', type: 'integer', min: 1, max: 32 })"].join('\n'),
    );
    expect(model).toContain("@Param({ wire: 'Key', type: 'string', required: true, example: 'env' })");
    expect(out.manifest.actions.CreateWidget.params.Size).toBe('integer range=1..64 default=8');
  });

  it('writes an idempotency fact into @Action with its reason; without one @Action says nothing', () => {
    const out = generate({ CreateWidget: { idempotent: { value: true, reason: 'widget names are unique' } } });
    const model = out.files.get('models/widgets/generated/actions/create-widget.ts')!;
    expect(model).toMatch(/\/\*\* Idempotent \(curation\): widget names are unique \*\/\n@Action\(\{[^)]*idempotent: true \}\)\nexport class CreateWidgetModel/);
    expect(generate({}).files.get('models/widgets/generated/actions/create-widget.ts')).not.toContain('idempotent');
  });

  it('refuses entries that name an action or parameter the SDK does not have', () => {
    expect(() => generate({ DeleteWidget: { defaults: {} } })).toThrow(/curation names action DeleteWidget, which @fixture\/widgets20240101@1\.0\.0 does not have/);
    expect(() => generate({ CreateWidget: { defaults: { shade: { value: 'x', reason: 'r' } } } })).toThrow(/curation of CreateWidget: default for 'shade', which is not a parameter/);
    expect(() => generate({ CreateWidget: { corrections: { 'name.first': { set: { required: false }, reason: 'r' } } } })).toThrow(
      /'name' is not a parameter with nested items/,
    );
  });
});

describe('the committed generated files', () => {
  it('are what the pinned SDKs produce (npm run codegen:check)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { main } = require('../../tools/codegen/cli') as typeof import('../../tools/codegen/cli');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(main(['--check'])).toBe(0);
      expect(log.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringMatching(/^swas: up to date with @alicloud\/swas-open20200601@4\.0\.0 \(98 actions/),
        expect.stringMatching(/^ecs: up to date with @alicloud\/ecs20140526@7\.11\.6 \(380 actions/),
      ]);
    } finally {
      log.mockRestore();
    }
  });
});
