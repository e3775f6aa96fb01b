import base from '/work/wt/a-queue/web-test-runner.config.js';
export default { ...base, testsFinishTimeout: 60_000 };
