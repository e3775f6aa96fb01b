import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { feedJsonSchemaText } from '../../scripts/feed-json-schema.js';
import { PROFESSIONS } from '../../src/feed/professions.js';
import { validateFeed } from '../../src/feed/validate.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const FEED_URL = 'https://trust.example/map-embed/feed/maps.json';
const sample: unknown = JSON.parse(read('feed/maps.json'));

describe('feed.schema.json', () => {
  it('is exactly what scripts/build-schema.ts generates from FeedSchema (run `npm run build:schema`)', () => {
    assert.equal(read('feed.schema.json'), feedJsonSchemaText());
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(read('feed.schema.json')) as object);

  it('accepts the sample feed', () => {
    assert.equal(validate(sample), true, ajv.errorsText(validate.errors));
  });

  it('rejects what the elements reject', () => {
    const feed = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });
    const bad = [
      { id: 'r', title: 'Role', _map: { type: 'role', profession: 'nurse' } },
      { id: 'r', _map: { type: 'role', profession: 'physician-associate' } },
      { id: 'c', title: 'Case', _map: { type: 'case-study' } },
      { id: 'c', title: 'Case', _map: { type: 'case-study', organisation: '   ' } },
      { id: 'n', _map: { type: 'event' }, title: 'Event' },
      { id: 'n', summary: ' ' },
      { title: 'No id' },
    ];
    for (const item of bad) {
      assert.equal(validate(feed([item])), false, JSON.stringify(item));
      assert.equal(validateFeed(feed([item]), FEED_URL).problems[0]?.severity, 'error', JSON.stringify(item));
    }
    assert.equal(validate({ title: 'T', items: [] }), false);
    assert.equal(validate(feed([{ id: 1, content_text: 'Plain CMS item', authors: [{ name: 'A' }] }])), true);
  });
});

describe('the sample feed (feed/maps.json)', () => {
  const feed = validateFeed(sample, FEED_URL);

  it('validates with no problems at all', () => {
    assert.deepEqual(feed.problems, []);
  });

  it('has one role per profession, at least 8 news items and 5 case studies', () => {
    assert.deepEqual(feed.roles.map((role) => role.profession).sort(), [...PROFESSIONS].sort());
    assert.ok(feed.news.length >= 8, `${feed.news.length} news items`);
    assert.ok(feed.caseStudies.length >= 5, `${feed.caseStudies.length} case studies`);
    for (const role of feed.roles) {
      assert.ok(role.summary && role.url && role.supervision && role.regulation && role.training && role.duties.length, role.id);
    }
    for (const study of feed.caseStudies) {
      assert.ok(study.quote && study.person && study.summary, study.id);
      assert.ok(study.image && study.image.alt.length > 20, `${study.id} has an image with real alt text`);
      assert.ok(study.tags.some((tag) => (PROFESSIONS as readonly string[]).includes(tag)), `${study.id} is tagged with a profession`);
    }
    for (const item of feed.news) assert.ok(item.summary && item.url, item.id);
    assert.ok(feed.news.filter((item) => item.published).length >= 5, 'most news is dated');
  });

  // The sample feed is what a trust sees first, so it must not mislead.
  const AUTHORITATIVE = ['www.healthcareers.nhs.uk', 'www.gmc-uk.org', 'www.nhsemployers.org', 'www.england.nhs.uk', 'england.nhs.uk', 'www.gov.uk'];

  it('links only to public pages of NHS England, the GMC, Health Careers, NHS Employers and GOV.UK, as absolute https URLs', () => {
    const raw = (sample as { items: { id: string; url?: string; _map?: { type?: string } }[] }).items;
    for (const item of raw) {
      if (item._map?.type === 'case-study') {
        assert.equal(item.url, undefined, `${item.id}: a fictional case study links to no page of its own`);
        continue;
      }
      assert.ok(item.url, `${item.id} has a link`);
      const url = new URL(item.url!);
      assert.equal(url.protocol, 'https:', item.url);
      assert.ok(AUTHORITATIVE.includes(url.host), `${item.id}: ${url.host} is not one of ${AUTHORITATIVE.join(', ')}`);
    }
    assert.equal((sample as { home_page_url?: string }).home_page_url, undefined, 'no home page that does not exist');
  });

  it('says in the content itself that its case studies are fictional', () => {
    for (const study of feed.caseStudies) assert.match(study.organisation, / \(example\)$/, study.id);
    assert.match((sample as { description: string }).description, /case studies are fictional/);
  });

  it('gives its roles review dates', () => {
    for (const role of feed.roles) assert.ok(role.lastReviewed && role.nextReview && role.nextReview > role.lastReviewed, role.id);
  });

  it('resolves every image against the feed, and every image is a sized SVG in feed/images', () => {
    for (const item of [...feed.roles, ...feed.caseStudies]) {
      const src = item.image!.src;
      assert.ok(src.startsWith('https://trust.example/map-embed/feed/images/'), src);
      const file = new URL(`../../feed/images/${src.split('/').pop()}`, import.meta.url);
      assert.ok(existsSync(file), `${src} exists`);
      const svg = readFileSync(file, 'utf8');
      assert.match(svg, /^<svg [^>]*viewBox="[^"]+"[^>]*width="\d+" height="\d+"/, src);
      assert.doesNotMatch(svg, /<script|on\w+=|href=/i, src);
    }
  });

  it('keeps the facts the hub page and the regulators state', () => {
    const role = (id: string) => feed.roles.find((r) => r.profession === id)!;
    for (const id of ['physician-associate', 'physician-assistant-anaesthesia'] as const) {
      assert.match(role(id).regulation!, /General Medical Council.*13 December 2024/);
    }
    assert.match(role('physician-assistant-anaesthesia').summary!, /anaesthesia associates/);
    assert.match(role('physician-assistant-anaesthesia').supervision!, /consultant anaesthetist/);
    assert.match(role('physician-associate').training!, /two-year postgraduate/);
    assert.match(role('advanced-critical-care-practitioner').training!, /Faculty of Intensive Care Medicine/);
    assert.match(role('advanced-critical-care-practitioner').regulation!, /voluntary register/);
    assert.match(role('surgical-care-practitioner').training!, /Royal College of Surgeons of England/);
    assert.match(role('surgical-care-practitioner').supervision!, /consultant surgeon/);
  });
});
