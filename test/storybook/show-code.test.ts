import { expect } from '@open-wc/testing';
import { pageSource } from '../../.storybook/source.js';

describe('Storybook "Show code" (.storybook/source.ts)', () => {
  it('leaves out story-only item ids and lays a long tag out one attribute a line', () => {
    const rendered =
      '<map-rating-widget mode="stars" comment="" item-id="story-comment" endpoint="https://feedback.example.nhs.uk/ratings"></map-rating-widget>';
    expect(pageSource(rendered)).to.equal(
      [
        '<map-rating-widget',
        '  mode="stars"',
        '  comment',
        '  endpoint="https://feedback.example.nhs.uk/ratings"',
        '></map-rating-widget>',
      ].join('\n'),
    );
  });

  it('keeps a real item id, short tags on one line, and nests children', () => {
    const rendered =
      '<div lang="cy">\n      <map-bookmark-button item-id="role-physician-associate"></map-bookmark-button><p>Testun <b>trwm</b></p></div>';
    expect(pageSource(rendered)).to.equal(
      [
        '<div lang="cy">',
        '  <map-bookmark-button item-id="role-physician-associate"></map-bookmark-button>',
        '  <p>',
        '    Testun',
        '    <b>trwm</b>',
        '  </p>',
        '</div>',
      ].join('\n'),
    );
  });

  it('keeps attribute values exactly, quotes escaped', () => {
    expect(pageSource('<map-news-list heading="&quot;Our&quot; news &amp; views" limit="3"></map-news-list>')).to.equal(
      '<map-news-list heading="&quot;Our&quot; news &amp; views" limit="3"></map-news-list>',
    );
  });
});
