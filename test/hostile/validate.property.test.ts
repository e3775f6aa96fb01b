import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedFormatError, validateFeed } from '../../src/feed/validate.js';
import type { Feed, FeedItem } from '../../src/feed/types.js';
import { feedArbitrary, NOT_A_FEED, type FeedOracle, type ItemOracle } from './feeds.js';
import { propertyOptions } from './harness.js';

const BASE = 'https://feeds.example.org/maps/feed.json';

function indexOf(path: string): number {
  const match = /^\$\.items\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : -1;
}

function expectItem(actual: FeedItem | undefined, expected: ItemOracle & { id: string; index: number }): void {
  const where = `item ${expected.index} (${expected.mutation ?? 'valid'})`;
  expect(actual, where).to.exist;
  expect(actual!.id, `${where} id`).to.equal(expected.id);
  expect(actual!.title, `${where} title`).to.equal(expected.title);
  expect(actual!.url, `${where} url`).to.equal(expected.url);
  if (actual!.type === 'news') expect(actual!.published, `${where} published`).to.equal(expected.published);
  if (actual!.type === 'role') {
    expect(actual!.profession, `${where} profession`).to.equal(expected.profession);
    expect(actual!.image, `${where} image`).to.deep.equal(expected.image);
  }
  if (actual!.type === 'case-study') {
    expect(actual!.organisation, `${where} organisation`).to.equal(expected.organisation);
    expect(actual!.image, `${where} image`).to.deep.equal(expected.image);
  }
}

/** The validated feed holds exactly the oracle's items, in its order, and reports exactly its problems. */
function expectMatches(feed: Feed, oracle: FeedOracle): void {
  expect(feed.roles.length, 'roles').to.equal(oracle.roles.length);
  expect(feed.caseStudies.length, 'case studies').to.equal(oracle.caseStudies.length);
  expect(feed.news.map((n) => n.id), 'news, newest first').to.deep.equal(oracle.news.map((n) => n.id));
  oracle.roles.forEach((role, i) => expectItem(feed.roles[i], role));
  oracle.caseStudies.forEach((study, i) => expectItem(feed.caseStudies[i], study));
  oracle.news.forEach((news, i) => expectItem(feed.news[i], news));

  const errors = feed.problems.filter((p) => p.severity === 'error');
  expect(errors.map((p) => indexOf(p.path)), 'one error per skipped item').to.deep.equal(oracle.errors);
  for (const problem of errors) expect(problem.message, problem.path).to.be.a('string').and.not.be.empty;
  const warnings = feed.problems.filter((p) => p.severity === 'warning').map((p) => p.path);
  expect(warnings.sort(), 'warnings').to.deep.equal([...oracle.warnings].sort());
}

describe('hostile feeds: validateFeed (property-based)', () => {
  it('keeps every valid item of a random valid feed, in order, and reports nothing but unsafe links', async function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(feedArbitrary({ maxItems: 25, hostile: false, huge: 0 }), ({ json, oracle }) => {
        expect(oracle.errors).to.deep.equal([]);
        expectMatches(validateFeed(JSON.parse(json), BASE), oracle);
      }),
      await propertyOptions(500),
    );
  });

  it('keeps every valid item of a mutated feed, skips and reports each broken one, and never throws', async function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(feedArbitrary({ maxItems: 25, hostile: true, huge: 100_000 }), ({ json, oracle }) => {
        expectMatches(validateFeed(JSON.parse(json), BASE), oracle);
      }),
      await propertyOptions(600),
    );
  });

  it('turns any document that is not a JSON Feed into one FeedFormatError naming the field', async function () {
    this.timeout(60_000);
    const junk = fc.oneof(
      fc.constantFrom(...NOT_A_FEED),
      fc.jsonValue().filter((value) => !(value && typeof value === 'object' && 'version' in value)),
    );
    fc.assert(
      fc.property(junk, (document) => {
        let thrown: unknown;
        try {
          validateFeed(document, BASE);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).to.be.instanceOf(FeedFormatError);
        expect((thrown as FeedFormatError).problems.length).to.be.greaterThan(0);
        expect((thrown as FeedFormatError).message).to.match(/^Not a JSON Feed: \$/);
      }),
      await propertyOptions(300),
    );
  });

  it('validates 10,000 items, each of them kept', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      title: `Item ${i} \u202Eلا`,
      url: i % 100 === 0 ? 'javascript:window.__pwned=1' : `https://example.org/${i}`,
      date_published: new Date(Date.UTC(2025, 0, 1) - i * 60_000).toISOString(),
      tags: ['physician-associate'],
    }));
    const feed = validateFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items }, BASE);
    expect(feed.news).to.have.length(10_000);
    expect(feed.news[0]!.id).to.equal('n0');
    expect(feed.news[9_999]!.id).to.equal('n9999');
    expect(feed.problems.filter((p) => p.severity === 'warning')).to.have.length(100);
  });
});
