/**
 * Turns a parsed JSON document into a `Feed`, item by item: an item that breaks the contract is
 * skipped and reported, a bad optional field is dropped and reported, and everything valid is kept.
 */
import * as v from 'valibot';
import {
  CaseStudyItemSchema,
  FeedDocumentSchema,
  NewsItemSchema,
  RoleItemSchema,
  type CaseStudyItemInput,
  type NewsItemInput,
  type RoleItemInput,
} from './schema.js';
import { newestFirst } from './merge.js';
import { safeUrl } from './safe-url.js';
import { runInSlices, runToEnd } from './slices.js';
import type {
  CaseStudyItem,
  Feed,
  FeedImage,
  FeedProblem,
  NewsItem,
  RoleItem,
} from './types.js';

/** Raised when the document as a whole is not a JSON Feed; items never raise. */
export class FeedFormatError extends Error {
  constructor(
    message: string,
    readonly problems: readonly FeedProblem[],
  ) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

function pathOf(prefix: string, issue: v.BaseIssue<unknown>): string {
  let path = prefix;
  for (const segment of issue.path ?? []) {
    const key = (segment as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

/** The deepest issue is the one that names the field an author has to fix. */
function mostSpecific(issues: readonly v.BaseIssue<unknown>[]): v.BaseIssue<unknown> {
  let best = issues[0]!;
  for (const issue of issues) {
    const nested = issue.issues?.length ? mostSpecific(issue.issues) : issue;
    if ((nested.path?.length ?? 0) > (best.path?.length ?? 0)) best = nested;
  }
  return best;
}

/** valibot's words for the two commonest mistakes, said the way a feed author would. */
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.length) return 'is required';
  if (issue.type === 'loose_object' || issue.type === 'object') return `must be an object, not ${issue.received}`;
  if (issue.type === 'array') return `must be an array, not ${issue.received}`;
  return issue.message;
}

function readableId(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if ((typeof id === 'string' && id.trim()) || typeof id === 'number') return String(id);
  }
  return undefined;
}

function typeOf(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && '_map' in raw) {
    const ext = (raw as { _map: unknown })._map;
    if (ext && typeof ext === 'object' && 'type' in ext) return (ext as { type: unknown }).type;
    return ext === undefined ? undefined : 'news';
  }
  return undefined;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * An RFC 3339 date-time, or its full-date part alone (read as midnight UTC), as epoch
 * milliseconds; anything else is `undefined`. Dates are never guessed: `03/11/2025` could be
 * March or November, so it is no date at all, and neither is `2025-02-30`.
 */
export function parseRfc3339(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = RFC3339.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  // Date.UTC rolls 30 February over into March; a date that does not round-trip does not exist.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 60) return undefined;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone;
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec === '60' ? '59' : sec}${fraction.slice(0, 4)}${offset}`);
  return Number.isFinite(time) ? time : undefined;
}

export interface ValidateOptions {
  /**
   * The date to judge review dates against (epoch milliseconds). When given, every item whose
   * `_map.next_review` is before it is reported as a warning (`map-embed validate --today`).
   */
  today?: number;
}

export function validateFeed(json: unknown, feedUrl: string, options: ValidateOptions = {}): Feed {
  return runToEnd(validating(json, feedUrl, options));
}

/** {@link validateFeed} in slices with a task boundary between them (slices.ts): for fetched feeds, however long. */
export function validateFeedInSlices(json: unknown, feedUrl: string, options: ValidateOptions = {}): Promise<Feed> {
  return runInSlices(validating(json, feedUrl, options));
}

function* validating(json: unknown, feedUrl: string, options: ValidateOptions): Generator<void, Feed> {
  const doc = v.safeParse(FeedDocumentSchema, json);
  if (!doc.success) {
    const problems = doc.issues.map((issue): FeedProblem => {
      const specific = mostSpecific([issue]);
      return { severity: 'error', path: pathOf('$', specific), message: messageOf(specific) };
    });
    throw new FeedFormatError(
      `Not a JSON Feed: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      problems,
    );
  }

  const problems: FeedProblem[] = [];
  const roles: RoleItem[] = [];
  const news: NewsItem[] = [];
  const caseStudies: CaseStudyItem[] = [];
  const seen = new Set<string>();
  const homePage = doc.output.home_page_url === undefined ? undefined : safeUrl(doc.output.home_page_url, feedUrl);
  if (doc.output.home_page_url !== undefined && !homePage) {
    problems.push({ severity: 'warning', path: '$.home_page_url', message: 'is not an http(s) or relative URL; not used' });
  }
  const language = doc.output.language?.trim() || undefined;
  const author = doc.output.authors?.find((a) => a.name?.trim())?.name?.trim();
  const source = author ?? (homePage ? new URL(homePage).host : undefined);

  const checkItem = (raw: unknown, index: number) => {
    const at = `$.items[${index}]`;
    const itemId = readableId(raw);
    const report = (severity: FeedProblem['severity'], path: string, message: string) =>
      problems.push({ severity, path, message, ...(itemId === undefined ? {} : { itemId }) });

    const type = typeOf(raw);
    const schema =
      type === 'role'
        ? RoleItemSchema
        : type === 'case-study'
          ? CaseStudyItemSchema
          : type === undefined || type === 'news'
            ? NewsItemSchema
            : undefined;
    if (!schema) {
      report('error', `${at}._map.type`, 'must be "role", "news" or "case-study"');
      return;
    }
    const result = v.safeParse(schema, raw);
    if (!result.success) {
      const issue = mostSpecific(result.issues);
      report('error', pathOf(at, issue), messageOf(issue));
      return;
    }
    const item = result.output as RoleItemInput | CaseStudyItemInput | NewsItemInput;
    const id = String(item.id);
    if (seen.has(id)) {
      report('error', `${at}.id`, `duplicates the id of an earlier item ("${id}")`);
      return;
    }
    seen.add(id);

    const url = checkedUrl(item.url, `${at}.url`);
    const common = {
      id,
      title: (item.title?.trim() || item.summary?.trim() || item.content_text?.trim() || id),
      tags: item.tags ?? [],
      ...(item.summary?.trim() ? { summary: item.summary } : {}),
      ...(url ? { url } : {}),
      ...(language ? { lang: language } : {}),
      ...(source ? { source } : {}),
      ...reviewDates((item as { _map?: { last_reviewed?: unknown; next_review?: unknown } })._map),
    };

    if (type === 'role') {
      const ext = (item as RoleItemInput)._map;
      const image = checkedImage(item.image, ext.image_alt, at);
      roles.push({
        ...common,
        type: 'role',
        profession: ext.profession,
        duties: ext.duties ?? [],
        ...(image ? { image } : {}),
        ...(ext.supervision ? { supervision: ext.supervision } : {}),
        ...(ext.regulation ? { regulation: ext.regulation } : {}),
        ...(ext.training ? { training: ext.training } : {}),
      });
    } else if (type === 'case-study') {
      const ext = (item as CaseStudyItemInput)._map;
      const image = checkedImage(item.image, ext.image_alt, at);
      caseStudies.push({
        ...common,
        type: 'case-study',
        organisation: ext.organisation,
        ...(image ? { image } : {}),
        ...(ext.quote ? { quote: ext.quote } : {}),
        ...(ext.person ? { person: ext.person } : {}),
      });
    } else {
      const published = parseRfc3339(item.date_published);
      if (item.date_published !== undefined && published === undefined) {
        report(
          'warning',
          `${at}.date_published`,
          `"${item.date_published}" is not an RFC 3339 date (such as 2025-03-11); shown without a date and listed last`,
        );
      }
      news.push({ ...common, type: 'news', ...(published === undefined ? {} : { published }) });
    }

    function reviewDates(ext: { last_reviewed?: unknown; next_review?: unknown } | undefined) {
      const dates: { lastReviewed?: number; nextReview?: number } = {};
      for (const [field, key] of [['last_reviewed', 'lastReviewed'], ['next_review', 'nextReview']] as const) {
        const raw = ext?.[field];
        if (raw === undefined) continue;
        const time = typeof raw === 'string' ? parseRfc3339(raw) : undefined;
        if (time === undefined) {
          report('warning', `${at}._map.${field}`, `${JSON.stringify(raw)} is not an RFC 3339 date (such as 2025-03-11); not shown`);
        } else {
          dates[key] = time;
        }
      }
      if (options.today !== undefined && dates.nextReview !== undefined && dates.nextReview < options.today) {
        report('warning', `${at}._map.next_review`, `${String(ext?.next_review)} has passed: the content is due for review`);
      }
      return dates;
    }

    function checkedUrl(raw: string | undefined, path: string): string | undefined {
      if (raw === undefined) return undefined;
      const safe = safeUrl(raw, feedUrl);
      if (!safe) report('warning', path, 'is not an http(s) or relative URL; not linked');
      return safe;
    }

    function checkedImage(raw: string | undefined, alt: string | undefined, path: string): FeedImage | undefined {
      const src = checkedUrl(raw, `${path}.image`);
      if (!src) return undefined;
      if (alt === undefined) {
        report('warning', `${path}._map.image_alt`, 'is missing (use "" for a decorative image); image not shown');
        return undefined;
      }
      return { src, alt };
    }
  };
  for (let index = 0; index < doc.output.items.length; index++) {
    checkItem(doc.output.items[index], index);
    yield;
  }

  // Newest first, undated last; the sort is stable so feed order breaks ties.
  yield;
  news.sort(newestFirst);

  return {
    url: feedUrl,
    title: doc.output.title,
    ...(language ? { language } : {}),
    ...(homePage ? { homePageUrl: homePage } : {}),
    ...(source ? { source } : {}),
    roles,
    news,
    caseStudies,
    problems,
  };
}

/** One console line per problem, naming the item and the field, as every element promises. */
export function formatProblem(problem: FeedProblem): string {
  const who = problem.itemId === undefined ? '' : ` (id "${problem.itemId}")`;
  return `${problem.path}${who}: ${problem.message}`;
}
