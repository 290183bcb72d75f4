// The framework's own tests (test/). The API regression suites (testcases/) are run by the runner.
// @swc/jest transpiles TypeScript (legacy decorators, no decorator metadata); `tsc --noEmit` type-checks separately.
const swc = require('./jest.swc.js');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'allure-jest/node',
  testEnvironmentOptions: {
    resultsDir: process.env.ALLURE_RESULTS_DIR || 'allure-results',
  },
  transform: swc.transform,
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // fuzzing (npm run test:fuzz), the browser test (npm run test:e2e) and the fault/kill runs (npm run test:resilience) have their own commands
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/fuzz/', '<rootDir>/test/e2e/', '<rootDir>/test/resilience/'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};
