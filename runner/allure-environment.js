// The Jest test environment of the regression suites: allure-jest's Node environment, given the
// results folder and the report's environment info from the CLOUDCASE_* variables the runner sets.
//
// Why not in testcases/jest.config.js: Jest keys its transform cache on the whole project config.
// Values that change from run to run there (the results folder, the simulator's port, the git
// revision) made every run — and every worker of a run — transform every file again (≈ 1,100
// files, 8 workers at once on a cold cache). Read here, per test file, they leave the config, and so
// the cache, the same from run to run. Plain CommonJS because Jest loads environments untransformed.
'use strict';

const path = require('node:path');
const allureNode = require('allure-jest/node');

const AllureNodeEnvironment = allureNode.default || allureNode;

const DEFAULT_RESULTS_DIR = path.resolve(__dirname, '..', 'reports', 'allure-results');

function environmentInfo() {
  try {
    return JSON.parse(process.env.CLOUDCASE_ALLURE_ENV || '{}');
  } catch {
    return {};
  }
}

class CloudcaseEnvironment extends AllureNodeEnvironment {
  constructor(config, context) {
    const projectConfig = config.projectConfig;
    const testEnvironmentOptions = {
      ...projectConfig.testEnvironmentOptions,
      resultsDir: process.env.CLOUDCASE_RESULTS_DIR || DEFAULT_RESULTS_DIR,
      environmentInfo: environmentInfo(),
    };
    super({ ...config, projectConfig: { ...projectConfig, testEnvironmentOptions } }, context);
  }
}

module.exports = CloudcaseEnvironment;
