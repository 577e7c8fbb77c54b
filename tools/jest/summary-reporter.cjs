// Writes each Jest run's counts to tmp/test-results/<name>.json, so `npm test` can add up
// every suite (also ones Nx restored from its cache) into one summary line, and the names and
// first message lines of what failed, which the summary repeats at the end of a long CI log.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const firstLines = (text) => (text ?? '').split('\n').slice(0, 6).join('\n');

function failuresOf(results) {
  const failures = [];
  for (const file of results.testResults) {
    if (file.testExecError) {
      failures.push({
        file: file.testFilePath,
        title: '(suite)',
        message: firstLines(file.failureMessage),
      });
    }
    for (const test of file.testResults.filter((t) => t.status === 'failed')) {
      failures.push({
        file: file.testFilePath,
        title: test.fullName,
        message: firstLines(test.failureMessages.join('\n')),
      });
    }
  }
  return failures;
}

class SummaryReporter {
  constructor(globalConfig, options) {
    this.name = options.name;
  }

  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '../../tmp/test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${this.name}.json`),
      JSON.stringify({
        name: this.name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        failures: failuresOf(results),
      }),
    );
  }
}

module.exports = SummaryReporter;
