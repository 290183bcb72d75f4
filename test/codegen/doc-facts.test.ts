/** The doc-comment reader: narrow rules, and "no fact" rather than a wrong one. */
import { docFacts } from '../../tools/codegen/doc-facts';

const doc = (...lines: string[]): string => lines.join('\n');

describe('docFacts', () => {
  it('reads a bullet enum with explanations, required and example (SWAS RunCommand Type)', () => {
    const f = docFacts(
      doc(
        '@remarks',
        'The language type of the command. Valid values:',
        '',
        '*   RunBatScript: batch commands (applicable to Windows servers).',
        '*   RunPowerShellScript: PowerShell commands (applicable to Windows servers).',
        '*   RunShellScript: shell commands (applicable to Linux servers).',
        '',
        'This parameter is required.',
        '',
        '@example',
        'RunShellScript',
      ),
    );
    expect(f).toEqual({ required: true, deprecated: false, example: 'RunShellScript', enumTokens: ['RunBatScript', 'RunPowerShellScript', 'RunShellScript'] });
  });

  it('reads bare bullets and ECS dash bullets with indented continuations', () => {
    expect(docFacts(doc('Valid values:', '', '*   TCP', '*   UDP', '*   TCP+UDP', '*   ICMP')).enumTokens).toEqual(['TCP', 'UDP', 'TCP+UDP', 'ICMP']);
    const ecs = doc(
      'The policy. Valid values:',
      '',
      '- Migrate: The instances are migrated.',
      '',
      '  Default value when cloud disks are attached: Migrate.',
      '',
      '- Stop: The instances are stopped.',
      '',
      '@example',
      'Migrate',
    );
    expect(docFacts(ecs).enumTokens).toEqual(['Migrate', 'Stop']);
    expect(docFacts(ecs).defaultToken).toBeUndefined(); // "Default value when …" is not a plain default
  });

  it('reads an inline list of values', () => {
    expect(docFacts('Valid values: 1, 3, 6, 12, 24, and 36.').enumTokens).toEqual(['1', '3', '6', '12', '24', '36']);
  });

  it('gives no enum for prose bullets, per-edition lists, multi-value or case-insensitive parameters', () => {
    expect(docFacts(doc('Valid values:', '- No Upfront: no upfront.', '- All Upfront: all upfront.')).enumTokens).toBeUndefined();
    expect(docFacts(doc('Valid values:', '<props="china">', '- Week', '- Month', '<props="intl">', '- Month')).enumTokens).toBeUndefined();
    expect(docFacts(doc('Valid values:', '', '- Available: ok.', '- Creating: busy.', '', '> This parameter supports multiple values at the same time, separated by commas (,).')).enumTokens).toBeUndefined();
    expect(docFacts(doc('Valid values (case-insensitive):', '', '- PlainText: none.', '- Base64: base64.')).enumTokens).toBeUndefined();
    expect(docFacts(doc('Valid values:', '', '*   If you set this, something happens.', '*   Otherwise nothing.')).enumTokens).toBeUndefined();
  });

  it('reads numeric ranges and defaults', () => {
    expect(docFacts(doc('Valid values: 10 to 86400. Unit: seconds.', '', 'Default value: 60.'))).toMatchObject({ min: 10, max: 86400, defaultToken: '60' });
    expect(docFacts(doc('The number of entries per page. Maximum value: 100.', '', 'Default value: 10.'))).toMatchObject({ max: 100, defaultToken: '10' });
    expect(docFacts('Minimum value: 1. Maximum value: 1024MB.')).toMatchObject({ min: 1 });
    expect(docFacts('Maximum value: 1024MB.').max).toBeUndefined();
    expect(docFacts('Valid values: 1 to 10 for cloud disks. Valid values: 1 to 20 for local disks.').max).toBeUndefined(); // conflicting: none
  });

  it('keeps only single-token defaults that mean a value', () => {
    expect(docFacts('Default value: PrePaid.').defaultToken).toBe('PrePaid');
    expect(docFacts('Default value: `PrePaid`.').defaultToken).toBe('PrePaid');
    expect(docFacts('Default value: null.').defaultToken).toBeUndefined();
    expect(docFacts('Default value: empty.').defaultToken).toBeUndefined();
    expect(docFacts('Default value: the value of `InternetMaxBandwidthOut`.').defaultToken).toBeUndefined();
  });

  it('reads list sizes', () => {
    expect(docFacts('You can specify up to 20 tags.').maxItems).toBe(20);
    expect(docFacts('The instance IDs. Valid values of N: 1 to 100.').maxItems).toBe(100);
  });

  it('tells an unconditional required from a conditional one', () => {
    expect(docFacts('This parameter is required.').required).toBe(true);
    expect(docFacts('>Notice: This parameter is required.').required).toBe(true);
    expect(docFacts('The ID of the image. This parameter is required.').required).toBe(true);
    expect(docFacts('This parameter is required when `AutoRenew` is set to `true`.').required).toBe(false);
    expect(docFacts('This parameter is required and takes effect only when Scope is set to Zone.').required).toBe(false);
  });

  it('reads deprecation and examples', () => {
    expect(docFacts(doc('@remarks', 'Old.', '', '@deprecated', '', '@example', 'x-1'))).toMatchObject({ deprecated: true, example: 'x-1' });
    expect(docFacts('').example).toBeUndefined();
  });
});
