/**
 * ECS curation: what the suites want beyond the SDK's facts. Hand-written; `npm run codegen`
 * applies it to the generated models and never overwrites this file. Every entry says why.
 *
 * The SDK types every number as `number`; the generator reads it as an integer unless an example
 * or default shows a fraction. The corrections below are numbers whose examples happen to be whole.
 */
import type { Correction, ProductCuration } from '../curation-types';

const price: Correction = {
  set: { type: 'number' },
  reason: 'an hourly price: fractions are valid (ModifyAutoProvisioningGroup documents MaxSpotPrice 0.5)',
};
const memoryGiB: Correction = {
  set: { type: 'number' },
  reason: 'a memory size in GiB: small instance types have fractional sizes such as 0.5',
};

/** Key pair names are unique per region (the API refuses a second one with KeyPair.AlreadyExist). */
const uniqueKeyPairName = {
  value: true,
  reason: 'the key pair name is unique per region: a repeat after a lost answer is refused with KeyPair.AlreadyExist, it never makes a second key pair',
};

export const curation: ProductCuration = {
  CreateKeyPair: { idempotent: uniqueKeyPairName },
  ImportKeyPair: { idempotent: uniqueKeyPairName },
  RunCommand: {
    defaults: {
      type: { value: 'RunShellScript', reason: 'the suites run shell scripts on Linux instances unless a test says otherwise' },
    },
  },
  CreateAutoProvisioningGroup: {
    corrections: { maxSpotPrice: price, 'launchTemplateConfig.maxPrice': price },
  },
  ModifyAutoProvisioningGroup: {
    corrections: { 'launchTemplateConfig.maxPrice': price },
  },
  DescribeInstanceTypes: {
    corrections: { minimumMemorySize: memoryGiB, maximumMemorySize: memoryGiB },
  },
};
