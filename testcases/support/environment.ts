/** The environment profile the suites run against (CLOUDCASE_ENV, set by `cloudcase run --env`; default local). */
import { loadEnvironment, type Environment } from '../../conf';

let current: Environment | undefined;

export function environment(): Environment {
  return (current ??= loadEnvironment());
}

/** A named test-data value of the environment (conf testData.<product>.<key>), e.g. testData('swas', 'imageId'). */
export function testData(product: string, key: string): string {
  const env = environment();
  const value = env.testData?.[product]?.[key];
  if (value === undefined) {
    throw new Error(`${env.file}: testData.${product}.${key} is not set: add it to the profile (the test needs it)`);
  }
  return value;
}
