import { computeAccessibleName } from 'dom-accessibility-api';

/**
 * The accessible name a screen reader is given for `element`, computed by the W3C algorithm
 * (accname 1.2) with the page's CSS, as browsers do: text in a block-level box (the
 * `visually-hidden` class is one) is set off by spaces, so "View article" followed by a hidden
 * ": Title" is read "View article : Title". axe-core's own computation leaves those spaces out.
 */
export function accessibleName(element: Element): string {
  return computeAccessibleName(element);
}
