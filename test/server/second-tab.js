// A second, real tab for browser tests (test/hostile/tabs.ts): same browser context as the test
// page, so the same origin's localStorage, but its own page and, in Chromium and Firefox, its own
// renderer process and event loop. Two tabs can then write at one wall-clock instant, which two
// iframes of one page (one event loop) cannot. Driven through puppeteer (Chromium over CDP,
// Firefox over WebDriver BiDi); WebDriver classic (WebKit) answers 'unsupported' and the test says so.

/** Test-runner plugin answering `map-tab-open`, `map-tab-eval` and `map-tab-close`. */
export function secondTabPlugin() {
  const tabs = new Map();
  let next = 0;
  return {
    name: 'map-second-tab',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('map-tab-')) return undefined;
      if (session.browser.type !== 'puppeteer') return 'unsupported';
      const page = session.browser.getPage(session.id);
      if (command === 'map-tab-open') {
        const tab = await page.browserContext().newPage();
        await tab.goto(new URL(payload.url, page.url()).href);
        // Polled by timer, not animation frame: the tab may be in the background.
        await tab.waitForFunction('window.__page?.loaded === true', { polling: 50, timeout: 20_000 });
        // The test page stays the one in front (focus, unthrottled timers).
        await page.bringToFront();
        const id = `${session.id}:${++next}`;
        tabs.set(id, tab);
        return id;
      }
      const tab = tabs.get(payload.id);
      if (!tab) throw new Error(`no tab ${payload.id}`);
      if (command === 'map-tab-eval') return (await tab.evaluate(payload.script)) ?? false;
      if (command === 'map-tab-close') {
        tabs.delete(payload.id);
        await tab.close();
        return true;
      }
      return undefined;
    },
  };
}
