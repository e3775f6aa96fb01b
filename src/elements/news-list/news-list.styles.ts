import { css } from 'lit';

export const newsListStyles = css`
  :host {
    --_item-gap: var(--map-news-list-item-gap, var(--_space-m));
  }

  .root {
    min-block-size: var(--map-news-list-min-height, auto);
  }

  .heading {
    margin: 0 0 var(--_space-m);
    font-size: var(--map-news-list-heading-size, 1.5em);
    line-height: 1.3;
    font-weight: 700;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .item {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-block: var(--_item-gap);
    border-block-end: var(--_border-width) solid var(--_border);
  }

  .item:first-child {
    padding-block-start: 0;
  }

  .item > * {
    margin: 0;
  }

  .title {
    font-size: var(--map-news-list-title-size, 1.1875em);
    line-height: 1.4;
    font-weight: 700;
  }

  .title:focus {
    outline: none;
  }

  /* An item without a URL keeps its title in a placeholder <a> (no href): plain text. */
  .title a:not([href]) {
    color: inherit;
    text-decoration: none;
  }

  .date {
    color: var(--_secondary-text);
    font-size: 0.875em;
  }

  .view {
    align-self: flex-start;
    margin-block-start: var(--_space-xs);
  }

  .more {
    margin-block-start: var(--_space-l);
  }

  .empty {
    margin: 0;
  }

  .skeleton--title {
    inline-size: 70%;
  }
  .skeleton--date {
    inline-size: 12em;
  }
  .summary .skeleton + .skeleton {
    inline-size: 40%;
  }
  .skeleton--view {
    inline-size: 7em;
  }
`;
