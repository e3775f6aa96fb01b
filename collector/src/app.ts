/**
 * The collector's HTTP API on Hono: ratings and bookmark changes in, public rating summaries and
 * admin-only exports and dashboard out. Every 2xx to a post is sent after its row is committed.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { vValidator } from '@hono/valibot-validator';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { csv } from './csv.js';
import { dashboardAssets, dashboardPage, loginPage, type DashboardData } from './dashboard.js';
import type { Database } from './db.js';
import {
  allRatings,
  bookmarkItems,
  itemIds,
  itemSummaries,
  latestComments,
  ratingSummary,
  ratingsPerDay,
  storeBookmarkChange,
  ratingWriter,
  totalSummary,
  type Filter,
  ratingRow,
  bookmarkChangeRow,
} from './store.js';
import { bookmarkChangeBody, ITEM_ID_LIMIT, ratingBody } from 'map-embed/contract';
import { config, type GenericSchema, type SafeParseResult } from 'valibot';

/** Largest body accepted, in bytes. */
export const BODY_LIMIT = 16 * 1024;
const WINDOW_MS = 60_000;
const COOKIE = 'map_embed_admin';

export interface AppOptions {
  /** Origins (scheme://host[:port]) whose pages may post and read summaries. */
  allowOrigins: readonly string[];
  /** Posts a minute from one client address; 0 turns the limit off. */
  rateLimit: number;
  /** The admin token; without one the admin routes are off. */
  adminToken?: string;
  /** The client address of a request (the socket's, or the proxy's X-Forwarded-For). */
  clientAddress: (c: Context) => string;
  /** For tests: the clock the rate limit uses. */
  now?: () => number;
}

/** At most `limit` posts per client per minute, counted in fixed one-minute windows. */
function rateLimiter(limit: number, now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Seconds to wait, or 0 when the post may go ahead. */
    take(client: string): number {
      const t = now();
      if (windows.size > 10_000) {
        for (const [key, w] of windows) if (t - w.start >= WINDOW_MS) windows.delete(key);
      }
      let w = windows.get(client);
      if (!w || t - w.start >= WINDOW_MS) {
        w = { start: t, count: 0 };
        windows.set(client, w);
      }
      if (w.count >= limit) return Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000));
      w.count++;
      return 0;
    },
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** ISO date (YYYY-MM-DD) as the start of that UTC day, or undefined. */
function day(value: string | undefined, plusDays = 0): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString();
}

export function createApp(db: Database, options: AppOptions): Hono {
  const app = new Hono();
  const allowed = new Set(options.allowOrigins);
  const limiter = options.rateLimit > 0 ? rateLimiter(options.rateLimit, options.now ?? Date.now) : undefined;
  const token = options.adminToken || undefined;
  const session = token ? createHmac('sha256', token).update('map-embed admin session').digest('hex') : undefined;

  const invalid = (c: Context, field: string | null, error: string) => c.json({ error, field }, 400);

  app.onError((error, c) => {
    console.error(`map-embed collect: ${c.req.method} ${c.req.path} failed: ${error.message}`);
    return c.json({ error: 'The collector could not store this just now; try again later.' }, 503);
  });
  app.notFound((c) => c.json({ error: 'Not found.' }, 404));

  const corsed = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['content-type'],
    exposeHeaders: ['retry-after'],
    maxAge: 600,
  });
  app.use('/ratings', corsed);
  app.use('/ratings/summary', corsed);
  app.use('/bookmarks', corsed);

  /** The checks before a post's body is read: its size, its content type, the rate limit. */
  const guards = [
    bodyLimit({
      maxSize: BODY_LIMIT,
      onError: (c) => c.json({ error: `The body is larger than ${BODY_LIMIT / 1024} KiB.`, field: null }, 413),
    }),
    async (c: Context, next: () => Promise<void>) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        return c.json({ error: 'The content type must be application/json.', field: null }, 415);
      }
      if (limiter) {
        const wait = limiter.take(options.clientAddress(c));
        if (wait) {
          c.header('Retry-After', String(wait));
          return c.json({ error: `Too many posts from this address; try again in ${wait} s.` }, 429);
        }
      }
      // Parsed here, so that a body that is not JSON gets this answer; the validator reads it again from Hono's cache.
      try {
        await c.req.json();
      } catch {
        return invalid(c, null, 'The body is not valid JSON.');
      }
      await next();
    },
  ] as const;

  /** The body checked against the submission contract: 400 naming the first bad field, as `{ error, field }`. */
  const contract = <S extends GenericSchema>(schema: S) =>
    vValidator('json', config(schema, { abortEarly: true }), (result: SafeParseResult<S>, c: Context) => {
      if (result.success) return undefined;
      const [issue] = result.issues;
      const key = issue.path?.[0]?.key;
      return invalid(c, typeof key === 'string' ? key : null, issue.message);
    });

  /** Answered only once the statement has returned, that is once the row is committed. */
  const stored = (c: Context, isNew: boolean) => (isNew ? c.json({ status: 'stored' }, 201) : c.json({ status: 'duplicate' }, 200));

  const storeRating = ratingWriter(db);
  app.post('/ratings', ...guards, contract(ratingBody), async (c) => stored(c, await storeRating(ratingRow(c.req.valid('json')))));
  app.post('/bookmarks', ...guards, contract(bookmarkChangeBody), async (c) => stored(c, await storeBookmarkChange(db, bookmarkChangeRow(c.req.valid('json')))));

  app.get('/ratings/summary', async (c) => {
    const item = c.req.query('item');
    if (!item?.trim()) return invalid(c, 'item', 'Give the item to summarise: /ratings/summary?item=ID.');
    if (item.length > ITEM_ID_LIMIT) return invalid(c, 'item', `item must be at most ${ITEM_ID_LIMIT} characters.`);
    c.header('Cache-Control', 'no-cache');
    return c.json(await ratingSummary(db, item));
  });

  app.get('/healthz', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ status: 'ok', database: db.kind });
    } catch (error) {
      return c.json({ status: 'unavailable', error: (error as Error).message }, 503);
    }
  });

  // ── Admin: exports and dashboard ─────────────────────────────────────────────────────────────
  const isAdmin = (c: Context): boolean => {
    if (!token || !session) return false;
    const header = c.req.header('authorization') ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (bearer !== undefined) return timingSafeEqual(digest(bearer), digest(token));
    const cookie = getCookie(c, COOKIE);
    return cookie !== undefined && timingSafeEqual(digest(cookie), digest(session));
  };
  const adminOff = (c: Context) => c.json({ error: 'The admin routes are off: set MAP_EMBED_ADMIN_TOKEN to use them.' }, 404);
  const unauthorised = (c: Context) => {
    c.header('WWW-Authenticate', 'Bearer realm="map-embed collector"');
    return c.json({ error: 'Send the admin token: Authorization: Bearer <MAP_EMBED_ADMIN_TOKEN>.' }, 401);
  };
  const filterOf = (c: Context): Filter => ({
    itemId: c.req.query('item')?.trim() || undefined,
    from: day(c.req.query('from')),
    to: day(c.req.query('to'), 1),
  });
  const download = (c: Context, name: string, body: string) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(body);
  };

  app.get('/export/ratings.csv', async (c) => {
    if (!token) return adminOff(c);
    if (!isAdmin(c)) return unauthorised(c);
    const rows = await allRatings(db, filterOf(c));
    return download(
      c,
      'ratings.csv',
      csv(
        ['submissionId', 'itemId', 'rating', 'comment', 'pageUrl', 'submittedAt', 'receivedAt'],
        rows.map((r) => [
          r.submission_id,
          r.item_id,
          r.stars ?? (r.useful === null ? '' : r.useful ? 'yes' : 'no'),
          r.comment,
          r.page_url,
          r.submitted_at,
          r.received_at,
        ]),
      ),
    );
  });

  app.get('/export/bookmarks.csv', async (c) => {
    if (!token) return adminOff(c);
    if (!isAdmin(c)) return unauthorised(c);
    const rows = await bookmarkItems(db);
    return download(
      c,
      'bookmarks.csv',
      csv(
        ['itemId', 'title', 'url', 'saves', 'removals', 'bookmarked', 'lastChangedAt'],
        rows.map((b) => [b.item_id, b.title, b.url, b.saves, b.removals, Number(b.saves) - Number(b.removals), b.last_changed_at]),
      ),
    );
  });

  const dashboardHeaders = (c: Context) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  };
  const secure = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

  app.get('/', async (c) => {
    if (!token) return adminOff(c);
    dashboardHeaders(c);
    if (!isAdmin(c)) return c.html(loginPage(false), 200);
    const filter = filterOf(c);
    const [items, summaries, total, perDay, comments, bookmarks] = await Promise.all([
      itemIds(db),
      itemSummaries(db, filter),
      totalSummary(db, filter),
      ratingsPerDay(db, filter),
      latestComments(db, filter, 20),
      bookmarkItems(db),
    ]);
    const data: DashboardData = {
      filter: { item: filter.itemId ?? '', from: c.req.query('from') ?? '', to: c.req.query('to') ?? '' },
      items,
      summaries,
      total,
      perDay,
      comments: comments.map((r) => ({
        itemId: r.item_id,
        rating: r.stars ?? (r.useful === null ? '' : r.useful ? 'yes' : 'no'),
        comment: r.comment ?? '',
        receivedAt: new Date(r.received_at).toISOString(),
      })),
      bookmarks: bookmarks.map((b) => ({
        itemId: b.item_id,
        title: b.title,
        saves: Number(b.saves),
        removals: Number(b.removals),
      })),
    };
    return c.html(dashboardPage(data));
  });

  app.post('/login', bodyLimit({ maxSize: 4096, onError: (c) => c.text('Too large.', 413) }), async (c) => {
    if (!token || !session) return adminOff(c);
    dashboardHeaders(c);
    const form = await c.req.parseBody();
    const given = typeof form.token === 'string' ? form.token.trim() : '';
    if (!given || !timingSafeEqual(digest(given), digest(token))) return c.html(loginPage(true), 401);
    setCookie(c, COOKIE, session, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/' });
    return c.redirect('/', 303);
  });

  app.post('/logout', (c) => {
    deleteCookie(c, COOKIE, { path: '/', secure: secure(c) });
    return c.redirect('/', 303);
  });

  for (const [path, asset] of Object.entries(dashboardAssets)) {
    app.get(path, async (c) => {
      c.header('Content-Type', asset.type);
      c.header('Cache-Control', 'public, max-age=3600');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(new Uint8Array(await asset.read()));
    });
  }

  return app;
}
