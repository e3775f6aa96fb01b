import { expect } from '@open-wc/testing';
import { parseTagFilter } from '../../feed/tags.js';
import type { CaseStudyItem } from '../../feed/types.js';
import { selectCaseStudies } from './select-case-studies.js';

describe('selectCaseStudies (no DOM)', () => {
  const item = (id: string, tags: string[]): CaseStudyItem => ({ id, title: id, tags, type: 'case-study', organisation: 'Trust' });
  const caseStudies = [item('a', ['physician-associate']), item('b', ['Surgical-Care-Practitioner', 'theatres']), item('c', [])];
  const ids = (items: readonly CaseStudyItem[]) => items.map((i) => i.id);

  it('keeps every case study, in feed order, without tags', () => {
    expect(selectCaseStudies(caseStudies, { tags: [] })).to.equal(caseStudies);
    expect(ids(selectCaseStudies(caseStudies, { tags: parseTagFilter(' , ', '') }))).to.deep.equal(['a', 'b', 'c']);
  });

  it('matches any of the tags, in feed order', () => {
    expect(ids(selectCaseStudies(caseStudies, { tags: ['theatres'] }))).to.deep.equal(['b']);
    expect(ids(selectCaseStudies(caseStudies, { tags: ['nothing', 'theatres', 'physician-associate'] }))).to.deep.equal(['a', 'b']);
    expect(ids(selectCaseStudies(caseStudies, { tags: ['nothing'] }))).to.deep.equal([]);
  });

  it('compares the feed’s own tags trimmed, case ignored, spaces, hyphens and underscores alike', () => {
    const written = [item('d', [' Theatres ']), item('e', ['Physician Associate']), item('f', ['physician_associate']), item('g', ['associate'])];
    expect(ids(selectCaseStudies(written, { tags: ['theatres'] }))).to.deep.equal(['d']);
    expect(ids(selectCaseStudies(written, { tags: ['physician-associate'] }))).to.deep.equal(['e', 'f']);
  });

  it('takes the filter the carousel builds from its tag and profession attributes', () => {
    const filter = (tag: string | undefined, profession: '' | 'physician-associate' | 'surgical-care-practitioner') => ({
      tags: parseTagFilter(tag, profession),
    });
    expect(ids(selectCaseStudies(caseStudies, filter('THEATRES', '')))).to.deep.equal(['b']);
    expect(ids(selectCaseStudies(caseStudies, filter(undefined, 'surgical-care-practitioner')))).to.deep.equal(['b']);
    expect(ids(selectCaseStudies(caseStudies, filter('theatres', 'physician-associate')))).to.deep.equal(['a', 'b']);
  });
});
