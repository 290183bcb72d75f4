// The API regression suites (testcases/). Run them with `cloudcase run` (npm run nightly), which
// starts the simulator for the local env and sets the CLOUDCASE_* variables read here and by runner/allure-environment.js.
const path = require('node:path');
const swc = require('../jest.swc.js');

const root = path.resolve(__dirname, '..');
// The framework's own tests point this at fixture suites; users have no need for it.
const suites = process.env.CLOUDCASE_SUITES_DIR ? path.resolve(process.env.CLOUDCASE_SUITES_DIR) : path.join(root, 'testcases');

module.exports = {
  rootDir: root,
  roots: [suites],
  testMatch: [path.join(suites, '**/*.test.ts')],
  // allure-jest's environment; it takes the results folder and the report's environment info from
  // CLOUDCASE_RESULTS_DIR / CLOUDCASE_ALLURE_ENV, so this config — Jest's transform cache key — stays
  // the same from run to run (runner/allure-environment.js says why).
  testEnvironment: '<rootDir>/runner/allure-environment.js',
  transform: swc.transform,
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/testcases/support/setup.ts'],
  // API calls carry their own timeouts and retries (conf); this only catches a hung test.
  testTimeout: 120000,
  cacheDirectory: path.join(root, 'node_modules', '.cache', 'jest-testcases'),
};
