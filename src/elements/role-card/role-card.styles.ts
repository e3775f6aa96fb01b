import { css } from 'lit';

export const roleCardStyles = css`
  :host {
    --_card-padding: var(--map-role-card-padding, var(--_space-l));
    container-type: inline-size;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    block-size: 100%;
    min-block-size: var(--map-role-card-min-height, 12rem);
    padding: var(--_card-padding);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }

  .card > * {
    margin: 0;
  }

  .image {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--map-role-card-image-size, 6rem);
    block-size: auto;
    aspect-ratio: 1;
    object-fit: contain;
  }

  :host([layout='full']) .image {
    max-inline-size: var(--map-role-card-image-size, 10rem);
  }

  .heading {
    font-size: var(--map-role-card-heading-size, 1.375rem);
    line-height: 1.3;
    font-weight: 700;
    margin: 0;
  }

  .summary {
    margin: 0;
  }

  .facts {
    display: grid;
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
    padding-block-start: var(--_space-m);
    border-block-start: var(--_border-width) solid var(--_border);
  }

  @container (min-width: 36rem) {
    .facts {
      grid-template-columns: minmax(8rem, 1fr) 3fr;
    }
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
