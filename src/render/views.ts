/**
 * What a pre-rendered element shows, worked out from the feed by the same rules the live element
 * uses (its attribute checks in src/core/attributes.ts, its pure `select*` function, its strings,
 * src/core/feed-notes.ts and the shared dates) into plain data that the `html` and `email`
 * formats only lay out. No DOM, so the builder runs it in the browser and the CLI in Node.
 */
import {
  choiceProblem,
  headingLevelProblem,
  intervalProblem,
  limitProblem,
  parseHeadingLevel,
  parseLimit,
  parseProfession,
  professionProblem,
  type AttributeProblem,
} from '../core/attributes.js';
import { contentLang, dueForReview } from '../core/feed-notes.js';
import { parseTagFilter } from '../feed/tags.js';
import type { CaseStudyItem, Feed, FeedImage, FeedItem, RoleItem } from '../feed/types.js';
import { formatDate, isoDate } from '../i18n/dates.js';
import { translator, type Language } from '../i18n/i18n.js';
import { roleCardStrings } from '../elements/role-card/role-card.strings.js';
import { selectRole } from '../elements/role-card/select-role.js';
import { newsListStrings } from '../elements/news-list/news-list.strings.js';
import { selectNews } from '../elements/news-list/select-news.js';
import { caseStudyCarouselStrings } from '../elements/case-study-carousel/case-study-carousel.strings.js';
import { selectCaseStudies } from '../elements/case-study-carousel/select-case-studies.js';
import { renderStrings } from './render.strings.js';

/** The elements that can be pre-rendered, by the short name the embed page uses. */
export const RENDERABLE = ['role-card', 'news-list', 'case-study-carousel'] as const;
export type RenderableElement = (typeof RENDERABLE)[number];

/** Elements that show what a reader does in their own browser: nothing to pre-render. */
export const SCRIPT_ONLY = ['bookmark-button', 'bookmark-list', 'rating-widget'] as const;

export const isRenderable = (name: string): name is RenderableElement => (RENDERABLE as readonly string[]).includes(name);

/** Attribute values as an editor writes them: text, or `true` for a boolean attribute that is set. */
export type AttributeValues = Readonly<Record<string, string | true | undefined>>;

/** The attributes cannot be used: each problem's console wording, naming the attribute. */
export class AttributeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join(' '));
    this.name = 'AttributeError';
  }
}

/** The feed has nothing the element can show (a role card for a profession the feed lacks). */
export class ContentError extends Error {
  constructor(
    message: string,
    /** The same message in the fragment's language, for the builder to show. */
    readonly shown: string,
  ) {
    super(message);
    this.name = 'ContentError';
  }
}

function check(...problems: (AttributeProblem<string> | undefined)[]): void {
  const found = problems.filter((problem): problem is AttributeProblem<string> => problem !== undefined);
  if (found.length) throw new AttributeError(found.map((problem) => problem.warning));
}

const text = (value: string | true | undefined): string | undefined => (value === true ? '' : value);

export interface Dated {
  /** yyyy-mm-dd, for `<time datetime>`. */
  iso: string;
  /** "3 March 2025" in the fragment's language. */
  text: string;
}

const dated = (time: number, language: Language): Dated => ({ iso: isoDate(time), text: formatDate(time, language) });

export interface NotesView {
  /** "Last reviewed" and its date. */
  reviewed?: { label: string; date: Dated };
  /** The "due for review" note, when `next_review` has passed. */
  due?: string;
  /** "From" and who publishes the feed (with `source`). */
  source?: { label: string; name: string; lang?: string };
}

export interface LinkView {
  href: string;
  text: string;
  /** Said after `text` to screen readers (visually hidden), with its separator: " about Physician associates". */
  more: string;
}

interface ItemView {
  title: string;
  /** `lang` for text from the feed when it differs from the fragment's language. */
  lang?: string;
  summary?: string;
  image?: FeedImage;
  notes?: NotesView;
  link?: LinkView;
}

export interface RoleView extends ItemView {
  element: 'role-card';
  headingLevel: number;
  full: boolean;
  facts: { term: string; list?: readonly string[]; text?: string }[];
}

export interface NewsView {
  element: 'news-list';
  heading?: { text: string; level: number };
  titleLevel: number;
  items: (ItemView & { published?: { label: string; date: Dated } })[];
  /** Shown instead of the list when no item matches. */
  empty?: string;
}

export interface CaseStudiesView {
  element: 'case-study-carousel';
  label: string;
  headingLevel: number;
  items: (ItemView & { organisation: string; quote?: string; person?: string })[];
  empty?: string;
}

export interface FreshnessView {
  /** "Updated", before the date. */
  label: string;
  date: Dated;
  /** "from", before the feed. */
  from: string;
  /** The feed's title, linked to its home page when it has a safe one. */
  feed: string;
  href?: string;
}

export type ElementView = RoleView | NewsView | CaseStudiesView;

export interface View {
  language: Language;
  element: ElementView;
  updated: FreshnessView;
}

export interface ViewOptions {
  language: Language;
  /** "Now" for review dates and the freshness line (epoch ms). */
  now: number;
}

function notes(item: FeedItem, language: Language, now: number, source: boolean): NotesView | undefined {
  const t = translator({ language });
  const view: NotesView = {};
  if (item.lastReviewed !== undefined) view.reviewed = { label: t('review.last'), date: dated(item.lastReviewed, language) };
  if (dueForReview(item, now)) view.due = t('review.due');
  if (source && item.source) {
    const lang = contentLang(item.lang, language);
    view.source = { label: t('source.from'), name: item.source, ...(lang ? { lang } : {}) };
  }
  return Object.keys(view).length ? view : undefined;
}

/** Optional fields copied only when present, so views compare equal and print cleanly. */
function defined<T extends object>(view: T): T {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as T;
}

const checkRole = (attributes: AttributeValues) =>
  check(
    choiceProblem('layout', text(attributes.layout) ?? 'compact', ['compact', 'full'], 'error.layout-invalid'),
    headingLevelProblem(text(attributes['heading-level']), 3),
    professionProblem(text(attributes.profession), true),
  );

function roleView(feed: Feed, attributes: AttributeValues, { language, now }: ViewOptions): RoleView {
  checkRole(attributes);
  const layout = text(attributes.layout) ?? 'compact';
  const level = text(attributes['heading-level']);
  const t = translator({ language }, roleCardStrings);
  const profession = parseProfession(text(attributes.profession)) as Exclude<ReturnType<typeof parseProfession>, '' | undefined>;
  const role = selectRole(feed.roles, { profession });
  if (!role) {
    throw new ContentError(
      `the feed ${feed.url} has no role item for profession "${profession}".`,
      t('error.profession-absent', { value: profession }),
    );
  }
  const full = layout === 'full';
  return defined({
    element: 'role-card',
    headingLevel: parseHeadingLevel(level, 3)!,
    full,
    title: role.title,
    lang: contentLang(role.lang, language),
    summary: role.summary,
    image: role.image,
    facts: full ? facts(role, t) : [],
    notes: notes(role, language, now, attributes.source !== undefined),
    link: role.url ? { href: role.url, text: t('readMore'), more: ` ${t('readMoreAbout', { title: role.title })}` } : undefined,
  });
}

function facts(role: RoleItem, t: ReturnType<typeof translator<[typeof roleCardStrings]>>): RoleView['facts'] {
  const rows: RoleView['facts'] = [];
  if (role.duties.length) rows.push({ term: t('fact.duties'), list: role.duties });
  if (role.supervision) rows.push({ term: t('fact.supervision'), text: role.supervision });
  if (role.regulation) rows.push({ term: t('fact.regulation'), text: role.regulation });
  if (role.training) rows.push({ term: t('fact.training'), text: role.training });
  return rows;
}

const checkNews = (attributes: AttributeValues) =>
  check(
    headingLevelProblem(text(attributes['heading-level']), 2),
    limitProblem(text(attributes.limit), 5, 'error.limit-invalid'),
    professionProblem(text(attributes.profession)),
  );

function newsView(feed: Feed, attributes: AttributeValues, { language }: ViewOptions): NewsView {
  checkNews(attributes);
  const level = text(attributes['heading-level']);
  const limit = text(attributes.limit);
  const profession = text(attributes.profession);
  const t = translator({ language }, newsListStrings);
  const headingLevel = parseHeadingLevel(level, 2)!;
  const tags = parseTagFilter(text(attributes.tag), parseProfession(profession) ?? '');
  const { items } = selectNews(feed.news, { tags, count: parseLimit(limit, 5)! });
  const heading = text(attributes.heading)?.trim();
  return defined({
    element: 'news-list',
    heading: heading ? { text: heading, level: headingLevel } : undefined,
    titleLevel: Math.min(headingLevel + 1, 6),
    empty: items.length ? undefined : t('news.empty'),
    items: items.map((item) =>
      defined({
        title: item.title,
        lang: contentLang(item.lang, language),
        summary: item.summary,
        published: item.published === undefined ? undefined : { label: t('news.published'), date: dated(item.published, language) },
        link: item.url
          ? { href: item.url, text: t('news.viewArticle'), more: t('news.viewArticleAbout', { title: item.title }) }
          : undefined,
      }),
    ),
  });
}

const checkCaseStudies = (attributes: AttributeValues) =>
  check(
    intervalProblem(text(attributes.interval)),
    headingLevelProblem(text(attributes['heading-level']), 3),
    professionProblem(text(attributes.profession)),
  );

function caseStudiesView(feed: Feed, attributes: AttributeValues, { language, now }: ViewOptions): CaseStudiesView {
  checkCaseStudies(attributes);
  const level = text(attributes['heading-level']);
  const profession = text(attributes.profession);
  const t = translator({ language }, caseStudyCarouselStrings);
  const tags = parseTagFilter(text(attributes.tag), parseProfession(profession) ?? '');
  const items = selectCaseStudies(feed.caseStudies, { tags });
  const source = attributes.source !== undefined;
  return defined({
    element: 'case-study-carousel',
    label: text(attributes.label)?.trim() || t('carousel.label'),
    headingLevel: parseHeadingLevel(level, 3)!,
    empty: items.length ? undefined : t('carousel.empty'),
    items: items.map((item: CaseStudyItem) =>
      defined({
        title: item.title,
        lang: contentLang(item.lang, language),
        organisation: item.organisation,
        quote: item.quote,
        person: item.person,
        summary: item.summary,
        image: item.image,
        notes: notes(item, language, now, source),
        link: item.url
          ? { href: item.url, text: t('carousel.readCaseStudy'), more: t('carousel.readCaseStudyAbout', { title: item.title }) }
          : undefined,
      }),
    ),
  });
}

const VIEWS: Record<RenderableElement, (feed: Feed, attributes: AttributeValues, options: ViewOptions) => ElementView> = {
  'role-card': roleView,
  'news-list': newsView,
  'case-study-carousel': caseStudiesView,
};

const CHECKS: Record<RenderableElement, (attributes: AttributeValues) => void> = {
  'role-card': checkRole,
  'news-list': checkNews,
  'case-study-carousel': checkCaseStudies,
};

/** Throws AttributeError when `element` would refuse `attributes`, before any feed is read. */
export function checkAttributes(element: RenderableElement, attributes: AttributeValues): void {
  CHECKS[element](attributes);
}

/**
 * What `element` shows for `attributes` from `feed`, and the freshness line. Throws
 * AttributeError for attributes the element would refuse, ContentError when the feed lacks
 * what it needs.
 */
export function viewOf(element: RenderableElement, feed: Feed, attributes: AttributeValues, options: ViewOptions): View {
  const t = translator({ language: options.language }, renderStrings);
  return {
    language: options.language,
    element: VIEWS[element](feed, attributes, options),
    updated: defined({
      label: t('render.updated'),
      date: dated(options.now, options.language),
      from: t('render.from'),
      feed: feed.title,
      href: feed.homePageUrl,
    }),
  };
}
