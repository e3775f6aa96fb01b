import base from './web-test-runner.config.js';
export default { ...base, testsFinishTimeout: 240_000 };
