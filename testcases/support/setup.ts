// Runs before every test file (jest setupFilesAfterEnv): turns the @tags in a test's name into Allure tags.
import * as allure from 'allure-js-commons';
import { tagsOf } from '../../runner/selection';
import { installMatchers } from '../../core/testing/matchers';
import { installContractMatcher } from './contract';

installMatchers();
installContractMatcher();

beforeEach(async () => {
  await allure.tags(...tagsOf(expect.getState().currentTestName ?? ''));
});
