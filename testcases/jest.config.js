// The API regression suites (testcases/). Run them with `cloudcase run` (npm run nightly), which
// starts the simulator for the local env and sets the CLOUDCASE_* variables read here.
const path = require('node:path');
const swc = require('../jest.swc.js');

const root = path.resolve(__dirname, '..');
// The framework's own tests point this at fixture suites; users have no need for it.
const suites = process.env.CLOUDCASE_SUITES_DIR ? path.resolve(process.env.CLOUDCASE_SUITES_DIR) : path.join(root, 'testcases');

function environmentInfo() {
  try {
    return JSON.parse(process.env.CLOUDCASE_ALLURE_ENV || '{}');
  } catch {
    return {};
  }
}

module.exports = {
  rootDir: root,
  roots: [suites],
  testMatch: [path.join(suites, '**/*.test.ts')],
  testEnvironment: 'allure-jest/node',
  testEnvironmentOptions: {
    resultsDir: process.env.CLOUDCASE_RESULTS_DIR || path.join(root, 'reports', 'allure-results'),
    environmentInfo: environmentInfo(),
  },
  transform: swc.transform,
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/testcases/support/setup.ts'],
  // API calls carry their own timeouts and retries (conf); this only catches a hung test.
  testTimeout: 120000,
  cacheDirectory: path.join(root, 'node_modules', '.cache', 'jest-testcases'),
};
