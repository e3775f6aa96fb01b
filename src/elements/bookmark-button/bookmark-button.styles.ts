import { css } from 'lit';

export const bookmarkButtonStyles = css`
  :host {
    --_pressed-background: var(--map-bookmark-button-pressed-colour, var(--_secondary-button-text));
    --_pressed-text: var(--map-bookmark-button-pressed-text-colour, var(--_card-background));
    display: inline-block;
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .icon path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }

  .button[aria-pressed='true'] .icon path {
    fill: currentColor;
  }

  /* Pressed looks "on" (filled); focus keeps the NHS.UK yellow, which must win. */
  .button[aria-pressed='true']:not(:focus-visible) {
    background: var(--_pressed-background);
    border-color: var(--_pressed-background);
    color: var(--_pressed-text);
  }
  .button[aria-pressed='true']:not(:focus-visible):hover {
    background: var(--_link-active);
    border-color: var(--_link-active);
  }

  .storage-notice,
  .refused {
    max-inline-size: 20em;
  }

  /* Forced colours draw text on a Canvas backplate, so a filled background would hide the
     word: pressed keeps the page colour behind it and shows in the Highlight colour instead
     (edge, word and the filled icon, whose shape says "on" without colour). */
  @media (forced-colors: active) {
    .button[aria-pressed='true']:not(:focus-visible),
    .button[aria-pressed='true']:not(:focus-visible):hover {
      background: Canvas;
      border-color: Highlight;
      color: Highlight;
      outline: 2px solid Highlight;
      outline-offset: -6px;
    }
  }

  /* A control, and nothing else: not printed. */
  @media print {
    .root {
      display: none;
    }
  }
`;
