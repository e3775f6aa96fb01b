// Finds a Chrome or Chromium for the tests. npm packages may not download browsers here, so
// the tests use the system's; if there is none, say exactly how to get one.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function chromiumPath() {
  return CANDIDATES.find((path) => existsSync(path));
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Test files run two at a time, one in a background tab: without these, its timers are
  // throttled to once a second and polling helpers (waitUntil) time out.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const HOW_TO_INSTALL = `No Chrome or Chromium was found for the browser tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          install Google Chrome from https://www.google.com/chrome/
  elsewhere:      install Chrome or Chromium and set CHROME_PATH=/path/to/chrome`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = chromiumPath();
  if (!path) {
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
  console.log(`Browser tests use ${path}`);
}
