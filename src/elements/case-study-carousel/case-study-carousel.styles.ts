import { css } from 'lit';

export const caseStudyCarouselStyles = css`
  :host {
    --_ratio: var(--map-case-study-carousel-image-ratio, 16 / 9);
    --_padding: var(--map-case-study-carousel-padding, var(--_space-l));
    --_dot: var(--map-case-study-carousel-dot-size, 14px);
  }

  .root {
    min-block-size: var(--map-case-study-carousel-min-height, auto);
  }

  .carousel {
    display: grid;
    gap: var(--_space-m);
  }

  /* Controls sit above the slides so they stay put when slides differ in height: a person
     pressing "Next" again and again never has the button move from under the pointer. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }

  /* Pre-rendered (map-embed render --format dsd) and not yet upgraded, the buttons would do
     nothing: hidden, but holding their space, so nothing moves when the script takes over. */
  :host(:not(:defined)) .controls {
    visibility: hidden;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }

  .arrow {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }

  /* The slide picker has a row of its own under Previous and Next, so the controls are as tall
     however many slides there are and however wide the buttons' words are: the placeholder
     holds exactly that space while the feed loads. */
  .picker {
    display: flex;
    flex-wrap: wrap;
    flex-basis: 100%;
    align-items: center;
  }

  .dot {
    display: inline-grid;
    place-items: center;
    min-inline-size: max(24px, calc(var(--_dot) + 12px));
    min-block-size: max(24px, calc(var(--_dot) + 12px));
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_link);
  }

  .dot::before {
    content: '';
    inline-size: var(--_dot);
    block-size: var(--_dot);
    border: 2px solid currentColor;
    border-radius: 50%;
    background: var(--_card-background);
  }

  .dot[aria-disabled='true'] {
    cursor: default;
  }

  .dot[aria-disabled='true']::before {
    background: currentColor;
  }

  .dot:hover::before {
    background: var(--_secondary-button-hover);
  }

  .dot[aria-disabled='true']:hover::before {
    background: currentColor;
  }

  .dot:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }

  .slides {
    /* Vertical drags still scroll the page; horizontal ones are ours, for swiping. */
    touch-action: pan-y;
  }

  /* Image beside the text (two fifths of the card) once the card is 40em wide, above it when
     narrower. Flex wrapping rather than a container query: a query container has no width of
     its own, so in a flex row or any shrink-to-fit box the page puts the carousel in, it would
     collapse. */
  .card {
    display: flex;
    flex-flow: row wrap;
    overflow: hidden;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }

  .slide[hidden] {
    display: none;
  }

  /* The box holds the image's shape before it arrives, so nothing below it moves. */
  .media {
    flex: 2 1 16em;
    align-self: flex-start;
    aspect-ratio: var(--_ratio);
    background: var(--_skeleton);
    overflow: hidden;
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    user-select: none;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    flex: 3 1 24em;
    padding: var(--_padding);
  }

  .body > * {
    margin: 0;
  }

  .title {
    font-size: var(--map-case-study-carousel-heading-size, 1.375em);
    line-height: 1.3;
    font-weight: 700;
  }

  .organisation,
  .person {
    color: var(--_secondary-text);
  }

  /* As NHS.UK inset text: a thick rule in the link colour beside the quotation. */
  .quote {
    margin-block: var(--_space-s);
    padding-inline-start: var(--_space-m);
    border-inline-start: 6px solid var(--_link);
  }

  .quote blockquote {
    margin: 0;
    font-size: 1.125em;
  }

  .quote blockquote p {
    margin: 0;
  }

  .quote blockquote p::before {
    content: open-quote;
  }

  .quote blockquote p::after {
    content: close-quote;
  }

  .quote figcaption {
    margin-block-start: var(--_space-s);
  }

  .link {
    margin-block-start: auto;
    font-weight: 600;
  }

  .empty {
    margin: 0;
    padding: var(--_space-m);
    border: var(--_border-width) solid var(--_border);
    background: var(--_card-background);
  }

  .skeleton-button {
    border-color: var(--_skeleton);
    box-shadow: 0 4px 0 var(--_skeleton);
    background: var(--_skeleton);
    color: transparent;
  }

  /* The placeholder's dot row: one dot's height, in the placeholder colour. */
  .picker:not([part]) .dot {
    color: var(--_skeleton);
  }

  .skeleton--heading {
    inline-size: 60%;
  }

  .skeleton--organisation {
    inline-size: 50%;
  }

  .skeleton:last-child:not(:first-child) {
    inline-size: 80%;
  }

  .skeleton--link {
    inline-size: 10em;
  }

  @media (forced-colors: active) {
    .dot {
      color: ButtonText;
    }
    .dot::before,
    .dot:hover::before {
      background: Canvas;
    }
    .dot[aria-disabled='true']::before,
    .dot[aria-disabled='true']:hover::before {
      background: Highlight;
      border-color: Highlight;
    }
    .dot:focus-visible {
      background: Canvas;
      outline: 3px solid CanvasText;
    }
  }

  /* A short window (400% zoom on a laptop is 320 by 256 CSS px): Previous and Next show only
     their arrows (their names stay, for screen readers and voice control) and share a row with
     the slide picker, so the controls take under half the height and the slide has the rest. */
  @media (max-height: 30em) {
    .nav .button {
      gap: 0;
      min-inline-size: 44px;
      padding-inline: 10px;
      font-size: 0;
    }
    .nav .arrow {
      inline-size: 20px;
      block-size: 20px;
    }
    .picker {
      flex-basis: auto;
    }
    /* The picture gives way too, so the slide's title is on the first screen. */
    .media {
      aspect-ratio: auto;
      block-size: 20vh;
    }
    .body {
      padding: var(--_space-m);
    }
  }

  /* On paper every case study is printed, one after another, without the controls. */
  @media print {
    .controls {
      display: none;
    }
    .slides {
      display: grid;
      gap: var(--_space-m);
    }
    .slide[hidden] {
      display: flex;
    }
  }
`;
