// What happened to each test file in one web-test-runner run, written as JSON for
// scripts/test-browsers.js, which decides from it whether a failed run may be tried again.
//
// A file "crashed" when the browser engine failed under it (the page's process died, the
// WebDriver session vanished, the browser disconnected) and none of its tests failed an
// assertion. Only crashed files are run again; an assertion failure never is.
import { writeFileSync } from 'node:fs';

/** Messages the test runner and the browser drivers give when the engine, not the test, failed. */
export const ENGINE_FAILURE =
  /browser disconnected|invalid session id|session (?:deleted|not created)|no such window|crash|target closed|protocol error|browser was not able to start|browser did not start|timed out stopping the browser page|econnrefused|socket hang up/i;

function failedTests(suite) {
  if (!suite) return [];
  const own = (suite.tests ?? [])
    .filter((test) => !test.passed && !test.skipped)
    .map((test) => (test.error?.message ? `${test.name} (${test.error.message})` : test.name));
  return [...own, ...(suite.suites ?? []).flatMap((child) => failedTests(child).map((name) => `${child.name} > ${name}`))];
}

/** One result per test file: `passed`, `failed` (a test or the page itself failed) or `crashed`. */
export function classify(session) {
  if (session.passed) return { file: session.testFile, outcome: 'passed' };
  const tests = failedTests(session.testResults);
  const errors = (session.errors ?? []).map((error) => String(error?.message ?? error));
  const crashed = tests.length === 0 && errors.length > 0 && errors.every((message) => ENGINE_FAILURE.test(message));
  return { file: session.testFile, outcome: crashed ? 'crashed' : 'failed', tests, errors };
}

/**
 * A reporter that keeps `path` up to date as files finish: every file starts `pending`, so a run
 * the engine brought down before the end (WebDriver cannot open the next session) still says which
 * files crashed and which never ran.
 */
export function sessionResultsReporter(path) {
  const results = new Map();
  const write = () => writeFileSync(path, JSON.stringify([...results.values()], null, 2));
  return {
    start({ testFiles }) {
      for (const file of testFiles) results.set(file, { file, outcome: 'pending' });
      write();
    },
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) results.set(session.testFile, classify(session));
      write();
    },
  };
}
