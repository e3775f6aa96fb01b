import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { HOW_TO_INSTALL_ALL, launchers, missingEngines, portableCommandsPlugin, selectedEngines } from './scripts/browsers.js';
import { testServerMiddleware } from './test/server/test-server.js';
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
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**', '!test/dist/**'],
  // test/dist/ tests the built package, so it runs on its own after `npm run build`:
  // `npm run test:dist` (web-test-runner "test/dist/**/*.test.ts").
  nodeResolve: true,
  // Chromium runs two files at a time (its launcher sets that); WebDriver runs one page at a time
  // in one window (iframes would steal each other's focus), and so does Firefox (launcher).
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  middleware: [testServerMiddleware()],
  plugins: [
    portableCommandsPlugin(),
    secondTabPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: await launchers(engines),
  testFramework: {
    config: { timeout: 10_000 },
  },
};
