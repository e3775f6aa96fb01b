/** Every SQL statement the collector runs, the same text for PGlite and a PostgreSQL server. */
import type { BookmarkChangeBody, RatingBody } from 'map-embed/contract';
import type { Database } from './db.js';

/** A rating as stored: a row of `ratings`. */
export interface Rating {
  submissionId: string;
  itemId: string;
  stars: number | null;
  useful: boolean | null;
  comment: string | null;
  pageUrl: string | null;
  submittedAt: string | null;
}

/** A bookmark change as stored (`bookmark_changes`, counted into `bookmark_items`). */
export interface BookmarkChange {
  submissionId: string;
  itemId: string;
  bookmarked: boolean;
  title: string;
  url: string;
  changedAt: string;
}

/** The row for a rating body the contract has read: stars or a yes/no answer, absent fields null. */
export function ratingRow(body: RatingBody): Rating {
  return {
    submissionId: body.submissionId,
    itemId: body.itemId,
    stars: typeof body.rating === 'number' ? body.rating : null,
    useful: typeof body.rating === 'string' ? body.rating === 'yes' : null,
    comment: body.comment || null,
    pageUrl: body.pageUrl ?? null,
    submittedAt: body.submittedAt ?? null,
  };
}

/** The change for a bookmark body the contract has read: a missing title or url is empty. */
export function bookmarkChangeRow(body: BookmarkChangeBody): BookmarkChange {
  return { ...body, title: body.title ?? '', url: body.url ?? '' };
}

const BATCH = 500;

/**
 * Stores ratings unless their submissionId is already stored; each call resolves `true` when its
 * rating was new. Ratings that arrive while a write is in progress go into the next write together
 * (group commit: one statement, one commit for many posts), so the database commits far less
 * often under load; each caller still learns of its own rating only once it is committed.
 */
export function ratingWriter(db: Database): (rating: Rating) => Promise<boolean> {
  let pending: { rating: Rating; resolve: (stored: boolean) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;
  const insert = async (ratings: readonly Rating[]) => {
    const params: unknown[] = [];
    const values = ratings.map((r) => {
      const at = params.length;
      params.push(r.submissionId, r.itemId, r.stars, r.useful, r.comment, r.pageUrl, r.submittedAt);
      return `(${[1, 2, 3, 4, 5, 6, 7].map((n) => `$${at + n}`).join(', ')})`;
    });
    const rows = await db.write<{ submission_id: string }>(
      `INSERT INTO ratings (submission_id, item_id, stars, useful, comment, page_url, submitted_at)
       VALUES ${values.join(', ')}
       ON CONFLICT (submission_id) DO NOTHING
       RETURNING submission_id`,
      params,
    );
    return new Set(rows.map((row) => String(row.submission_id)));
  };
  const write = async () => {
    writing = true;
    while (pending.length) {
      const batch = pending.slice(0, BATCH);
      pending = pending.slice(BATCH);
      const unique = [...new Map(batch.map(({ rating }) => [rating.submissionId, rating])).values()];
      try {
        const stored = await insert(unique);
        // Two posts of one submission in one batch: the first is stored, the second a duplicate.
        for (const { rating, resolve } of batch) resolve(stored.delete(rating.submissionId));
      } catch (error) {
        if (unique.length === 1) {
          for (const { reject } of batch) reject(error);
          continue;
        }
        // One row the database refuses must not fail the others: try each on its own.
        const alone = new Map(unique.map((r) => [r.submissionId, insert([r]).then((stored) => stored.has(r.submissionId))]));
        const answered = new Set<string>();
        for (const { rating, resolve, reject } of batch) {
          const first = !answered.has(rating.submissionId);
          answered.add(rating.submissionId);
          alone.get(rating.submissionId)!.then((stored) => resolve(first && stored), reject);
        }
        await Promise.allSettled(alone.values());
      }
    }
    writing = false;
  };
  return (rating) =>
    new Promise<boolean>((resolve, reject) => {
      pending.push({ rating, resolve, reject });
      if (!writing) void write();
    });
}

/**
 * Records a bookmark change unless its submissionId is already stored, and adds it to the item's
 * counts in the same statement (so in the same commit). Saves and removals are sums, so the
 * order changes arrive in does not matter; the title and url are those of the latest `changedAt`.
 */
export async function storeBookmarkChange(db: Database, b: BookmarkChange): Promise<boolean> {
  const rows = await db.write<{ stored: number }>(
    `WITH change AS (
       INSERT INTO bookmark_changes (submission_id, item_id, bookmarked, changed_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (submission_id) DO NOTHING
       RETURNING item_id, bookmarked, changed_at
     ), counted AS (
       INSERT INTO bookmark_items AS item (item_id, title, url, saves, removals, last_changed_at)
       SELECT item_id, $5, $6, CASE WHEN bookmarked THEN 1 ELSE 0 END, CASE WHEN bookmarked THEN 0 ELSE 1 END, changed_at
       FROM change
       ON CONFLICT (item_id) DO UPDATE SET
         saves = item.saves + excluded.saves,
         removals = item.removals + excluded.removals,
         title = CASE WHEN excluded.last_changed_at >= item.last_changed_at THEN excluded.title ELSE item.title END,
         url = CASE WHEN excluded.last_changed_at >= item.last_changed_at THEN excluded.url ELSE item.url END,
         last_changed_at = GREATEST(item.last_changed_at, excluded.last_changed_at)
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM change)::int AS stored, (SELECT count(*) FROM counted)::int AS counted`,
    [b.submissionId, b.itemId, b.bookmarked, b.changedAt, b.title, b.url],
  );
  return Number(rows[0]?.stored) === 1;
}

export interface Summary {
  itemId: string;
  count: number;
  average: number | null;
  stars: Record<'1' | '2' | '3' | '4' | '5', number>;
  useful: { yes: number; no: number };
}

const SUMMARY_COLUMNS = `count(*)::int AS count,
  avg(stars)::float8 AS average,
  count(*) FILTER (WHERE stars = 1)::int AS s1,
  count(*) FILTER (WHERE stars = 2)::int AS s2,
  count(*) FILTER (WHERE stars = 3)::int AS s3,
  count(*) FILTER (WHERE stars = 4)::int AS s4,
  count(*) FILTER (WHERE stars = 5)::int AS s5,
  count(*) FILTER (WHERE useful)::int AS yes,
  count(*) FILTER (WHERE NOT useful)::int AS no`;

type SummaryRow = Record<'count' | 's1' | 's2' | 's3' | 's4' | 's5' | 'yes' | 'no', number> & { average: number | null };

function toSummary(itemId: string, row: SummaryRow | undefined): Summary {
  const n = (value: unknown) => Number(value ?? 0);
  const average = row?.average === null || row?.average === undefined ? null : Math.round(Number(row.average) * 100) / 100;
  return {
    itemId,
    count: n(row?.count),
    average,
    stars: { '1': n(row?.s1), '2': n(row?.s2), '3': n(row?.s3), '4': n(row?.s4), '5': n(row?.s5) },
    useful: { yes: n(row?.yes), no: n(row?.no) },
  };
}

export async function ratingSummary(db: Database, itemId: string): Promise<Summary> {
  const [row] = await db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM ratings WHERE item_id = $1`, [itemId]);
  return toSummary(itemId, row);
}

/** Filters of the dashboard and exports: one item, and received on or after `from`, before `to`. */
export interface Filter {
  itemId?: string;
  from?: string;
  to?: string;
}

function where(filter: Filter, params: unknown[]): string {
  const clauses: string[] = [];
  if (filter.itemId) clauses.push(`item_id = $${params.push(filter.itemId)}`);
  if (filter.from) clauses.push(`received_at >= $${params.push(filter.from)}`);
  if (filter.to) clauses.push(`received_at < $${params.push(filter.to)}`);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

/** One page of a long list, and how many there are in all. */
export interface Page<T> {
  rows: T[];
  total: number;
}

/** The summary columns from `item_counts` (the counts the triggers keep), summed over its rows. */
const COUNTED_COLUMNS = `sum(count)::int AS count,
  (sum(stars_sum)::float8 / nullif(sum(stars_count), 0)) AS average,
  sum(s1)::int AS s1, sum(s2)::int AS s2, sum(s3)::int AS s3, sum(s4)::int AS s4, sum(s5)::int AS s5,
  sum(yes)::int AS yes, sum(no)::int AS no`;

/** Without dates the kept counts answer (a few rows read); with dates the ratings in range are counted. */
const counted = (filter: Filter) => !filter.from && !filter.to;

/** The items' summaries, most rated first, `limit` of them from `offset`. */
export async function itemSummaries(db: Database, filter: Filter, limit: number, offset: number): Promise<Page<Summary>> {
  if (counted(filter)) {
    const params: unknown[] = [];
    const clause = filter.itemId ? `WHERE item_id = $${params.push(filter.itemId)}` : '';
    const rows = await db.query<SummaryRow & { item_id: string }>(
      `SELECT item_id, count, (stars_sum::float8 / nullif(stars_count, 0)) AS average, s1, s2, s3, s4, s5, yes, no
       FROM item_counts ${clause} ORDER BY count DESC, item_id LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`,
      params,
    );
    const [total] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM item_counts ${clause}`, params);
    return { rows: rows.map((row) => toSummary(row.item_id, row)), total: Number(total?.n ?? 0) };
  }
  const params: unknown[] = [];
  const rows = await db.query<SummaryRow & { item_id: string; items: number }>(
    `SELECT item_id, ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS items FROM ratings ${where(filter, params)}
     GROUP BY item_id ORDER BY count(*) DESC, item_id LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`,
    params,
  );
  // A page past the end has no rows to carry the count: count apart.
  const countParams: unknown[] = [];
  const total = rows.length
    ? Number(rows[0]!.items)
    : Number((await db.query<{ n: number }>(`SELECT count(DISTINCT item_id)::int AS n FROM ratings ${where(filter, countParams)}`, countParams))[0]?.n ?? 0);
  return { rows: rows.map((row) => toSummary(row.item_id, row)), total };
}

export async function totalSummary(db: Database, filter: Filter): Promise<Summary> {
  const params: unknown[] = [];
  if (counted(filter)) {
    const [row] = await db.query<SummaryRow>(`SELECT ${COUNTED_COLUMNS} FROM item_counts ${where(filter, params)}`, params);
    return toSummary(filter.itemId ?? '', row);
  }
  const [row] = await db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM ratings ${where(filter, params)}`, params);
  return toSummary(filter.itemId ?? '', row);
}

/** Ratings per UTC day: `[day (YYYY-MM-DD), star ratings, average stars or null, useful answers]`. */
export async function ratingsPerDay(db: Database, filter: Filter): Promise<[string, number, number | null, number][]> {
  const params: unknown[] = [];
  const rows = await db.query<{ day: string; stars: number; average: number | null; useful: number }>(
    // Grouped by date, formatted per day after: formatting every rating's time cost twice as much.
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, stars, average, useful FROM (
       SELECT (received_at AT TIME ZONE 'UTC')::date AS day,
         count(stars)::int AS stars, avg(stars)::float8 AS average, count(useful)::int AS useful
       FROM ratings ${where(filter, params)} GROUP BY 1
     ) per_day ORDER BY 1`,
    params,
  );
  return rows.map((r) => [r.day, Number(r.stars), r.average === null ? null : Number(r.average), Number(r.useful)]);
}

export interface StoredRating {
  submission_id: string;
  item_id: string;
  stars: number | null;
  useful: boolean | null;
  comment: string | null;
  page_url: string | null;
  submitted_at: Date | null;
  received_at: Date;
}

export async function latestComments(db: Database, filter: Filter, limit: number): Promise<StoredRating[]> {
  const params: unknown[] = [];
  const clause = where(filter, params);
  return db.query<StoredRating>(
    `SELECT * FROM ratings ${clause ? `${clause} AND` : 'WHERE'} comment IS NOT NULL
     ORDER BY received_at DESC LIMIT ${Math.trunc(limit)}`,
    params,
  );
}

export async function allRatings(db: Database, filter: Filter): Promise<StoredRating[]> {
  const params: unknown[] = [];
  return db.query<StoredRating>(`SELECT * FROM ratings ${where(filter, params)} ORDER BY received_at, submission_id`, params);
}

export interface BookmarkItem {
  item_id: string;
  title: string;
  url: string;
  saves: number;
  removals: number;
  last_changed_at: Date;
}

const BOOKMARK_ORDER = 'ORDER BY saves - removals DESC, item_id';

export async function bookmarkItems(db: Database): Promise<BookmarkItem[]> {
  return db.query<BookmarkItem>(`SELECT * FROM bookmark_items ${BOOKMARK_ORDER}`);
}

export async function bookmarkPage(db: Database, limit: number, offset: number): Promise<Page<BookmarkItem>> {
  const rows = await db.query<BookmarkItem & { items: number }>(
    `SELECT *, count(*) OVER ()::int AS items FROM bookmark_items ${BOOKMARK_ORDER} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`,
  );
  const total = rows.length ? Number(rows[0]!.items) : Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM bookmark_items'))[0]?.n ?? 0);
  return { rows, total };
}

/**
 * How many people have an item bookmarked now: saves minus removals, never below 0 (a removal
 * can arrive without its save, e.g. of a bookmark made before the collector was set up).
 */
export const bookmarkedNow = (b: Pick<BookmarkItem, 'saves' | 'removals'>) => Math.max(0, Number(b.saves) - Number(b.removals));

/** A stored rating's answer as people read it: 1–5 stars, or "yes" / "no". */
export const ratingValue = (r: Pick<StoredRating, 'stars' | 'useful'>): number | string =>
  r.stars ?? (r.useful === null ? '' : r.useful ? 'yes' : 'no');

/** Records who did what in the admin area (sign-in, sign-out, exports), with the time. */
export async function recordAudit(db: Database, actor: string, action: string, detail: string): Promise<void> {
  await db.write('INSERT INTO admin_audit (actor, action, detail) VALUES ($1, $2, $3)', [actor, action, detail]);
}

/** A write that changes nothing anyone reads: proves the database accepts writes now. */
export async function probeWrite(db: Database): Promise<void> {
  await db.write('UPDATE collector_health SET checked_at = now() WHERE id = 1');
}

/**
 * Forgets what a visitor wrote or where they were, for ratings received more than `days` days ago:
 * the comment, and the page URL's query string and fragment (which can hold search terms or
 * identifiers). The ratings themselves stay. Resolves to the number of ratings changed.
 */
export async function forgetOldComments(db: Database, days: number): Promise<number> {
  const rows = await db.write(
    `UPDATE ratings SET comment = NULL, page_url = substring(page_url from '^[^?#]*')
     WHERE received_at < now() - make_interval(days => $1::int)
       AND (comment IS NOT NULL OR page_url ~ '[?#]')
     RETURNING 1`,
    [days],
  );
  return rows.length;
}
