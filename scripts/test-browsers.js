#!/usr/bin/env node
// Runs the browser tests once per engine (Chromium, Firefox ESR, WebKit), one after another so
// each gets both cores and its own concurrency, and prints how long each took.
//
//   node scripts/test-browsers.js [--dist] [--chromium-only] [--check] [test file globs…]
//
// --dist tests the built package (test/dist/, needs `npm run build` first). Chromium alone:
// --chromium-only, MAP_BROWSERS=chromium, or `npm test --chromium-only` (npm passes that on to
// every script in the chain as npm_config_chromium_only). --check only says whether the engines
// are installed. A file under which the browser engine itself crashed is run once more, and the
// summary says so (scripts/session-results.js tells a crash from a failed test).
//
// Why a loop and not web-test-runner's `groups` (one group per engine): without `--group`, the
// runner runs the default group and every group in one process, so a bare `npx web-test-runner`
// would start all three engines, and one engine's crash would be reported with the others' results
// in one exit status; with `--group <engine>` it would still take one process per engine, which is
// this loop. Here each engine gets its own process, its own result file, and its own second try.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
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
const failures = [];
let failed = false;
for (const engine of ENGINES.filter((name) => engines.includes(name))) {
  const started = Date.now();
  console.log(`\n── ${engine}${dist ? ' (built package)' : ''} ──`);
  let run = runOnce(engine, files);
  let note = '';
  // The engine itself died under some files (WebKitGTK's web process can crash on a loaded
  // machine; WebDriver then cannot open the next page either): those files, and the ones that never
  // ran, run once more in a fresh browser. After a failed assertion or any other error, nothing is
  // run again.
  const crashed = run.results?.filter((result) => result.outcome === 'crashed') ?? [];
  const pending = run.results?.filter((result) => result.outcome === 'pending') ?? [];
  const otherFailures = run.results?.filter((result) => result.outcome === 'failed') ?? [];
  if (!run.ok && crashed.length > 0 && otherFailures.length === 0) {
    const again = [...crashed, ...pending].map((result) => relative(process.cwd(), result.file));
    console.log(`\n── ${engine}: the browser engine failed; running ${again.length} file(s) once more ──`);
    for (const result of crashed) console.log(`  ${relative(process.cwd(), result.file)}: ${result.errors[0]}`);
    if (pending.length) console.log(`  not run because of it: ${pending.length} file(s)`);
    run = runOnce(engine, again);
    note = `  (after an engine crash, ran again: ${again.join(', ')}: ${run.ok ? 'passed' : 'FAILED'})`;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${engine.padEnd(9)} ${seconds.padStart(6)} s  ${run.ok ? 'passed' : 'FAILED'}${note}`);
  if (!run.ok) failures.push(...describeFailures(engine, run));
  failed ||= !run.ok;
}

console.log(`\nBrowser tests${dist ? ' (built package)' : ''}:\n  ${timings.join('\n  ')}`);
// The runner's own report of a failure can be thousands of lines above the end of a long log (and
// a CI log is often kept only in part): the failed files, tests and first errors are said again here.
if (failures.length) console.log(`\nWhat failed:\n  ${failures.join('\n  ')}`);
process.exit(failed ? 1 : 0);

/** Per failed file: a line naming it, then one line per failed test and first error (a long line may be cut). */
function describeFailures(engine, run) {
  const bad = run.results?.filter((result) => result.outcome !== 'passed') ?? [];
  if (bad.length === 0) return [`${engine}: the test runner failed before any file had a result`];
  const line = (text) => `    ${text.replace(/\s+/g, ' ').slice(0, 300)}`;
  return bad.map((result) => {
    const what = [...(result.tests ?? []).map((name) => `test "${name}"`), ...(result.errors ?? []).slice(0, 2)];
    return [`${engine}: ${relative(process.cwd(), result.file)} ${result.outcome}`, ...what.map(line)].join('\n  ');
  });
}

/** One web-test-runner process for `engine`; its exit status and each file's outcome. */
function runOnce(engine, testFiles) {
  const resultsFile = join(mkdtempSync(join(tmpdir(), 'map-wtr-')), 'results.json');
  const result = spawnSync('npx', ['web-test-runner', ...testFiles], {
    stdio: 'inherit',
    env: { ...process.env, MAP_BROWSERS: engine, MAP_RESULTS_FILE: resultsFile },
  });
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  rmSync(dirname(resultsFile), { recursive: true, force: true });
  return { ok: result.status === 0, results };
}
