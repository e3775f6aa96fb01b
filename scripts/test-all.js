#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure, then a table
// of how long each step took. The browser tests run in Chromium, Firefox ESR and WebKit, one
// engine after another (scripts/test-browsers.js); `npm test -- --chromium-only` or
// MAP_BROWSERS=chromium narrows them to Chromium (stories and benchmarks always use Chromium).
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['browser', 'node', ['scripts/test-browsers.js', '--check']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['test:node', 'npm', ['run', '--silent', 'test:node']],
  ['test:collector', 'npm', ['run', '--silent', 'test:collector']],
  ['test:browsers', 'npm', ['run', '--silent', 'test:browsers']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['install-size', 'npm', ['run', '--silent', 'install-size']],
  ['size', 'npm', ['run', '--silent', 'size']],
  ['bench', 'node', ['scripts/bench.js', '--check']],
  ['test:dist', 'npm', ['run', '--silent', 'test:dist']],
  ['test:types', 'npm', ['run', '--silent', 'test:types']],
  ['test:stories', 'npm', ['run', '--silent', 'test:stories']],
  ['build-storybook', 'npm', ['run', '--silent', 'build-storybook']],
];

const chromiumOnly = process.argv.includes('--chromium-only') || process.env.npm_config_chromium_only === 'true';

const env = {
  ...process.env,
  STORYBOOK_DISABLE_TELEMETRY: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  ...(chromiumOnly ? { MAP_BROWSERS: 'chromium' } : {}),
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
