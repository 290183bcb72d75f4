/** Huawei Cloud's regional endpoint rule: `{service}.{region}.myhuaweicloud.com`. */
export function huaweiEndpoint(service: string, defaultRegion?: string): (regionId: string | undefined) => string {
  return (regionId) => {
    const region = regionId ?? defaultRegion;
    if (!region) throw new TypeError(`The ${service} endpoint needs a region: give createClient({ regionId }) or an explicit endpoint`);
    return `${service}.${region}.myhuaweicloud.com`;
  };
}
