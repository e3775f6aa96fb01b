import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { HOW_TO_INSTALL_ALL, launchers, missingEngines, portableCommandsPlugin, selectedEngines } from './scripts/browsers.js';
import { sessionResultsReporter } from './scripts/session-results.js';
import { testServerMiddleware } from './test/server/test-server.js';
import { collectorPlugin } from './test/server/collector-plugin.js';
import { secondTabPlugin } from './test/server/second-tab.js';

// `npm test` runs this once per engine (scripts/test-browsers.js sets MAP_BROWSERS); a bare
// `npx web-test-runner` while working on one element stays on Chromium, the quickest.
const engines = selectedEngines(process.env.MAP_BROWSERS || 'chromium');
const missing = missingEngines(engines);
if (missing.length) {
  console.error(`Cannot start: ${missing.join('; ')}.\n${HOW_TO_INSTALL_ALL}`);
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**', '!test/dist/**', '!test/sharepoint/**'],
  // test/dist/ tests the built package, so it runs on its own after `npm run build`:
  // `npm run test:dist` (web-test-runner "test/dist/**/*.test.ts"). test/sharepoint/ likewise tests the
  // built web part, after `npm run build:sharepoint`: `npm run test:sharepoint`.
  nodeResolve: true,
  // Every engine runs one file at a time (Chromium: see its launcher); WebDriver runs one page at a time
  // in one window (iframes would steal each other's focus), and so does Firefox (launcher).
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  middleware: [testServerMiddleware()],
  plugins: [
    portableCommandsPlugin(),
    collectorPlugin(),
    secondTabPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: await launchers(engines),
  // scripts/test-browsers.js reads each file's outcome to run again a file the engine crashed under.
  reporters: [defaultReporter(), ...(process.env.MAP_RESULTS_FILE ? [sessionResultsReporter(process.env.MAP_RESULTS_FILE)] : [])],
  // Every test page loads test/setup/lit-warnings.ts first: a Lit development warning fails the test.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head></head>
  <body>
    <script type="module" src="/test/setup/lit-warnings.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  testFramework: {
    config: { timeout: 10_000 },
  },
};
