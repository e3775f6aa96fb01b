import { expect } from '@open-wc/testing';
import { carriesAny, normaliseTag, parseTagFilter, parseTags } from './tags.js';

describe('tags (src/feed/tags.ts)', () => {
  it('normaliseTag: case ignored; spaces, hyphens and underscores alike; trimmed', () => {
    expect(normaliseTag(' Physician  Associate')).to.equal('physician-associate');
    expect(normaliseTag('physician_associate')).to.equal('physician-associate');
    expect(normaliseTag('physician  -  associate')).to.equal('physician-associate');
    expect(normaliseTag(' - ')).to.equal('');
  });

  it('parseTags: the tag attribute, normalised, empties and repeats dropped', () => {
    expect(parseTags(' Regulation, workforce ,,REGULATION')).to.deep.equal(['regulation', 'workforce']);
    expect(parseTags('Physician Associate, physician_associate')).to.deep.equal(['physician-associate']);
    expect(parseTags(undefined)).to.deep.equal([]);
  });

  it('parseTagFilter: the tags, widened by a checked profession’s own tag', () => {
    expect(parseTagFilter(undefined, '')).to.deep.equal([]);
    expect(parseTagFilter(' , ', '')).to.deep.equal([]);
    expect(parseTagFilter('Theatres, wards', '')).to.deep.equal(['theatres', 'wards']);
    expect(parseTagFilter(undefined, 'physician-associate')).to.deep.equal(['physician-associate']);
    expect(parseTagFilter('theatres', 'surgical-care-practitioner')).to.deep.equal(['theatres', 'surgical-care-practitioner']);
    expect(parseTagFilter('Physician Associate', 'physician-associate')).to.deep.equal(['physician-associate']);
  });

  it('carriesAny: the item’s own tags compared normalised', () => {
    expect(carriesAny({ tags: [' Theatres '] }, ['theatres'])).to.equal(true);
    expect(carriesAny({ tags: ['wards'] }, ['theatres', 'clinics'])).to.equal(false);
    expect(carriesAny({ tags: [] }, ['theatres'])).to.equal(false);
  });
});
