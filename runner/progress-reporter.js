// Live progress for `cloudcase run`: one line per test as it finishes, then nothing else (the
// runner prints the per-product summary). Plain CommonJS because Jest loads reporters untransformed.
'use strict';

const fs = require('node:fs');

const MARK = { passed: '\u2713', failed: '\u2717', pending: '-', skipped: '-', todo: '-', disabled: '-', focused: '-' };

class ProgressReporter {
  constructor(globalConfig) {
    // Tests left out by the tag/grep selection arrive as "pending": stay quiet about those.
    this.pattern = globalConfig.testNamePattern ? new RegExp(globalConfig.testNamePattern, 'i') : undefined;
    this.done = 0;
    this.failed = 0;
    this.error = undefined;
  }

  onRunStart(results, options) {
    const files = results.numTotalTestSuites;
    process.stdout.write(`cloudcase: running ${files} test file${files === 1 ? '' : 's'}${options && options.showStatus === false ? '' : ''}\n`);
  }

  onTestCaseResult(test, r) {
    const skipped = r.status !== 'passed' && r.status !== 'failed';
    if (skipped && this.pattern && !this.pattern.test(r.fullName)) return;
    this.done++;
    if (r.status === 'failed') this.failed++;
    const ms = typeof r.duration === 'number' ? ` (${r.duration} ms)` : '';
    process.stdout.write(`  ${MARK[r.status] || '?'} [${this.done}${this.failed ? `, ${this.failed} failed` : ''}] ${r.fullName}${ms}\n`);
    if (r.status === 'failed' && r.failureMessages && r.failureMessages.length > 0) {
      const first = String(r.failureMessages[0]).replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) || '';
      process.stdout.write(`      ${first.trim()}\n`);
    }
  }

  onTestResult(test, result) {
    if (result.testExecError) {
      this.error = result.testExecError;
      const message = String(result.testExecError.message || result.failureMessage || '').replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0];
      process.stdout.write(`  \u2717 ${test.path}: could not run: ${message}\n`);
    }
  }

  // The runner reads which test files could not run at all (they leave no Allure result).
  onRunComplete(contexts, results) {
    const file = process.env.CLOUDCASE_JEST_SUMMARY;
    if (!file) return;
    const testResults = results.testResults.map((r) => ({
      name: r.testFilePath,
      status: r.testExecError || (r.numFailingTests > 0 && r.testResults.length === 0) ? 'failed' : 'done',
      message: r.testExecError ? String(r.testExecError.message || r.failureMessage || '') : r.failureMessage || '',
      assertionResults: r.testResults.map((t) => ({ status: t.status })),
    }));
    fs.writeFileSync(file, JSON.stringify({ testResults }));
  }

  getLastError() {
    return undefined;
  }
}

module.exports = ProgressReporter;
