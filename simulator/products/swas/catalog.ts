/** Static SWAS facts the simulator serves: regions, plans and public images. Same for every account. */
import type { RegionInfo } from '../types';

export const SWAS_REGIONS: readonly RegionInfo[] = [
  { regionId: 'cn-hangzhou', localName: 'China (Hangzhou)' },
  { regionId: 'cn-shanghai', localName: 'China (Shanghai)' },
  { regionId: 'cn-beijing', localName: 'China (Beijing)' },
  { regionId: 'cn-shenzhen', localName: 'China (Shenzhen)' },
  { regionId: 'cn-hongkong', localName: 'China (Hong Kong)' },
  { regionId: 'ap-southeast-1', localName: 'Singapore' },
  { regionId: 'us-west-1', localName: 'US (Silicon Valley)' },
  { regionId: 'eu-central-1', localName: 'Germany (Frankfurt)' },
];

export interface SwasPlan {
  PlanId: string;
  Core: number;
  Memory: number;
  DiskSize: number;
  Bandwidth: number;
  Flow: number;
  OriginPrice: number;
  DiskType: string;
  Currency: string;
  SupportPlatform: string;
  PlanType: string;
}

const plan = (core: number, mem: number, disk: number, bw: number, flow: number, price: number, platforms = '["Linux","Windows"]'): SwasPlan => ({
  PlanId: `swas.s${core}.c${core}m${mem}s${disk}b${bw}t${String(flow / 100).padStart(2, '0')}`,
  Core: core,
  Memory: mem,
  DiskSize: disk,
  Bandwidth: bw,
  Flow: flow,
  OriginPrice: price,
  DiskType: 'ESSD',
  Currency: 'CNY',
  SupportPlatform: platforms,
  PlanType: 'NORMAL',
});

export const SWAS_PLANS: readonly SwasPlan[] = [
  plan(1, 1, 40, 3, 400, 34, '["Linux"]'),
  // A plan in the newer naming (`swas.s.c<cores>m<GB>s<disk>b<bw>.<os>`), as the console sells today.
  { ...plan(2, 1, 40, 200, 512, 38, '["Linux"]'), PlanId: 'swas.s.c2m1s40b1.linux' },
  plan(2, 1, 40, 3, 400, 60),
  plan(2, 2, 50, 4, 800, 90),
  plan(2, 4, 60, 5, 1000, 132),
  plan(2, 8, 80, 6, 1500, 212),
  plan(4, 16, 180, 8, 3000, 420),
];

export function planById(id: string): SwasPlan | undefined {
  return SWAS_PLANS.find((p) => p.PlanId === id);
}

export interface SwasPublicImage {
  ImageId: string;
  ImageName: string;
  ImageType: 'system' | 'app';
  Platform: 'Linux' | 'Windows';
  Description: string;
  ImageVersion: string;
  OsType: string;
}

const img = (id: string, name: string, type: 'system' | 'app', platform: 'Linux' | 'Windows', version: string, description: string): SwasPublicImage => ({
  ImageId: id,
  ImageName: name,
  ImageType: type,
  Platform: platform,
  Description: description,
  ImageVersion: version,
  OsType: platform === 'Linux' ? 'linux' : 'windows',
});

export const SWAS_IMAGES: readonly SwasPublicImage[] = [
  img('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Alibaba Cloud Linux 3.2104', 'system', 'Linux', '3.2104', 'Alibaba Cloud Linux 3'),
  img('b2c3d4e5f60718293a4b5c6d7e8f90a1', 'CentOS 7.9', 'system', 'Linux', '7.9', 'CentOS 7.9 64-bit'),
  img('c3d4e5f60718293a4b5c6d7e8f90a1b2', 'Ubuntu 22.04', 'system', 'Linux', '22.04', 'Ubuntu 22.04 64-bit'),
  img('d4e5f60718293a4b5c6d7e8f90a1b2c3', 'Debian 12.5', 'system', 'Linux', '12.5', 'Debian 12 64-bit'),
  img('e5f60718293a4b5c6d7e8f90a1b2c3d4', 'Windows Server 2022', 'system', 'Windows', '2022', 'Windows Server 2022 Datacenter'),
  img('794c230fd3e64ea19f8fb0bba1fde9cc', 'WordPress 6.4', 'app', 'Linux', '6.4', 'WordPress on Alibaba Cloud Linux 3'),
  img('0718293a4b5c6d7e8f90a1b2c3d4e5f6', 'Docker 26.1', 'app', 'Linux', '26.1', 'Docker CE on Alibaba Cloud Linux 3'),
  img('18293a4b5c6d7e8f90a1b2c3d4e5f607', 'LAMP 7.4', 'app', 'Linux', '7.4', 'Linux, Apache, MySQL, PHP'),
];
