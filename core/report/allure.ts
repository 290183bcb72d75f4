/**
 * Access to allure-js-commons only when a test runtime is active (allure-jest sets one per test
 * file). Outside of it the report step costs one property read: allure-js-commons is not even loaded,
 * and its "no test runtime" warnings never appear.
 */
import type * as AllureCommons from 'allure-js-commons';

export type Allure = typeof AllureCommons;

let loaded: Allure | null | undefined;

export function activeAllure(): Allure | undefined {
  if (typeof (globalThis as { allureTestRuntime?: unknown }).allureTestRuntime !== 'function') return undefined;
  if (loaded === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require('allure-js-commons') as Allure;
    } catch {
      loaded = null; // the runtime exists but the facade is not installed: report nothing rather than fail a call
    }
  }
  return loaded ?? undefined;
}
