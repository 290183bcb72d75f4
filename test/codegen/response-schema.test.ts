/** Generated response types and schemas, and the contract check over them. */
import { checkContract } from '../../models/response-schema';
import { DescribeImagesResponseBodySchema, ecsResponseSchemas, type DescribeImagesResponseBody } from '../../models/ecs';
import { ListInstancesResponseBodySchema, swasResponseSchemas } from '../../models/swas';

const images: DescribeImagesResponseBody = {
  RequestId: 'r-1',
  TotalCount: 1,
  PageNumber: 1,
  PageSize: 10,
  RegionId: 'cn-hangzhou',
  Images: { Image: [{ ImageId: 'm-1', Size: 40, IsPublic: true, Tags: { Tag: [{ TagKey: 'k', TagValue: 'v' }] } }] },
};

describe('response schemas', () => {
  it('exist for every action', () => {
    expect(Object.keys(swasResponseSchemas)).toHaveLength(98);
    expect(Object.keys(ecsResponseSchemas)).toHaveLength(380);
    expect(ecsResponseSchemas.DescribeImages).toBe(DescribeImagesResponseBodySchema);
  });

  it('accept a well-formed nested body (ECS wrapper objects)', () => {
    expect(checkContract(DescribeImagesResponseBodySchema, images)).toEqual({ ok: true, errors: [], unknown: [] });
  });

  it('reject a wrong type deep in the body, naming its path', () => {
    const bad = JSON.parse(JSON.stringify(images)) as { Images: { Image: { Size: unknown }[] } };
    bad.Images.Image[0].Size = '40';
    const result = checkContract(DescribeImagesResponseBodySchema, bad);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([{ path: 'Images.Image[0].Size', problem: 'type', message: 'expected number, got string' }]);
  });

  it('strict mode fails on an unknown field; lenient mode only reports it', () => {
    const body = { RequestId: 'r', Instances: [{ InstanceId: 'i-1', Surprise: 1 }], TotalCount: 1 };
    const strict = checkContract(ListInstancesResponseBodySchema, body);
    expect(strict.ok).toBe(false);
    expect(strict.errors.map((e) => e.path)).toEqual(['Instances[0].Surprise']);
    const lenient = checkContract(ListInstancesResponseBodySchema, body, { mode: 'lenient' });
    expect(lenient.ok).toBe(true);
    expect(lenient.errors).toEqual([]);
    expect(lenient.unknown).toEqual([{ path: 'Instances[0].Surprise', problem: 'unknown', message: 'not a field of ListInstancesResponseBodyInstances' }]);
  });

  it('treat null members as absent and reject a non-object body', () => {
    expect(checkContract(ListInstancesResponseBodySchema, { RequestId: null }).ok).toBe(true);
    expect(checkContract(ListInstancesResponseBodySchema, []).errors[0]).toMatchObject({ path: '(body)', problem: 'type' });
  });
});
