/**
 * SWAS curation: what the suites want beyond the SDK's facts. Hand-written; `npm run codegen`
 * applies it to the generated models and never overwrites this file. Every entry says why.
 */
import type { ProductCuration } from '../curation-types';

export const curation: ProductCuration = {
  RunCommand: {
    defaults: {
      type: { value: 'RunShellScript', reason: 'the suites run shell scripts on Linux servers unless a test says otherwise' },
    },
  },
};
