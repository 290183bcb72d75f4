// The browser test of the Allure report (npm run test:e2e). Kept out of `npm test`: its files end
// in .e2e.ts, and it needs Debian chromium (/usr/bin/chromium; .ci/run installs it).
const path = require('node:path');
const swc = require('../../jest.swc.js');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testEnvironment: 'node',
  transform: swc.transform,
  setupFiles: ['reflect-metadata'],
  testTimeout: 180000,
};
