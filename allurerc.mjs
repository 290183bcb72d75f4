// Allure 3 report settings for the regression suites (`cloudcase report`, `npm run report`).
// Results of a run: reports/allure-results (cleared by `cloudcase run`); history: one JSON line per
// generated report in reports/history/history.jsonl (CI caches that folder, so trends survive runs).
import { defineConfig } from 'allure';

// ApiError messages read "<PRODUCT> <Action> failed: <Code> (HTTP n) - ..." (core/errors.ts).
// These codes mean the call never got a real answer, even after the client's retries.
// `cloudcase report --history <file>` / `--no-history` (e.g. the browser test) pass CLOUDCASE_HISTORY.
const HISTORY = process.env.CLOUDCASE_HISTORY ?? './reports/history/history.jsonl';

// Also "…, but got ServiceUnavailable (HTTP 503)": a negative test (toMatchApiError) whose expected
// rejection never came because the call met a transport fault is not a product defect either.
// And "(attempt 2, after ServiceUnavailable)": the last attempt's error (e.g. AlreadyExist) may be the
// echo of an earlier attempt that ran although its answer was lost.
const INFRASTRUCTURE = /(?:failed:|but got|after) (NetworkError|Timeout|Throttling[\w.]*|ServiceUnavailable)\b/;

export default defineConfig({
  name: 'cloudcase regression',
  output: './reports/allure-report',
  resultsDir: './reports/allure-results',
  ...(HISTORY === 'off' ? {} : { historyPath: HISTORY }),
  historyLimit: 30,
  // First match wins.
  categories: [
    { name: 'Infrastructure problems (network, timeout, throttling after retries)', matchers: { statuses: ['failed', 'broken'], message: INFRASTRUCTURE } },
    { name: 'Product defects (assertion failed on API behaviour)', matchers: { statuses: ['failed'] } },
    { name: 'Test defects (the test or framework threw)', matchers: { statuses: ['broken'] } },
  ],
  plugins: {
    awesome: {
      options: {
        singleFile: true,
        reportLanguage: 'en',
        reportName: 'cloudcase regression',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
});
