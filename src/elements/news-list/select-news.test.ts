import { expect } from '@open-wc/testing';
import { parseTagFilter } from '../../feed/tags.js';
import type { NewsItem } from '../../feed/types.js';
import { selectNews } from './select-news.js';

function news(id: string, tags: string[], published?: number): NewsItem {
  return { type: 'news', id, title: id, tags, ...(published === undefined ? {} : { published }) };
}

describe('selectNews (no DOM)', () => {
  const feed = [news('a', ['Regulation', 'physician-associate'], 3), news('b', ['workforce '], 2), news('c', [], 1), news('d', ['TRAINING'])];

  it('keeps the feed order and cuts at the count, saying whether more match', () => {
    expect(selectNews(feed, { tags: [], count: 2 })).to.deep.equal({ items: feed.slice(0, 2), more: true });
    expect(selectNews(feed, { tags: [], count: 4 })).to.deep.equal({ items: feed, more: false });
    expect(selectNews(feed, { tags: [], count: 10 }).items).to.have.length(4);
  });

  it('matches any of the tags, the feed’s own tags trimmed and case ignored', () => {
    const ids = (tags: string[], count = 10) => selectNews(feed, { tags, count }).items.map((i) => i.id);
    expect(ids(['regulation'])).to.deep.equal(['a']);
    expect(ids(['workforce', 'training'])).to.deep.equal(['b', 'd']);
    expect(ids(['nothing'])).to.deep.equal([]);
    expect(selectNews(feed, { tags: ['workforce', 'training'], count: 1 })).to.deep.equal({ items: [feed[1]], more: true });
    expect(selectNews(feed, { tags: ['workforce', 'training'], count: 2 }).more).to.equal(false);
  });

  it('matches the feed’s tags with case ignored and spaces, hyphens and underscores alike', () => {
    const written = [
      news('spaced', ['Physician Associate']),
      news('underscored', ['physician_associate']),
      news('shouted', [' PHYSICIAN-ASSOCIATE ']),
      news('mixed', ['physician  -  associate']),
      news('plural', ['physician associates']),
    ];
    const ids = (tags: string[]) => selectNews(written, { tags, count: 10 }).items.map((i) => i.id);
    expect(ids(['physician-associate'])).to.deep.equal(['spaced', 'underscored', 'shouted', 'mixed']);
  });

  it('takes the filter the list builds from its tag and profession attributes', () => {
    const ids = (tag: string, profession: '' | 'physician-associate') =>
      selectNews(feed, { tags: parseTagFilter(tag, profession), count: 10 }).items.map((i) => i.id);
    expect(ids(' Workforce, training', '')).to.deep.equal(['b', 'd']);
    expect(ids('Physician Associate', '')).to.deep.equal(['a']);
    expect(ids('training', 'physician-associate')).to.deep.equal(['a', 'd']);
  });
});
