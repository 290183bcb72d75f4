/**
 * ECS images: public images with filters and exact paging (page through, compare with the total);
 * a custom image from the test instance in one flow: create → Available → listed (self, by tag) →
 * renamed → shared with the second account (it sees it) → unshared → deleted → gone.
 */
import { ecs, resourceName, resourceTags, testData, useResources } from '../support';
import { NOT_FOUND_ID, acquireEcsTestInstance, ecsAccountUid, ecsSuite, removeIgnoringNotFound, waitForEcsImageStatus } from '../support/ecs';

const resources = useResources();

const SYSTEM_LINUX = { imageOwnerAlias: 'system', OSType: 'linux', architecture: 'x86_64' } as const;

ecsSuite('DescribeImages', () => {
  it('finds the profile image by id, Available and public @smoke', async () => {
    const imageId = testData('ecs', 'imageId');
    const r = await ecs().describeImages({ imageId });
    expect(r.body.TotalCount).toBe(1);
    expect(r.body.Images?.Image?.[0]).toMatchObject({ ImageId: imageId, Status: 'Available', IsPublic: true, ImageOwnerAlias: 'system' });
  });

  it('filters by owner, OS type and architecture @regression', async () => {
    const r = await ecs().describeImages({ ...SYSTEM_LINUX, pageSize: 100 });
    const images = r.body.Images?.Image ?? [];
    expect(images.length).toBeGreaterThan(0);
    for (const i of images) expect(i).toMatchObject({ ImageOwnerAlias: 'system', OSType: 'linux', Architecture: 'x86_64', Status: 'Available' });
    const windows = await ecs().describeImages({ imageOwnerAlias: 'system', OSType: 'windows', pageSize: 100 });
    const ids = new Set(images.map((i) => i.ImageId));
    for (const w of windows.body.Images?.Image ?? []) {
      expect(w.OSType).toBe('windows');
      expect(ids.has(w.ImageId)).toBe(false);
    }
  });

  it('pages exactly: every page as asked, all pages together equal the total @regression', async () => {
    const total = (await ecs().describeImages({ ...SYSTEM_LINUX, pageSize: 1 })).body.TotalCount!;
    expect(total).toBeGreaterThan(1);
    const pageSize = Math.min(100, Math.max(1, Math.ceil(total / 3)));
    const pages = Math.ceil(total / pageSize);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const r = await ecs().describeImages({ ...SYSTEM_LINUX, pageSize, pageNumber: page });
      expect(r.body).toMatchObject({ TotalCount: total, PageNumber: page, PageSize: pageSize });
      const items = r.body.Images?.Image ?? [];
      expect(items).toHaveLength(page < pages ? pageSize : total - (pages - 1) * pageSize);
      seen.push(...items.map((i) => i.ImageId!));
    }
    expect(new Set(seen).size).toBe(total);
    const beyond = await ecs().describeImages({ ...SYSTEM_LINUX, pageSize, pageNumber: pages + 1 });
    expect(beyond.body.Images?.Image ?? []).toEqual([]);
    expect(beyond.body.TotalCount).toBe(total);
  });

  it('rejects an owner alias outside its enum and a page size above 100 @regression', async () => {
    await expect(ecs().describeImages({ imageOwnerAlias: 'everyone' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
    await expect(ecs().describeImages({ pageSize: 101 }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

// One custom image flows through the suites below, in order (Jest runs a file's blocks in sequence).
let instanceId: string;
let imageId: string;
const name = resourceName('image');
const newName = resourceName('image-renamed');

ecsSuite('CreateImage', () => {
  beforeAll(async () => {
    instanceId = await acquireEcsTestInstance(resources);
  });

  it('creates a tagged image from the test instance; it becomes Available and is listed as its own @regression', async () => {
    const r = await ecs().createImage({ instanceId, imageName: name, description: 'cloudcase image', tag: resourceTags() });
    imageId = r.body.ImageId!;
    resources.track({ product: 'ecs', kind: 'Image', id: imageId, remove: () => removeIgnoringNotFound(() => ecs().deleteImage({ imageId, force: true })) });
    expect(imageId).toMatch(/^m-/);
    const image = await waitForEcsImageStatus(imageId, 'Available');
    expect(image).toMatchObject({ ImageId: imageId, ImageName: name, ImageOwnerAlias: 'self', IsPublic: false });

    const [{ key, value }] = resourceTags();
    const mine = await ecs().describeImages({ imageOwnerAlias: 'self', tag: [{ key, value }], pageSize: 100 });
    expect((mine.body.Images?.Image ?? []).map((i) => i.ImageId)).toContain(imageId);
  });

  it('refuses a second image with the same name, and a name starting with http:// @regression', async () => {
    await expect(ecs().createImage({ instanceId, imageName: name })).rejects.toMatchApiError({ code: 'InvalidImageName.Duplicated', status: 400 });
    await expect(ecs().createImage({ instanceId, imageName: 'http://cloudcase' })).rejects.toMatchApiError({ code: 'InvalidImageName.Malformed', status: 400 });
  });

  it('answers InvalidInstanceId.NotFound for an unknown instance @regression', async () => {
    await expect(ecs().createImage({ instanceId: NOT_FOUND_ID.instance, imageName: resourceName('image') })).rejects.toMatchApiError('InvalidInstanceId.NotFound');
  });
});

ecsSuite('ModifyImageAttribute', () => {
  it('renames the image and changes its description @regression', async () => {
    await ecs().modifyImageAttribute({ imageId, imageName: newName, description: 'renamed by cloudcase' });
    const [image] = (await ecs().describeImages({ imageId })).body.Images?.Image ?? [];
    expect(image).toMatchObject({ ImageName: newName, Description: 'renamed by cloudcase' });
  });

  it('rejects a name starting with acs: and a status outside its enum @regression', async () => {
    await expect(ecs().modifyImageAttribute({ imageId, imageName: 'acs:cloudcase' })).rejects.toMatchApiError({ code: 'InvalidImageName.Malformed', status: 400 });
    await expect(ecs().modifyImageAttribute({ imageId, status: 'Broken' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
    expect((await ecs().describeImages({ imageId })).body.Images?.Image?.[0]?.ImageName).toBe(newName);
  });
});

ecsSuite('ModifyImageSharePermission', () => {
  it('shares the image with the second account, which then sees it, and unshares it @regression', async () => {
    const second = await ecsAccountUid('second');
    await ecs().modifyImageSharePermission({ imageId, addAccount: [second] });
    const perms = await ecs().describeImageSharePermission({ imageId });
    expect((perms.body.Accounts?.Account ?? []).map((a) => a.AliyunId)).toEqual([second]);
    const seen = await ecs('second').describeImages({ imageOwnerAlias: 'others', imageId });
    expect(seen.body.Images?.Image?.[0]).toMatchObject({ ImageId: imageId, ImageOwnerAlias: 'others' });

    await ecs().modifyImageSharePermission({ imageId, removeAccount: [second] });
    expect((await ecs().describeImageSharePermission({ imageId })).body.Accounts?.Account ?? []).toEqual([]);
    expect((await ecs('second').describeImages({ imageOwnerAlias: 'others', imageId })).body.Images?.Image ?? []).toEqual([]);
  });

  it('rejects an account id that is not one @regression', async () => {
    await expect(ecs().modifyImageSharePermission({ imageId, addAccount: ['not-an-account'] })).rejects.toMatchApiError({ code: 'InvalidAccount.NotFound', status: 404 });
    expect((await ecs().describeImageSharePermission({ imageId })).body.TotalCount).toBe(0);
  });
});

ecsSuite('DescribeImageSharePermission', () => {
  it('lists no accounts for an image shared with nobody @regression', async () => {
    const r = await ecs().describeImageSharePermission({ imageId });
    expect(r.body).toMatchObject({ ImageId: imageId, TotalCount: 0 });
  });

  it('answers InvalidImageId.NotFound for an unknown image @regression', async () => {
    await expect(ecs().describeImageSharePermission({ imageId: NOT_FOUND_ID.image })).rejects.toMatchApiError('InvalidImageId.NotFound');
  });
});

ecsSuite('DeleteImage', () => {
  it('deletes the image until it is gone @regression', async () => {
    await ecs().deleteImage({ imageId });
    const r = await ecs().describeImages({ imageId, status: 'Creating,Waiting,Available,UnAvailable,CreateFailed' });
    expect(r.body.Images?.Image ?? []).toEqual([]);
    resources.forget('ecs', 'Image', imageId);
  });

  it('answers InvalidImageId.NotFound for a deleted image @regression', async () => {
    await expect(ecs().deleteImage({ imageId })).rejects.toMatchApiError('InvalidImageId.NotFound');
  });
});
