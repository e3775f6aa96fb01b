import { css } from 'lit';

export const bookmarkListStyles = css`
  .heading {
    margin: 0 0 var(--_space-m);
    font-size: var(--map-bookmark-list-heading-size, 1.375em);
    line-height: 1.3;
    font-weight: 700;
  }

  .heading:focus,
  .empty:focus {
    outline: none;
  }
  .heading:focus-visible,
  .empty:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    padding-block: var(--_space-m);
    border-block-end: var(--_border-width) solid var(--_border);
  }
  .item:first-child {
    padding-block-start: 0;
  }

  .title {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .saved {
    margin: var(--_space-xs) 0 0;
    color: var(--_secondary-text);
    font-size: 0.875em;
  }

  .empty,
  .count {
    margin: 0;
  }
  .count {
    margin-block-start: var(--_space-m);
    color: var(--_secondary-text);
  }

  .storage-notice {
    margin: 0 0 var(--_space-m);
  }
  .refused {
    margin-block-start: var(--_space-m);
  }

  @media (forced-colors: active) {
    .heading:focus-visible,
    .empty:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 2px;
      box-shadow: none;
    }
  }
`;
