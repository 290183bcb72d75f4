// ECS regions and zones: DescribeRegions, DescribeZones. Read-only; safe against any account.
import { ecs, environment, testData } from '../support';
import { ecsSuite } from '../support/ecs';

ecsSuite('DescribeRegions', () => {
  it('lists every region of the profile with its endpoint @smoke', async () => {
    const r = await ecs().describeRegions({ acceptLanguage: 'en-US' });
    const regions = r.body.Regions?.Region ?? [];
    const ids = regions.map((x) => x.RegionId);
    expect(ids).toEqual(expect.arrayContaining(environment().regions));
    expect(new Set(ids).size).toBe(ids.length);
    for (const region of regions.filter((x) => environment().regions.includes(x.RegionId ?? ''))) {
      expect(region.RegionEndpoint).toMatch(/aliyuncs\.com$/);
      expect(region.LocalName).toMatch(/\S/);
      expect(region.Status).toBe('available');
    }
  });

  it('rejects a language outside AcceptLanguage @regression', async () => {
    await expect(ecs().describeRegions({ acceptLanguage: 'xx-XX' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('DescribeZones', () => {
  it('lists the zones of each profile region, offering the test instance type somewhere @smoke', async () => {
    for (const regionId of environment().regions) {
      const r = await ecs().describeZones({ regionId, verbose: true });
      const zones = r.body.Zones?.Zone ?? [];
      expect(zones.length).toBeGreaterThan(0);
      for (const z of zones) expect(z.ZoneId?.startsWith(regionId)).toBe(true);
      const offering = zones.filter((z) => (z.AvailableInstanceTypes?.InstanceTypes ?? []).includes(testData('ecs', 'instanceType')));
      expect(offering.length).toBeGreaterThan(0);
    }
  });

  it('answers in the language asked for, with the same zones @regression', async () => {
    const [en, zh] = await Promise.all([ecs().describeZones({ acceptLanguage: 'en-US' }), ecs().describeZones({ acceptLanguage: 'zh-CN' })]);
    const ids = (body: typeof en.body) => (body.Zones?.Zone ?? []).map((z) => z.ZoneId).sort();
    expect(ids(zh.body)).toEqual(ids(en.body));
  });

  it('rejects a region that does not exist @regression', async () => {
    // DescribeZones documents both codes, each with 404 (simulator/ERROR-CODES.md)
    await expect(ecs().describeZones({ regionId: 'cc-nowhere-1' })).rejects.toMatchApiError({ code: /^InvalidRegion(Id)?\.NotFound$/, status: 404 });
  });

  it('rejects a spot strategy outside its enum @regression', async () => {
    await expect(ecs().describeZones({ spotStrategy: 'Sometimes' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});
