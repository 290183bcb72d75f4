// The nightly-under-fire tests (issue 8): `npm run test:resilience`. Kept out of `npm test`: they
// run the real `cloudcase` command several times (minutes, not seconds). Only the top-level files
// are tests; fixtures/ holds suites those runs execute (via CLOUDCASE_SUITES_DIR), never run here.
const path = require('node:path');
const swc = require('../../jest.swc.js');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/resilience/*.test.ts'],
  testEnvironment: 'node',
  transform: swc.transform,
  setupFiles: ['reflect-metadata'],
  testTimeout: 600000,
  // the runs share the machine's two cores and the reports/ folder: one file at a time
  maxWorkers: 1,
};
