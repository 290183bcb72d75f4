/** Static ECS facts: regions, zones, instance types and public images. Same for every account. */
import type { RegionInfo } from '../types';

export const ECS_REGIONS: readonly RegionInfo[] = [
  { regionId: 'cn-hangzhou', localName: 'China (Hangzhou)' },
  { regionId: 'cn-shanghai', localName: 'China (Shanghai)' },
  { regionId: 'cn-beijing', localName: 'China (Beijing)' },
  { regionId: 'cn-shenzhen', localName: 'China (Shenzhen)' },
  { regionId: 'cn-hongkong', localName: 'China (Hong Kong)' },
  { regionId: 'ap-southeast-1', localName: 'Singapore' },
  { regionId: 'us-west-1', localName: 'US (Silicon Valley)' },
  { regionId: 'eu-central-1', localName: 'Germany (Frankfurt)' },
];

/** The short code ECS ids carry for their region (`i-bp1…` in Hangzhou, `i-uf6…` in Shanghai). */
export const REGION_ID_CODES: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'bp1', 'cn-shanghai': 'uf6', 'cn-beijing': '2ze', 'cn-shenzhen': 'wz9',
  'cn-hongkong': 'j6c', 'ap-southeast-1': 't4n', 'us-west-1': 'rj9', 'eu-central-1': 'gw8',
};

export function zonesOf(regionId: string): string[] {
  return ['a', 'b', 'h'].map((z) => `${regionId}-${z}`);
}

export interface InstanceType {
  id: string;
  family: string;
  cpu: number;
  /** MiB, as DescribeInstances reports it. */
  memory: number;
}

export const INSTANCE_TYPES: readonly InstanceType[] = [
  { id: 'ecs.t6-c1m1.large', family: 'ecs.t6', cpu: 2, memory: 2048 },
  { id: 'ecs.e-c1m2.large', family: 'ecs.e', cpu: 2, memory: 4096 },
  { id: 'ecs.g7.large', family: 'ecs.g7', cpu: 2, memory: 8192 },
  { id: 'ecs.c7.xlarge', family: 'ecs.c7', cpu: 4, memory: 8192 },
  { id: 'ecs.g7.xlarge', family: 'ecs.g7', cpu: 4, memory: 16384 },
];

export interface PublicImage {
  ImageId: string;
  ImageName: string;
  OSName: string;
  OSNameEn: string;
  OSType: 'linux' | 'windows';
  Platform: string;
  Architecture: string;
  Size: number;
  ImageFamily: string;
  CreationTime: string;
}

const pub = (id: string, os: string, type: 'linux' | 'windows', platform: string, size: number, family: string, created: string): PublicImage => ({
  ImageId: id, ImageName: id, OSName: os, OSNameEn: os, OSType: type, Platform: platform, Architecture: 'x86_64', Size: size, ImageFamily: family, CreationTime: created,
});

export const PUBLIC_IMAGES: readonly PublicImage[] = [
  pub('aliyun_3_x64_20G_alibase_20240528.vhd', 'Alibaba Cloud Linux 3.2104 LTS 64-bit', 'linux', 'Aliyun', 20, 'acs:alibaba_cloud_linux_3_2104_lts_x64', '2024-05-28T08:00:00Z'),
  pub('anolisos_8_9_x64_20G_rhck_alibase_20240528.vhd', 'Anolis OS 8.9 RHCK 64-bit', 'linux', 'Anolis', 20, 'acs:anolis_8_9_x64', '2024-05-28T08:00:00Z'),
  pub('centos_7_9_x64_20G_alibase_20240628.vhd', 'CentOS 7.9 64-bit', 'linux', 'CentOS', 20, 'acs:centos_7_9_x64', '2024-06-28T08:00:00Z'),
  pub('ubuntu_22_04_x64_20G_alibase_20240130.vhd', 'Ubuntu 22.04 64-bit', 'linux', 'Ubuntu', 20, 'acs:ubuntu_22_04_x64', '2024-01-30T08:00:00Z'),
  pub('ubuntu_24_04_x64_20G_alibase_20240812.vhd', 'Ubuntu 24.04 64-bit', 'linux', 'Ubuntu', 20, 'acs:ubuntu_24_04_x64', '2024-08-12T08:00:00Z'),
  pub('debian_12_6_x64_20G_alibase_20240711.vhd', 'Debian 12.6 64-bit', 'linux', 'Debian', 20, 'acs:debian_12_x64', '2024-07-11T08:00:00Z'),
  pub('rockylinux_9_4_x64_20G_alibase_20240709.vhd', 'Rocky Linux 9.4 64-bit', 'linux', 'Rocky Linux', 20, 'acs:rockylinux_9_x64', '2024-07-09T08:00:00Z'),
  pub('win2022_21H2_x64_dtc_en-us_40G_alibase_20240603.vhd', 'Windows Server 2022 Datacenter 64-bit (English)', 'windows', 'Windows Server 2022', 40, 'acs:windows_server_2022_dtc_x64_en', '2024-06-03T08:00:00Z'),
];
