/**
 * A second real tab of the test page's browser context (test/server/second-tab.js): it shares
 * localStorage with this page but, unlike an iframe, runs on its own event loop (in Chromium and
 * Firefox its own process), so both tabs can act at one wall-clock instant. `undefined` where the
 * driver cannot open one (WebDriver classic: WebKit).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Tab {
  /** Evaluates `script` (an expression; a promise is awaited) in the tab; its JSON result. */
  run<T>(script: string): Promise<T>;
  close(): Promise<void>;
}

export async function openTab(url = '/test/hostile/page.html'): Promise<Tab | undefined> {
  const id = await executeServerCommand<string, { url: string }>('map-tab-open', { url });
  if (!id || id === 'unsupported') return undefined;
  return {
    run: <T>(script: string) => executeServerCommand<T, { id: string; script: string }>('map-tab-eval', { id, script }) as Promise<T>,
    close: async () => {
      await executeServerCommand('map-tab-close', { id });
    },
  };
}

/** Busy-waits (no timer, so no clamping or throttling) until the clock reads `at`. */
export function spinUntil(at: number): void {
  while (Date.now() < at) {
    // spin
  }
}

/**
 * A script for the other tab: reports whether it was already past `at` (then the instant was
 * missed), spins until `at`, then runs `action` (a statement using `document`).
 */
export function atInstant(at: number, action: string): string {
  return `(() => { const late = Date.now() > ${at}; while (Date.now() < ${at}) {} ${action}; return late; })()`;
}
