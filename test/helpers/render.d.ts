import type { LitElement } from 'lit';
/** Waits until the element has left its loading state (rendered content or an error). */
export declare function settled(element: LitElement, timeout?: number): Promise<void>;
/** Text a person would see in the element's shadow root, whitespace collapsed. */
export declare function visibleText(element: Element): string;
