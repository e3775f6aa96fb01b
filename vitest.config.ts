import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumPath, CHROMIUM_ARGS, HOW_TO_INSTALL } from './scripts/browser-path.js';

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

// Every story runs as a test in headless Chromium: it must render, its play function must
// pass, and axe must find no violations (parameters.a11y.test = 'error' in .storybook/preview.ts).
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // The first story of a file waits for Vite to transform src/ on demand, which on a busy
    // 2-core machine takes more than the default 15 s; a hung story still fails, just later.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
