/**
 * scripts/test-browsers.js runs a test file again only when the browser engine failed under it;
 * scripts/session-results.js makes that call from each web-test-runner session.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../scripts/session-results.js';

const session = (fields: object) => ({ testFile: 'src/a.test.ts', passed: false, errors: [], ...fields });
const suite = (tests: { name: string; passed: boolean; error?: { message: string } }[], suites: object[] = []) => ({ name: '', tests, suites });

describe('classify', () => {
  it('passes a passed session', () => {
    assert.equal(classify(session({ passed: true })).outcome, 'passed');
  });

  it('calls a disconnected browser or a lost WebDriver session with no failed test a crash', () => {
    for (const message of ['Tests were interrupted because the browser disconnected.', 'invalid session id', 'WebProcess CRASHED']) {
      const result = classify(session({ errors: [{ message }], testResults: suite([{ name: 'a', passed: true }]) }));
      assert.equal(result.outcome, 'crashed', message);
    }
  });

  it('never calls a failed assertion a crash, even when the browser also went away', () => {
    const result = classify(
      session({
        errors: [{ message: 'Tests were interrupted because the browser disconnected.' }],
        testResults: suite([], [{ name: 'outer', tests: [{ name: 'b', passed: false }], suites: [] }]),
      }),
    );
    assert.equal(result.outcome, 'failed');
    assert.deepEqual(result.tests, ['outer > b']);
  });

  it("keeps a failed test's message, so the summary at the end of a long log can say it again", () => {
    const result = classify(
      session({ testResults: suite([{ name: 'shows the date', passed: false, error: { message: 'expected 1 to equal 2' } }]) }),
    );
    assert.deepEqual(result.tests, ['shows the date (expected 1 to equal 2)']);
  });

  it('calls any other page error a failure', () => {
    const result = classify(session({ errors: [{ message: 'Error: Lit warned during this test' }] }));
    assert.equal(result.outcome, 'failed');
  });
});
