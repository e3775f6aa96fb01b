import { waitUntil } from '@open-wc/testing';
/** Waits until the element has left its loading state (rendered content or an error). */
export async function settled(element, timeout = 5000) {
    await waitUntil(() => {
        const root = element.shadowRoot;
        return Boolean(root && root.childElementCount > 0 && !root.querySelector('[part~="loading"]'));
    }, `<${element.localName}> did not finish loading`, { timeout });
    await element.updateComplete;
}
/** Text a person would see in the element's shadow root, whitespace collapsed. */
export function visibleText(element) {
    return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
