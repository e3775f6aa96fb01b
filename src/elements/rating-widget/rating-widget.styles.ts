import { css } from 'lit';

export const ratingWidgetStyles = css`
  :host {
    --_star-colour: var(--map-rating-star-colour, #ffb81c);
    --_star-size: var(--map-rating-star-size, 2em);
  }

  .form,
  .fieldset {
    margin: 0;
  }

  .fieldset {
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .summary {
    margin-block: 0 var(--_space-m);
  }
  .legend {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 700;
    font-size: 1.1875em;
  }

  .has-error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_error);
  }

  .error-message {
    margin: 0 0 var(--_space-s);
    color: var(--_error);
    font-weight: 600;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  .option {
    position: relative;
    display: inline-flex;
    align-items: center;
    cursor: pointer;
  }

  /* Stars: the radio covers its whole label, so the star and number are the target. */
  .star {
    flex-direction: column;
    justify-content: center;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: var(--_space-xs) var(--_space-xs) 2px;
    border-block-end: 4px solid transparent;
  }

  .star__input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .star__icon {
    inline-size: var(--_star-size);
    block-size: var(--_star-size);
    fill: transparent;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .star--filled .star__icon {
    fill: var(--_star-colour);
  }

  .star__number {
    font-weight: 600;
    line-height: 1.2;
  }

  /* The chosen star is marked by a bar under it, not by colour alone. */
  .star:has(.star__input:checked) {
    border-block-end-color: var(--_text);
  }

  .star:has(.star__input:focus-visible) {
    background: var(--_focus);
    box-shadow: 0 4px 0 var(--_focus-text);
    color: var(--_focus-text);
  }

  .answer {
    gap: var(--_space-s);
    min-block-size: 44px;
    padding-inline-end: var(--_space-m);
  }

  .answer__input {
    font: inherit;
    inline-size: 1.75em;
    block-size: 1.75em;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }

  .answer__input:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--_focus-text);
  }

  .comment {
    margin-block-start: var(--_space-m);
  }

  .comment__label {
    display: block;
    font-weight: 600;
  }

  .hint,
  .count {
    color: var(--_secondary-text);
  }

  .hint {
    margin-block-end: var(--_space-s);
  }

  .count {
    margin-block-start: var(--_space-xs);
  }

  .count--over {
    color: var(--_error);
    font-weight: 600;
  }

  .comment__input {
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: 6em;
    padding: var(--_space-xs);
    border: 2px solid var(--_secondary-text);
    border-radius: 0;
    background: var(--_card-background);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }

  .has-error .comment__input {
    border-color: var(--_error);
  }

  .comment__input:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
    border-color: var(--_focus-text);
  }

  .rejected {
    margin: var(--_space-m) 0 0;
    padding: var(--_space-m);
    border: 4px solid var(--_error);
    background: var(--_card-background);
  }

  /* The NHS.UK primary button. */
  .submit {
    display: inline-block;
    margin: var(--_space-m) 0 4px;
    padding: 12px 16px;
    border: 2px solid transparent;
    border-radius: 4px;
    background: var(--_button);
    color: var(--_button-text);
    font-weight: 600;
    line-height: 1.5;
    box-shadow: 0 4px 0 var(--_button-shadow);
  }
  .submit:hover {
    background: var(--_button-hover);
  }
  .submit:active {
    background: var(--_button-active);
    box-shadow: none;
    transform: translateY(4px);
  }
  .submit:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
    outline: 4px solid transparent;
  }
  .submit[aria-disabled='true'],
  .submit:disabled {
    opacity: 0.5;
    cursor: default;
  }

  .thanks {
    padding: var(--_space-m);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }
  .thanks:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .thanks > p {
    margin: 0;
  }
  .thanks > p + p {
    margin-block-start: var(--_space-s);
  }
  .thanks__title {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .star__icon {
      stroke: CanvasText;
    }
    .star--filled .star__icon {
      fill: Highlight;
    }
    /* A transparent edge is drawn in CanvasText when colours are forced: only the chosen star
       has its bar. */
    .star {
      border-block-end-color: Canvas;
    }
    .star:has(.star__input:checked) {
      border-block-end-color: Highlight;
    }
    .star:has(.star__input:focus-visible),
    .answer__input:focus-visible,
    .comment__input:focus,
    .thanks:focus,
    .submit:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 2px;
    }
  }

  /* The form is for the screen; a thank-you already shown still prints. */
  @media print {
    .form {
      display: none;
    }
  }
`;
