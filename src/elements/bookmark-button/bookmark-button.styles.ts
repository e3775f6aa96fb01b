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

  @media (forced-colors: active) {
    .button[aria-pressed='true']:not(:focus-visible) {
      forced-color-adjust: none;
      background: SelectedItem;
      border-color: SelectedItem;
      color: SelectedItemText;
    }
  }

  /* A control, and nothing else: not printed. */
  @media print {
    .root {
      display: none;
    }
  }
`;
