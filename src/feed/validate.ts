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
import { safeUrl } from './safe-url.js';
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

function parseDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  // RFC 3339 as JSON Feed requires; Date.parse also takes the date-only and offset forms CMSs emit.
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

export function validateFeed(json: unknown, feedUrl: string): Feed {
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

  doc.output.items.forEach((raw, index) => {
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
      const published = parseDate(item.date_published);
      if (item.date_published !== undefined && published === undefined) {
        report('warning', `${at}.date_published`, 'is not an RFC 3339 date; shown without a date');
      }
      news.push({ ...common, type: 'news', ...(published === undefined ? {} : { published }) });
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
  });

  // Newest first, undated last; the sort is stable so feed order breaks ties.
  news.sort((a, b) =>
    a.published === b.published
      ? 0
      : a.published === undefined
        ? 1
        : b.published === undefined
          ? -1
          : b.published - a.published,
  );

  return {
    url: feedUrl,
    title: doc.output.title,
    ...(doc.output.language ? { language: doc.output.language } : {}),
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
