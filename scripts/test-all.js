#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure, then a table
// of how long each step took. Browser steps use the system's Chromium (see browser-path.js);
// MAP_BROWSERS=chromium,firefox,webkit widens the browser tests where those are installed.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['browser', 'node', ['scripts/browser-path.js']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['analyze', 'npm', ['run', '--silent', 'analyze']],
  ['test:node', 'npm', ['run', '--silent', 'test:node']],
  ['test:browser', 'npm', ['run', '--silent', 'test:browser']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['test:stories', 'npm', ['run', '--silent', 'test:stories']],
  ['build-storybook', 'npm', ['run', '--silent', 'build-storybook']],
];

const env = {
  ...process.env,
  STORYBOOK_DISABLE_TELEMETRY: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  MAP_BROWSERS: process.env.MAP_BROWSERS || 'chromium',
};

const timings = [];
const started = Date.now();
let failed;
for (const [name, command, args] of STEPS) {
  console.log(`\n━━ ${name} ━━`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  timings.push([name, (Date.now() - stepStarted) / 1000, result.status === 0]);
  if (result.status !== 0) {
    failed = name;
    break;
  }
}

const total = (Date.now() - started) / 1000;
console.log('\n━━ summary ━━');
for (const [name, seconds, ok] of timings) {
  console.log(`  ${name.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s  ${ok ? 'ok' : 'FAILED'}`);
}
console.log(`  ${'total'.padEnd(16)} ${total.toFixed(1).padStart(6)} s`);
if (failed) {
  if (failed !== 'browser') console.error(`\nnpm test failed at ${failed}; run that step alone with: npm run ${failed}`);
  process.exit(1);
}
