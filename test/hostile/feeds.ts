/**
 * fast-check arbitraries for feeds, valid and mutated, each paired with an oracle: what the
 * library must make of it, worked out from how the feed was generated and the feed contract
 * (DESIGN.md, schema.ts), never by calling the code under test.
 */
import fc from 'fast-check';
import { PROFESSIONS, type ProfessionId } from '../../src/feed/professions.js';

type Json = unknown;

/** Text that tends to break renderers: bidi controls, RTL scripts, combining marks, emoji, markup. */
const SPICE = [
  '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u2069', '\u200B', '\uFEFF', '\u00A0',
  'مرحبا بالعالم', 'שלום', '中文字', 'e\u0301', '👩🏽‍⚕️', '🏳️‍🌈', 'Z̤͔ͧ̑̓ä͖̭̈̇',
  '<b>bold</b>', '&amp;', '&lt;script&gt;', '"', "'", '\\', '`${x}`', '{{7*7}}', '\r\n', '\t',
];

export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(fc.constantFrom(...SPICE), { maxLength: 4 }).map((parts) => parts.join('')),
);

/** Text with at least one character that survives `trim()`. */
export const visibleText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('A', 'z', 'ب', 'ש', '中', 'é', '👩‍⚕️', '7'), anyText, fc.boolean())
  .map(([first, rest, before]) => (before ? `${rest}${first}` : `${first}${rest}`));

const slug = fc.stringMatching(/^[a-z0-9-]{1,12}$/);

/** URLs that must come through as they are. */
const safeLink = fc.oneof(
  slug.map((s) => `https://example.org/${s}`),
  slug.map((s) => `http://example.org/news/${s}?a=1#b`),
);

/** URLs that must never reach an href or src. */
export const UNSAFE_URLS = [
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:someone@example.org',
  'http://[::1',
] as const;

/** Dates in the forms CMSs emit, with the instant each means (undefined: unreadable, warn). */
export const ODD_DATES: readonly (readonly [string, number | undefined])[] = [
  ['2025-01-02', Date.UTC(2025, 0, 2)],
  ['2025-01-02T10:00:00+01:00', Date.UTC(2025, 0, 2, 9)],
  ['2025-01-02T10:00:00.123456Z', Date.UTC(2025, 0, 2, 10, 0, 0, 123)],
  ['9999-12-31T23:59:59Z', Date.UTC(9999, 11, 31, 23, 59, 59)],
  // ECMAScript's expanded years are not RFC 3339, so not dates (dates are never guessed).
  ['+275760-09-13T00:00:00.000Z', undefined],
  ['-000001-01-01T00:00:00Z', undefined],
  ['03/11/2025', undefined],
  ['3 March 2025', undefined],
  ['2025-02-29', undefined],
  ['yesterday', undefined],
  ['', undefined],
  ['   ', undefined],
  ['2025-13-01', undefined],
  ['2025-01-02T25:00:00Z', undefined],
  ['+275760-09-13T00:00:00.001Z', undefined],
  ['NaN', undefined],
];

/** How deep the nested arrays of a "deep nesting" mutation go. */
export const DEEP = 3000;
const DEEP_MARK = '\u0000deep\u0000';

export interface ExpectedImage {
  src: string;
  alt: string;
}

/** What one generated item must become. */
export interface ItemOracle {
  kind: 'role' | 'news' | 'case-study';
  /** false: the item breaks the contract and must be skipped and reported as an error. */
  valid: boolean;
  /** The title an element shows. */
  title: string;
  /** The href it links to; undefined when the feed had none or an unsafe one. */
  url?: string;
  profession?: ProfessionId;
  organisation?: string;
  image?: ExpectedImage;
  /** Epoch ms, undefined when undated or unreadable. */
  published?: number;
  /** Tags as authored. */
  tags: string[];
  /** Paths below `$.items[i]` that must be reported as warnings, e.g. `.url`. */
  warnings: string[];
  /** What the generator did to it, for failure messages. */
  mutation?: string;
}

interface Generated {
  raw: Json;
  oracle: ItemOracle;
}

/** The oracle for a whole feed. */
export interface FeedOracle {
  roles: (ItemOracle & { index: number; id: string })[];
  /** Newest first, undated last, feed order breaking ties. */
  news: (ItemOracle & { index: number; id: string })[];
  caseStudies: (ItemOracle & { index: number; id: string })[];
  /** Item indexes that must each be reported as exactly one error. */
  errors: number[];
  /** Exact paths (`$.items[3].url`) that must be reported as warnings, and no others. */
  warnings: string[];
}

export interface GeneratedFeed {
  document: Json;
  /** The document as JSON, deep-nesting marks expanded. */
  json: string;
  oracle: FeedOracle;
}

function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 2 });
}

const link = fc.oneof({ weight: 4, arbitrary: safeLink }, { weight: 1, arbitrary: fc.constantFrom(...UNSAFE_URLS) });

function linkOracle(raw: string | undefined, path: string, warnings: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if ((UNSAFE_URLS as readonly string[]).includes(raw)) {
    warnings.push(path);
    return undefined;
  }
  return new URL(raw).href;
}

function imageOracle(
  raw: string | undefined,
  alt: string | undefined,
  warnings: string[],
): ExpectedImage | undefined {
  const src = linkOracle(raw, '.image', warnings);
  if (!src) return undefined;
  if (alt === undefined) {
    warnings.push('._map.image_alt');
    return undefined;
  }
  return { src, alt };
}

function strip<T extends Record<string, unknown>>(record: T): T {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

const roleItem: fc.Arbitrary<Generated> = fc
  .record({
    title: visibleText,
    summary: maybe(anyText),
    url: maybe(link),
    image: maybe(link),
    image_alt: maybe(anyText),
    tags: maybe(fc.array(anyText, { maxLength: 3 })),
    profession: fc.constantFrom(...PROFESSIONS),
    duties: maybe(fc.array(visibleText, { maxLength: 3 })),
    supervision: maybe(visibleText),
  })
  .map((r): Generated => {
    const warnings: string[] = [];
    const url = linkOracle(r.url, '.url', warnings);
    const image = imageOracle(r.image, r.image_alt, warnings);
    return {
      raw: strip({
        title: r.title,
        summary: r.summary,
        url: r.url,
        image: r.image,
        tags: r.tags,
        _map: strip({
          type: 'role',
          profession: r.profession,
          image_alt: r.image_alt,
          duties: r.duties,
          supervision: r.supervision,
        }),
      }),
      oracle: strip({
        kind: 'role' as const,
        valid: true,
        title: r.title.trim(),
        url,
        image,
        profession: r.profession,
        tags: r.tags ?? [],
        warnings,
      }),
    };
  });

const caseStudyItem: fc.Arbitrary<Generated> = fc
  .record({
    title: visibleText,
    summary: maybe(anyText),
    url: maybe(link),
    image: maybe(link),
    image_alt: maybe(anyText),
    organisation: visibleText,
    quote: maybe(visibleText),
    person: maybe(visibleText),
  })
  .map((r): Generated => {
    const warnings: string[] = [];
    const url = linkOracle(r.url, '.url', warnings);
    const image = imageOracle(r.image, r.image_alt, warnings);
    return {
      raw: strip({
        title: r.title,
        summary: r.summary,
        url: r.url,
        image: r.image,
        _map: strip({
          type: 'case-study',
          organisation: r.organisation,
          quote: r.quote,
          person: r.person,
          image_alt: r.image_alt,
        }),
      }),
      oracle: strip({
        kind: 'case-study' as const,
        valid: true,
        title: r.title.trim(),
        url,
        image,
        organisation: r.organisation.trim(),
        tags: [],
        warnings,
      }),
    };
  });

/** A profession tag as a CMS might write it: any case, padded. */
const professionTag = fc
  .tuple(fc.constantFrom(...PROFESSIONS), fc.boolean(), fc.constantFrom('', ' ', '  '))
  .map(([id, upper, pad]) => `${pad}${upper ? id.toUpperCase() : id}${pad}`);

const newsItem: fc.Arbitrary<Generated> = fc
  .record({
    title: maybe(fc.oneof(visibleText, fc.constantFrom('', '   '))),
    summary: maybe(anyText),
    content_text: maybe(anyText),
    fallbackTitle: visibleText,
    url: maybe(link),
    // Whole seconds between 2000 and 2030, written the way JSON Feed asks (RFC 3339).
    published: maybe(fc.integer({ min: 946_684_800, max: 1_893_456_000 }).map((s) => s * 1000)),
    tags: maybe(fc.array(fc.oneof(anyText, professionTag), { maxLength: 4 })),
    marked: fc.boolean(),
  })
  .map((r): Generated => {
    const warnings: string[] = [];
    let title = r.title;
    const shown = (text: string | undefined) => text?.trim() || undefined;
    if (!shown(title) && !shown(r.summary) && !shown(r.content_text)) title = r.fallbackTitle;
    const url = linkOracle(r.url, '.url', warnings);
    return {
      raw: strip({
        title,
        summary: r.summary,
        content_text: r.content_text,
        url: r.url,
        date_published: r.published === undefined ? undefined : new Date(r.published).toISOString(),
        tags: r.tags,
        _map: r.marked ? { type: 'news' } : undefined,
      }),
      oracle: strip({
        kind: 'news' as const,
        valid: true,
        title: (shown(title) ?? shown(r.summary) ?? shown(r.content_text))!,
        url,
        published: r.published,
        tags: r.tags ?? [],
        warnings,
      }),
    };
  });

export const validItem: fc.Arbitrary<Generated> = fc.oneof(roleItem, newsItem, caseStudyItem);

type Mutate = (item: Generated, pick: number) => Generated;
const pickFrom = <T>(values: readonly T[], pick: number): T => values[pick % values.length]!;

function withRaw(item: Generated, change: (raw: Record<string, unknown>) => void, oracle: Partial<ItemOracle>): Generated {
  const raw = structuredClone(item.raw) as Record<string, unknown>;
  change(raw);
  return { raw, oracle: { ...item.oracle, ...oracle } };
}

const invalid = { valid: false };

/** Mutations after which the item breaks the contract: skipped, one error, nothing rendered. */
const BREAKING: Record<string, Mutate> = {
  'id of the wrong type': (item, pick) =>
    withRaw(item, (raw) => (raw.id = pickFrom([null, {}, [], '', '   ', true, ['a']], pick)), invalid),
  'id missing': (item) => withRaw(item, (raw) => delete raw.id, invalid),
  'title of the wrong type': (item, pick) =>
    withRaw(item, (raw) => (raw.title = pickFrom([42, [], {}, null, false], pick)), invalid),
  'nothing to show': (item) =>
    withRaw(
      item,
      (raw) => {
        delete raw.title;
        delete raw.summary;
        delete raw.content_text;
      },
      invalid,
    ),
  'summary of the wrong type': (item, pick) => withRaw(item, (raw) => (raw.summary = pickFrom([7, {}, ['s']], pick)), invalid),
  'tags not a list of strings': (item, pick) =>
    withRaw(item, (raw) => (raw.tags = pickFrom(['a,b', [1], {}, [null]], pick)), invalid),
  'unknown _map.type': (item, pick) =>
    withRaw(item, (raw) => (raw._map = { type: pickFrom(['podcast', 'Role', '', 7], pick) }), invalid),
  '_map not an object': (item, pick) => withRaw(item, (raw) => (raw._map = pickFrom(['role', 3, true], pick)), invalid),
  'empty url': (item) => withRaw(item, (raw) => (raw.url = ''), invalid),
  'url of the wrong type': (item, pick) => withRaw(item, (raw) => (raw.url = pickFrom([7, {}, ['x']], pick)), invalid),
  'deeply nested title': (item) => withRaw(item, (raw) => (raw.title = DEEP_MARK), invalid),
  'item not an object': (item, pick) => ({
    raw: pickFrom([null, 42, 'item', [], true, [{ id: 'x', title: 'y' }]], pick),
    oracle: { ...item.oracle, valid: false },
  }),
};

/** Mutations that only matter for one kind of item. */
const BREAKING_BY_KIND: Record<ItemOracle['kind'], Record<string, Mutate>> = {
  role: {
    'unknown profession': (item, pick) =>
      withRaw(
        item,
        (raw) => ((raw._map as Record<string, unknown>).profession = pickFrom(['nurse', '', 'Physician-Associate', 42, null], pick)),
        invalid,
      ),
    'duties not a list': (item) => withRaw(item, (raw) => ((raw._map as Record<string, unknown>).duties = 'everything'), invalid),
  },
  'case-study': {
    'organisation missing': (item) =>
      withRaw(item, (raw) => delete (raw._map as Record<string, unknown>).organisation, invalid),
    'organisation blank': (item) =>
      withRaw(item, (raw) => ((raw._map as Record<string, unknown>).organisation = ' \n '), invalid),
  },
  news: {
    'date of the wrong type': (item, pick) =>
      withRaw(item, (raw) => (raw.date_published = pickFrom([20250101, {}, null], pick)), invalid),
  },
};

/** Mutations the item survives: it must still be shown, perhaps with a warning. */
const SURVIVABLE: Record<string, (item: Generated, pick: number, huge: number) => Generated> = {
  'huge title': (item, _pick, huge) => {
    const title = `${item.oracle.title}${'x'.repeat(huge)}`;
    return withRaw(item, (raw) => (raw.title = title), { title });
  },
  'deeply nested unknown field': (item) => withRaw(item, (raw) => (raw._extension_deep = DEEP_MARK), {}),
  'unknown fields': (item) =>
    withRaw(
      item,
      (raw) => {
        raw.content_html = '<img src=x onerror=window.__pwned=1>';
        raw.authors = [{ name: '<script>window.__pwned=1</script>' }];
        raw.attachments = [{ url: 'javascript:window.__pwned=1' }];
      },
      {},
    ),
  'numeric id': (item, pick) => withRaw(item, (raw) => (raw.id = 1_000_000 + pick), {}),
  'RTL override in the title': (item) => {
    if (typeof (item.raw as Record<string, unknown>).title !== 'string') return item;
    const title = `\u202E${item.oracle.title}\u202C`;
    return withRaw(item, (raw) => (raw.title = title), { title: title.trim() });
  },
};

const SURVIVABLE_NEWS: Record<string, (item: Generated, pick: number) => Generated> = {
  'odd date': (item, pick) => {
    const [raw, published] = pickFrom(ODD_DATES, pick);
    const warnings = item.oracle.warnings.filter((w) => w !== '.date_published');
    if (published === undefined) warnings.push('.date_published');
    const next = withRaw(item, (r) => (r.date_published = raw), { warnings });
    if (published === undefined) delete next.oracle.published;
    else next.oracle.published = published;
    return next;
  },
};

export interface MutationOptions {
  /** Characters added by a "huge title" mutation. */
  huge: number;
}

/** A valid item, or one mutated so it breaks the contract or merely strains it. */
export function hostileItem({ huge }: MutationOptions): fc.Arbitrary<Generated> {
  return fc
    .tuple(validItem, fc.nat({ max: 99 }), fc.nat(), fc.nat())
    .map(([item, roll, which, pick]) => {
      const kind = item.oracle.kind;
      if (roll < 40) return item;
      if (roll < 70) {
        const table = { ...BREAKING, ...BREAKING_BY_KIND[kind] };
        const name = pickFrom(Object.keys(table), which);
        const mutated = table[name]!(item, pick);
        mutated.oracle = { ...mutated.oracle, mutation: name };
        return mutated;
      }
      const table = kind === 'news' ? { ...SURVIVABLE, ...SURVIVABLE_NEWS } : SURVIVABLE;
      const name = pickFrom(Object.keys(table), which);
      const mutated = (table as typeof SURVIVABLE)[name]!(item, pick, huge);
      mutated.oracle = { ...mutated.oracle, mutation: name };
      return mutated;
    });
}

function idKey(id: unknown): string | undefined {
  if (typeof id === 'number') return String(id);
  if (typeof id === 'string' && id.trim()) return id.trim();
  return undefined;
}

function expandDeep(json: string): string {
  const nested = `${'['.repeat(DEEP)}"deep"${']'.repeat(DEEP)}`;
  return json.split(JSON.stringify(DEEP_MARK)).join(nested);
}

export interface FeedOptions extends MutationOptions {
  maxItems: number;
  /** Let the generator mutate items and duplicate ids; false gives only valid feeds. */
  hostile: boolean;
}

/** A whole feed: items with ids, some ids duplicated when hostile, and its oracle. */
export function feedArbitrary({ maxItems, hostile, huge }: FeedOptions): fc.Arbitrary<GeneratedFeed> {
  const item = hostile ? hostileItem({ huge }) : validItem;
  return fc
    .tuple(
      fc.array(fc.tuple(item, fc.option(anyText, { nil: '' })), { maxLength: maxItems }),
      hostile ? fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }) : fc.constant([]),
      fc.constantFrom(undefined, 'en', 'cy', 'ar'),
    )
    .map(([entries, duplicates, language]) => {
      const items = entries.map(([generated, idSuffix], index) => {
        const raw = generated.raw;
        if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('id' in raw) && generated.oracle.mutation !== 'id missing') {
          // Ids are unique by construction (the index), with hostile text after them.
          return { raw: { id: `item-${index}-${idSuffix}`, ...raw }, oracle: generated.oracle };
        }
        // A copy: fast-check reuses generated values while shrinking, so never change them in place.
        const copy = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw } : raw;
        return { raw: copy, oracle: generated.oracle };
      });
      for (const [a, b] of duplicates) {
        if (items.length < 2) break;
        const from = items[a % items.length]!;
        const to = items[b % items.length]!;
        const fromRaw = from.raw as Record<string, unknown> | null;
        const toRaw = to.raw as Record<string, unknown> | null;
        if (from === to || !fromRaw || typeof fromRaw !== 'object' || !toRaw || typeof toRaw !== 'object') continue;
        if (idKey(fromRaw.id) === undefined || Array.isArray(toRaw) || idKey(toRaw.id) === undefined) continue;
        toRaw.id = fromRaw.id;
      }
      const document = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Generated feed',
        ...(language ? { language } : {}),
        items: items.map((i) => i.raw),
      };
      return { document, json: expandDeep(JSON.stringify(document)), oracle: oracleOf(items) };
    });
}

function oracleOf(items: readonly Generated[]): FeedOracle {
  const oracle: FeedOracle = { roles: [], news: [], caseStudies: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  items.forEach(({ raw, oracle: item }, index) => {
    if (!item.valid) {
      oracle.errors.push(index);
      return;
    }
    const id = idKey((raw as { id: unknown }).id)!;
    if (seen.has(id)) {
      oracle.errors.push(index);
      return;
    }
    seen.add(id);
    oracle.warnings.push(...item.warnings.map((path) => `$.items[${index}]${path}`));
    const entry = { ...item, index, id };
    if (item.kind === 'role') oracle.roles.push(entry);
    else if (item.kind === 'case-study') oracle.caseStudies.push(entry);
    else oracle.news.push(entry);
  });
  oracle.news.sort((a, b) =>
    a.published === b.published ? a.index - b.index : a.published === undefined ? 1 : b.published === undefined ? -1 : b.published - a.published,
  );
  return oracle;
}

/** Whether `tags` (as authored) carry `wanted`, compared as the news list documents: trimmed, any case. */
export function hasTag(tags: readonly string[], wanted: string): boolean {
  return tags.some((tag) => tag.trim().toLowerCase() === wanted);
}

/** Documents that are not a JSON Feed at all; the element must show the "not a feed" error. */
export const NOT_A_FEED: readonly Json[] = [
  null,
  42,
  'feed',
  [],
  {},
  { version: 'https://jsonfeed.org/version/1.1', title: 'No items' },
  { version: 'https://jsonfeed.org/version/1.1', title: 'Items not a list', items: { 0: {} } },
  { version: 'https://example.org/rss', title: 'Wrong version', items: [] },
  { version: 'https://jsonfeed.org/version/1.1', title: 7, items: [] },
  { title: 'No version', items: [] },
];
