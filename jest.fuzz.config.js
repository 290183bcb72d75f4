// Fuzzing the builder (and, later, the simulator) with many random inputs: `npm run test:fuzz`.
const base = require('./jest.config.js');

module.exports = { ...base, testMatch: ['<rootDir>/test/fuzz/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/'] };
