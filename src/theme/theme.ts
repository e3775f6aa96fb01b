import { css } from 'lit';

/**
 * The shared look. Each public `--map-*` property falls back to the NHS.UK frontend page
 * property of the same meaning (nhsuk-frontend 10 sets them on `:root`), then to the NHS.UK
 * value, so an NHS.UK-styled site is matched with no configuration. Elements read only the
 * private `--_*` names below; the public names are documented on each element.
 */
export const tokens = css`
  :host {
    --_text: var(--map-text-colour, var(--nhsuk-text-colour, #212b32));
    --_secondary-text: var(--map-secondary-text-colour, var(--nhsuk-secondary-text-colour, #4c6272));
    --_link: var(--map-link-colour, var(--nhsuk-link-colour, #005eb8));
    --_link-hover: var(--map-link-hover-colour, var(--nhsuk-link-hover-colour, #7c2855));
    --_link-visited: var(--map-link-visited-colour, var(--nhsuk-link-visited-colour, #330072));
    --_link-active: var(--map-link-active-colour, var(--nhsuk-link-active-colour, #002f5c));
    --_focus: var(--map-focus-colour, var(--nhsuk-focus-colour, #ffeb3b));
    --_focus-text: var(--map-focus-text-colour, var(--nhsuk-focus-text-colour, #212b32));
    --_border: var(--map-border-colour, var(--nhsuk-border-colour, #d8dde0));
    --_card-background: var(--map-card-background-colour, var(--nhsuk-card-background-colour, #ffffff));
    --_error: var(--map-error-colour, var(--nhsuk-error-colour, #d5281b));
    --_button: var(--map-button-colour, var(--nhsuk-button-colour, #007f3b));
    --_button-hover: var(--map-button-hover-colour, var(--nhsuk-button-hover-colour, #00662f));
    --_button-active: var(--map-button-active-colour, var(--nhsuk-button-active-colour, #00401e));
    --_button-shadow: var(--map-button-shadow-colour, var(--nhsuk-button-shadow-colour, #00401e));
    --_button-text: var(--map-button-text-colour, var(--nhsuk-button-text-colour, #ffffff));
    --_secondary-button-text: var(--map-secondary-button-text-colour, var(--nhsuk-secondary-button-text-colour, #005eb8));
    --_secondary-button-hover: var(--map-secondary-button-hover-colour, var(--nhsuk-secondary-button-hover-colour, #d9e7f4));
    --_secondary-button-active: var(--map-secondary-button-active-colour, var(--nhsuk-secondary-button-active-colour, #c7dcef));
    --_skeleton: var(--map-skeleton-colour, var(--nhsuk-grey-5-colour, #f0f4f5));
    --_space-xs: var(--map-space-xs, 4px);
    --_space-s: var(--map-space-s, 8px);
    --_space-m: var(--map-space-m, 16px);
    --_space-l: var(--map-space-l, 24px);
    --_radius: var(--map-radius, 0);
    --_border-width: var(--map-border-width, 1px);

    /* A column, so that where the page keeps this rule the wrapper grows to a grid row's height
       (role cards in a row are as tall as each other). Never a percentage height: inside an
       inline host it would resolve against some far-off ancestor, such as a stretched <main>. */
    display: flex;
    flex-direction: column;
  }

  :host([hidden]) {
    display: none;
  }

  /* \`hidden\` hides the element even where the page's \`all: unset\` undid the rule above. */
  :host([hidden]) .root,
  :host([hidden]) .spill {
    display: none;
  }

  /* The page's CSS beats every :host rule above (a CMS's \`* { all: revert }\` makes the tag
     inline, and \`box-sizing\`, \`text-align\` or \`white-space\` set on it are inherited), so the
     element's layout is decided here, on the wrapper every element renders into
     (MapElement): a block of its own that holds its margins and floats, in border-box, with
     the text settings the design needs. Font family and size still come from the page, and
     the elements size text and boxes in em or px, never rem: a page's 62.5% root font size
     does not shrink them. */
  .root {
    display: flow-root;
    flex: 1 1 auto;
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
    margin: 0;
    padding: 0;
    color: var(--_text);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  /* Fills a host that a grid or flex container stretched (MapElement sets \`fill\` only where the
     host is the wrapper's containing block); a host of natural height leaves it at auto. */
  .root.fill {
    block-size: 100%;
  }

  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
`;

/** Links and focus exactly as NHS.UK draws them, with a system-colour fallback. */
export const interactive = css`
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.1578em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    color: var(--_link-hover);
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  a:active {
    color: var(--_link-active);
  }
  a:focus-visible {
    outline: 4px solid transparent;
    outline-offset: 4px;
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
    text-decoration: none;
  }

  button {
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 4px solid transparent;
    outline-offset: 4px;
    box-shadow: 0 0 0 2px var(--_focus), 0 0 0 4px var(--_focus-text);
  }

  /* A secondary NHS.UK button: outlined in the link colour. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    padding: 8px 14px;
    min-block-size: 44px;
    border: 2px solid var(--_secondary-button-text);
    border-radius: 4px;
    background: transparent;
    color: var(--_secondary-button-text);
    font-weight: 600;
    line-height: 1.5;
    box-shadow: 0 4px 0 var(--_secondary-button-text);
    margin-block-end: 4px;
  }
  .button:hover {
    background: var(--_secondary-button-hover);
  }
  .button:active {
    background: var(--_secondary-button-active);
    box-shadow: none;
    transform: translateY(4px);
  }
  .button:focus-visible {
    background: var(--_focus);
    border-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }

  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 2px;
      box-shadow: none;
    }
  }
`;

/** Shared bits every element uses: hidden-but-read text, the error box, the loading skeleton. */
export const utilities = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .error {
    padding: var(--_space-m);
    border: 4px solid var(--_error);
    background: var(--_card-background);
    color: var(--_text);
  }
  /* As NHS.UK's error summary: its title a step above the text (heading-m to body: 1.25),
     24px of padding where the viewport is tablet-wide (nhsuk-frontend's 641px breakpoint). */
  .error__title {
    margin: 0 0 var(--_space-s);
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
  }
  @media (min-width: 40.0625em) {
    .error {
      padding: var(--_space-l);
    }
  }
  .error__message {
    margin: 0;
  }
  .error .button {
    margin-block-start: var(--_space-m);
  }

  /* One line of placeholder text, exactly as tall as a line of the element it sits in (1lh
     takes that element's font size and line height), drawn as a 1em bar in its middle: put in
     an element with the real content's class, it holds the space that line of content will. */
  .skeleton {
    display: block;
    block-size: 1lh;
    padding-block: calc((1lh - 1em) / 2);
    background: var(--_skeleton);
    background-clip: content-box;
  }

  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * On paper: nothing to press (every button, and each element's own controls, hidden in its
 * styles), each card or item kept on one page, and every link's address written after it.
 */
export const print = css`
  @media print {
    button,
    .button {
      display: none !important;
    }
    .card,
    .item,
    .error,
    .thanks {
      break-inside: avoid;
    }
    a[href]:not([href^='#'])::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`;

export const baseStyles = [tokens, interactive, utilities, print];
