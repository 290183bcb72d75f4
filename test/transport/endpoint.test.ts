/** Endpoint resolution: the products' regional rules and the `endpoint` option. */
import { ecsModels, swasModels } from '../../index';
import { parseEndpoint, resolveEndpoint } from '../../core/transport/endpoint';

const { ECS } = ecsModels;
const { SWAS } = swasModels;

it.each([
  ['cn-hangzhou', 'ecs-cn-hangzhou.aliyuncs.com'],
  ['cn-beijing', 'ecs.cn-beijing.aliyuncs.com'],
  ['ap-southeast-1', 'ecs.ap-southeast-1.aliyuncs.com'],
  ['cn-wuhan', 'ecs.aliyuncs.com'],
  ['cn-shanghai-finance-1', 'ecs-cn-hangzhou.aliyuncs.com'],
  ['eu-west-1-oxs', 'ecs.cn-shenzhen-cloudstone.aliyuncs.com'],
])('ECS in %s → https://%s', (region, host) => {
  expect(resolveEndpoint(ECS, region)).toEqual({ origin: `https://${host}`, host });
});

it('ECS vpc: the regional vpc host, but the fixed map still wins', () => {
  expect(resolveEndpoint(ECS, 'cn-beijing', undefined, 'vpc').host).toBe('ecs-vpc.cn-beijing.aliyuncs.com');
  expect(resolveEndpoint(ECS, 'cn-hangzhou', undefined, 'vpc').host).toBe('ecs-cn-hangzhou.aliyuncs.com');
});

it.each(['cn-hangzhou', 'cn-beijing', 'ap-southeast-1'])('SWAS in %s → swas.<region>.aliyuncs.com', (region) => {
  expect(resolveEndpoint(SWAS, region).origin).toBe(`https://swas.${region}.aliyuncs.com`);
});

it('an endpoint string serves every product; a map serves the products it names', () => {
  expect(resolveEndpoint(SWAS, 'cn-hangzhou', 'http://127.0.0.1:8080')).toEqual({ origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' });
  expect(resolveEndpoint(ECS, undefined, 'http://127.0.0.1:8080').host).toBe('127.0.0.1:8080');
  const map = { ecs: 'ecs.example.internal:9443' };
  expect(resolveEndpoint(ECS, 'cn-beijing', map)).toEqual({ origin: 'https://ecs.example.internal:9443', host: 'ecs.example.internal:9443' });
  expect(resolveEndpoint(SWAS, 'cn-beijing', map).host).toBe('swas.cn-beijing.aliyuncs.com');
});

it('drops the default port from the Host header, as a client sends it', () => {
  expect(parseEndpoint('https://ecs.aliyuncs.com:443', SWAS).host).toBe('ecs.aliyuncs.com');
  expect(parseEndpoint('http://127.0.0.1:80', SWAS).host).toBe('127.0.0.1');
});

it('explains a missing region and a bad endpoint', () => {
  expect(() => resolveEndpoint(ECS, undefined)).toThrow(/ECS needs a regionId/);
  expect(() => parseEndpoint('ftp://x', SWAS)).toThrow(/must use http or https/);
  expect(() => parseEndpoint('http://127.0.0.1:8080/api', SWAS)).toThrow(/no path/);
  expect(() => parseEndpoint('http://', SWAS)).toThrow(/not a host or URL/);
});
