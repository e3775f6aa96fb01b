import type { LitElement } from 'lit';
import { waitUntil } from './wait.js';

/** Waits until the element has left its loading state (rendered content or an error). */
export async function settled(element: LitElement, timeout = 5000): Promise<void> {
  // Polled in real time, so it works under a fake clock too.
  await waitUntil(
    () => {
      // Elements render into a wrapper in their shadow root (MapElement); map-feed does not.
      const root = element.shadowRoot?.querySelector('.root') ?? element.shadowRoot;
      return Boolean(root && root.childElementCount > 0 && !root.querySelector('[part~="loading"]'));
    },
    `<${element.localName}> did not finish loading`,
    { interval: 20, timeout },
  );
  await element.updateComplete;
}

/** Text a person would see in the element's shadow root, whitespace collapsed. */
export function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
