// SWAS regions and plans: the catalog every other suite builds on (ListRegions, ListPlans).
import { createClient } from '../../../conf/create-client';
import { SwasApi } from '../../../apis/swas';
import { apiSuite, environment, swas } from '../../support';

apiSuite({ product: 'swas', feature: 'Regions and plans', action: 'ListRegions' }, () => {
  it('lists the regions, among them every region of the profile, each with its endpoint @smoke', async () => {
    const r = await swas().listRegions();
    const regions = r.body.Regions ?? [];
    expect(regions.length).toBeGreaterThan(0);
    const ids = regions.map((x) => x.RegionId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const wanted of environment().regions) expect(ids).toContain(wanted);
    for (const region of regions) {
      expect(region.RegionId).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(region.RegionEndpoint).toContain(region.RegionId!);
      expect(region.LocalName).toMatch(/\S/);
    }
  });

  it('answers in English when asked (AcceptLanguage en-US) with the same regions @regression', async () => {
    const [plain, english] = await Promise.all([swas().listRegions(), swas().listRegions({ acceptLanguage: 'en-US' })]);
    expect((english.body.Regions ?? []).map((x) => x.RegionId).sort()).toEqual((plain.body.Regions ?? []).map((x) => x.RegionId).sort());
  });

  it('refuses a request signed with a wrong AccessKey secret @regression', async () => {
    // Same key id as the main account, wrong secret: the signature cannot match, on the simulator or the cloud.
    const bad = new SwasApi(createClient({ env: environment().name, account: 'main', accessKeySecret: 'not-the-secret', retry: false }));
    try {
      await expect(bad.listRegions()).rejects.toMatchApiError({ code: /^(SignatureDoesNotMatch|IncompleteSignature|InvalidAccessKeyId)/ });
    } finally {
      bad.client.close();
    }
  });
});

apiSuite({ product: 'swas', feature: 'Regions and plans', action: 'ListPlans' }, () => {
  it('lists the plans of the region with consistent sizes and prices, including the profile plan @smoke', async () => {
    const r = await swas().listPlans();
    const plans = r.body.Plans ?? [];
    expect(plans.length).toBeGreaterThan(0);
    const planId = environment().testData?.swas?.planId;
    if (planId) expect(plans.map((p) => p.PlanId)).toContain(planId);
    for (const p of plans) {
      expect(p.PlanId).toMatch(/\S/);
      expect(p.Core).toBeGreaterThan(0);
      expect(p.Memory).toBeGreaterThan(0);
      expect(p.DiskSize).toBeGreaterThan(0);
      expect(Number(p.OriginPrice)).toBeGreaterThan(0);
      expect(p.SupportPlatform).toMatch(/linux|windows/i);
    }
  });

  it('is answered for every region of the profile @regression', async () => {
    for (const regionId of environment().regions) {
      const r = await swas().listPlans({ regionId });
      expect((r.body.Plans ?? []).length).toBeGreaterThan(0);
    }
  });

  it('refuses a region that does not exist @regression', async () => {
    // SWAS documents no code for an unknown region (simulator/ERROR-CODES.md): any InvalidRegion* code refuses it
    await expect(swas().listPlans({ regionId: 'xx-nowhere-1' })).rejects.toMatchApiError(/^InvalidRegion/);
  });
});
