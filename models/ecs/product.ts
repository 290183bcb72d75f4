/** Elastic Compute Service (ECS), Alibaba Cloud RPC API 2014-05-26. */
import type { ProductDescriptor } from '../../core';

/** Regions the official SDK routes to a fixed host (this map wins over the regional rule, even for vpc). */
const ENDPOINT_MAP: Readonly<Record<string, string>> = Object.freeze({
  ...fill('ecs-cn-hangzhou.aliyuncs.com', [
    'cn-hangzhou', 'cn-shanghai-finance-1', 'cn-shenzhen-finance-1', 'cn-fujian', 'cn-beijing-nu16-b01',
    'cn-haidian-cm12-c01', 'cn-hangzhou-bj-b01', 'cn-hangzhou-internal-prod-1', 'cn-hangzhou-internal-test-1',
    'cn-hangzhou-internal-test-2', 'cn-hangzhou-internal-test-3', 'cn-hangzhou-test-306', 'cn-shanghai-et15-b01',
    'cn-shanghai-et2-b01', 'cn-shanghai-internal-test-1', 'cn-shenzhen-st4-d01', 'cn-shenzhen-su18-b01',
    'cn-zhangbei-na61-b01',
  ]),
  ...fill('ecs.aliyuncs.com', [
    'cn-north-2-gov-1', 'ap-northeast-2-pop', 'cn-beijing-finance-pop', 'cn-beijing-gov-1', 'cn-hangzhou-finance',
    'cn-hongkong-finance-pop', 'cn-shanghai-inner', 'cn-shenzhen-inner', 'cn-wuhan', 'cn-yushanfang', 'cn-zhangbei',
    'rus-west-1-pop',
  ]),
  ...fill('ecs.cn-qingdao-nebula.aliyuncs.com', ['cn-edge-1', 'cn-huhehaote-nebula-1', 'cn-zhengzhou-nebula-1']),
  ...fill('ecs.cn-zhangjiakou.aliyuncs.com', ['cn-zhangjiakou-na62-a01']),
  ...fill('ecs.cn-shenzhen-cloudstone.aliyuncs.com', ['eu-west-1-oxs']),
});

function fill(host: string, regions: string[]): Record<string, string> {
  return Object.fromEntries(regions.map((r) => [r, host]));
}

export const ECS: ProductDescriptor = {
  id: 'ecs',
  title: 'ECS',
  version: '2014-05-26',
  protocol: 'alibaba-rpc',
  docsBase: 'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26',
  endpointFor(regionId, network = 'public') {
    if (!regionId) throw new Error('ECS needs a regionId to find its endpoint: pass regionId, or give endpoint explicitly');
    const mapped = ENDPOINT_MAP[regionId];
    if (mapped) return mapped;
    return network === 'vpc' ? `ecs-vpc.${regionId}.aliyuncs.com` : `ecs.${regionId}.aliyuncs.com`;
  },
};
