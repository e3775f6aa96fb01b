// The three engines the tests run in, each through the launcher that drives it best here:
// Chromium through CDP, Firefox ESR through puppeteer's WebDriver BiDi, and WebKit (WebKitGTK's
// MiniBrowser) through WebKitWebDriver. `MAP_BROWSERS=chromium,firefox` picks some of them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumPath, CHROMIUM_ARGS } from './browser-path.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER_CANDIDATES = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
const WEBKIT_DRIVER_CANDIDATES = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'];

const first = (paths) => paths.find((path) => path && existsSync(path));

export const HOW_TO_INSTALL_ALL = `The browser tests run in Chromium, Firefox ESR and WebKit. On Debian/Ubuntu:
  sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb xauth
Or run Chromium alone: MAP_BROWSERS=chromium npm test (or npm test -- --chromium-only).
Paths can be set with CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH and WEBKIT_DRIVER_PATH.`;

/** The engines asked for by `MAP_BROWSERS` (comma-separated), or all three. */
export function selectedEngines(value = process.env.MAP_BROWSERS) {
  if (!value?.trim()) return ENGINES;
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`MAP_BROWSERS: unknown engine ${unknown.join(', ')}; use ${ENGINES.join(', ')}.`);
  return names;
}

/** Which engines cannot start here, and why, so the run fails with instructions instead. */
export function missingEngines(engines) {
  const missing = [];
  if (engines.includes('chromium') && !chromiumPath()) missing.push('chromium (no Chrome or Chromium found)');
  if (engines.includes('firefox') && !first(FIREFOX_CANDIDATES)) missing.push('firefox (no firefox-esr found)');
  if (engines.includes('webkit')) {
    if (!first(MINIBROWSER_CANDIDATES)) missing.push('webkit (no WebKitGTK MiniBrowser found)');
    if (!first(WEBKIT_DRIVER_CANDIDATES)) missing.push('webkit (no WebKitWebDriver found)');
    if (!process.env.DISPLAY && !existsSync('/usr/bin/xvfb-run')) missing.push('webkit (no DISPLAY and no xvfb-run)');
    if (!process.env.DISPLAY && !existsSync('/usr/bin/xauth')) missing.push('webkit (xvfb-run needs xauth)');
  }
  return missing;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * Starts WebKitWebDriver (under a virtual display when there is no real one) and stops it with
 * this process. MiniBrowser has no headless mode, hence Xvfb.
 */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = first(WEBKIT_DRIVER_CANDIDATES);
  const [command, args] = process.env.DISPLAY
    ? [driver, [`--port=${port}`]]
    : ['xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1280x1024x24', driver, `--port=${port}`]];
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  await waitForDriver(port, child);
  return port;
}

/** Test-runner launchers for `engines`. */
export async function launchers(engines) {
  const result = [];
  if (engines.includes('chromium')) {
    result.push(
      chromeLauncher({
        launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
        // Each page in its own browser context (own window, own localStorage): test files that run
        // side by side can neither see each other's stored bookmarks nor run as a throttled
        // background tab of the other.
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
        // Two files side by side. (For a while this was one at a time, to hide a failure of
        // `rating-widget > thanks at once when the server fails (503)`. Its cause was the test: with
        // a 20 ms backoff the three attempts could all finish between two 50 ms polls, so the "keep
        // trying" note came and went unseen; the test now sends each retry itself.)
        concurrency: 2,
      }),
    );
  }
  if (engines.includes('firefox')) {
    result.push(
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: first(FIREFOX_CANDIDATES),
          headless: true,
          extraPrefsFirefox: {
            // Tab reaches links as well as form controls, as it does for most keyboard users.
            'accessibility.tabfocus': 7,
            'intl.accept_languages': 'en-GB',
          },
        },
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
        // One page at a time: Firefox fires no focus events in a window that is not the focused
        // one, and a second tab is hidden (timers throttled, no animation frames).
        concurrency: 1,
      }),
    );
  }
  if (engines.includes('webkit')) {
    const port = await startWebKitDriver();
    const webkit = webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: first(MINIBROWSER_CANDIDATES),
          args: ['--automation'],
        },
      },
    });
    // webdriverio's keys() presses every key down, then lets every key up: as one chord, so
    // sendKeys({ type: 'Good' }) gave "God". Pressing the keys one after another types them.
    const sendKeys = webkit.sendKeys.bind(webkit);
    webkit.sendKeys = async (sessionId, keys) => {
      for (const key of keys) await sendKeys(sessionId, [key]);
    };
    result.push(webkit);
  }
  return result;
}

const SHIFT = '\uE008';

const AX_STATES = ['checked', 'pressed', 'disabled', 'expanded', 'level', 'invalid', 'required', 'roledescription', 'busy', 'live'];

/** A Chromium accessibility node and its children as indented lines: role "name" and states. */
function axLines(node, depth = 0) {
  const states = AX_STATES.filter((key) => node[key] !== undefined && node[key] !== false).map((key) => (node[key] === true ? key : `${key}=${node[key]}`));
  const line = [node.role, node.name ? JSON.stringify(node.name.replace(/\s+/g, ' ').trim()) : '', ...states, node.description ? `description=${JSON.stringify(node.description)}` : '']
    .filter(Boolean)
    .join(' ');
  return [`${'  '.repeat(depth)}${line}`, ...(node.children ?? []).flatMap((child) => axLines(child, depth + 1))];
}

/** One CDP session per page for the forced-colours emulation, which lasts as long as its session. */
const cdpSessions = new WeakMap();
const TAB = '\uE004';

/**
 * Test commands that @web/test-runner-commands does not offer in every launcher, for
 * test/helpers/commands.ts: Shift+Tab (its sendKeys has no down/up through WebDriver),
 * reduced-motion emulation (CDP only; the helper stubs matchMedia where this answers
 * 'unsupported'), forced-colours emulation and clipped screenshots (CDP only: the
 * forced-colours tests run in Chromium and are skipped where these answer 'unsupported'), and
 * Chromium's own accessibility tree for an element.
 */
export function portableCommandsPlugin() {
  return {
    name: 'map-portable-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'map-shift-tab') {
        if (session.browser.type === 'webdriver') {
          await session.browser.driverManager.performActions(session.id, [
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value: SHIFT },
                { type: 'keyDown', value: TAB },
                { type: 'keyUp', value: TAB },
                { type: 'keyUp', value: SHIFT },
              ],
            },
          ]);
          return true;
        }
        const { keyboard } = session.browser.getPage(session.id);
        await keyboard.down('Shift');
        await keyboard.press('Tab');
        await keyboard.up('Shift');
        return true;
      }
      if (command === 'map-forced-colors' || command === 'map-screenshot') {
        // Chromium only (CDP): no WebDriver engine here emulates forced colours or clips a screenshot.
        if (session.browser.type !== 'puppeteer') return 'unsupported';
        const page = session.browser.getPage(session.id);
        if (page.browser().protocol !== 'cdp') return 'unsupported';
        if (command === 'map-forced-colors') {
          // Straight through CDP, as this puppeteer's emulateMediaFeatures does not know the
          // feature; on a session kept open, as CDP drops its emulation when the session closes.
          if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
          await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
          return 'emulated';
        }
        const { x, y, width, height } = payload;
        return page.screenshot({ encoding: 'base64', clip: { x, y, width, height }, captureBeyondViewport: false });
      }
      if (command === 'map-ax-tree') {
        // Chromium's own accessibility tree under the element `payload.selector` finds (CDP only).
        if (session.browser.type !== 'puppeteer') return 'unsupported';
        const page = session.browser.getPage(session.id);
        if (page.browser().protocol !== 'cdp') return 'unsupported';
        const handle = await page.$(payload.selector);
        if (!handle) return 'unsupported';
        const tree = await page.accessibility.snapshot({ root: handle, interestingOnly: true });
        await handle.dispose();
        return tree ? axLines(tree).join('\n') : '';
      }
      if (command === 'map-reduced-motion') {
        if (session.browser.type !== 'puppeteer') return 'unsupported';
        const page = session.browser.getPage(session.id);
        if (page.browser().protocol !== 'cdp') return 'unsupported';
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: payload.preference }]);
        return 'emulated';
      }
      return undefined;
    },
  };
}
