import { css } from 'lit';

export const roleCardStyles = css`
  :host {
    --_card-padding: var(--map-role-card-padding, var(--_space-l));
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    block-size: 100%;
    min-block-size: var(--map-role-card-min-height, 12em);
    padding: var(--_card-padding);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }

  .card > * {
    margin: 0;
  }

  /* The card's gap already spaces the notes: with their own margins on top, "Last reviewed"
     stood 40px below the summary, where every other line of the card is 16px apart. */
  .card > .feed-notes,
  .card > .feed-notes > :first-child {
    margin-block-start: 0;
  }

  .image {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--map-role-card-image-size, 6em);
    block-size: auto;
    aspect-ratio: 1;
    object-fit: contain;
  }

  :host([layout='full']) .image {
    max-inline-size: var(--map-role-card-image-size, 10em);
  }

  .heading {
    font-size: var(--map-role-card-heading-size, 1.375em);
    line-height: 1.3;
    font-weight: 700;
    margin: 0;
  }

  .summary {
    margin: 0;
  }

  /* Term beside description once the card is wide enough for both (a quarter, at least 8em,
     for the term), one above the other when it is not. Flex wrapping rather than a container
     query: a query container has no width of its own, so in a flex row, a float or any
     shrink-to-fit box the page puts the card in, it would collapse. */
  .facts {
    --_term: max(8em, 25% - var(--_space-m));
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
    padding-block-start: var(--_space-m);
    border-block-start: var(--_border-width) solid var(--_border);
  }

  .facts dt {
    flex: 1 1 var(--_term);
  }

  .facts dd {
    flex: 3 1 max(24em, 100% - var(--_term) - var(--_space-m) - 1px);
  }

  .facts dt {
    font-weight: 700;
  }

  .facts dd {
    margin: 0;
  }

  .facts ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .more {
    margin-block-start: auto;
    font-weight: 600;
  }

  .skeleton-box {
    background: var(--_skeleton);
  }

  .skeleton--heading {
    inline-size: 60%;
  }

  .skeleton--term {
    inline-size: 6em;
  }

  .skeleton:last-child:not(:first-child) {
    inline-size: 80%;
  }

  .skeleton--link {
    inline-size: 6em;
  }
`;
