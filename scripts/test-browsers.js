#!/usr/bin/env node
// Runs the browser tests once per engine (Chromium, Firefox ESR, WebKit), one after another so
// each gets both cores and its own concurrency, and prints how long each took.
//
//   node scripts/test-browsers.js [--dist] [--chromium-only] [--check] [test file globs…]
//
// --dist tests the built package (test/dist/, needs `npm run build` first). Chromium alone:
// --chromium-only, MAP_BROWSERS=chromium, or `npm test --chromium-only` (npm passes that on to
// every script in the chain as npm_config_chromium_only). --check only says whether the engines
// are installed.
import { spawnSync } from 'node:child_process';
import { ENGINES, HOW_TO_INSTALL_ALL, missingEngines, selectedEngines } from './browsers.js';

const args = process.argv.slice(2);
const chromiumOnly = args.includes('--chromium-only') || process.env.npm_config_chromium_only === 'true';
const dist = args.includes('--dist');
const check = args.includes('--check');
const globs = args.filter((arg) => !arg.startsWith('--'));
const files = globs.length ? globs : dist ? ['test/dist/**/*.test.ts'] : [];

const engines = chromiumOnly ? ['chromium'] : selectedEngines();
const missing = missingEngines(engines);
if (missing.length) {
  console.error(`Cannot start: ${missing.join('; ')}.\n${HOW_TO_INSTALL_ALL}`);
  process.exit(1);
}
if (check) {
  console.log(`Browser tests run in: ${engines.join(', ')}`);
  process.exit(0);
}

const timings = [];
let failed = false;
for (const engine of ENGINES.filter((name) => engines.includes(name))) {
  const started = Date.now();
  console.log(`\n── ${engine}${dist ? ' (built package)' : ''} ──`);
  const result = spawnSync('npx', ['web-test-runner', ...files], {
    stdio: 'inherit',
    env: { ...process.env, MAP_BROWSERS: engine },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  timings.push(`${engine.padEnd(9)} ${seconds.padStart(6)} s  ${ok ? 'passed' : 'FAILED'}`);
  failed ||= !ok;
}

console.log(`\nBrowser tests${dist ? ' (built package)' : ''}:\n  ${timings.join('\n  ')}`);
process.exit(failed ? 1 : 0);
