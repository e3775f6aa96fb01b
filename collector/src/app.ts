/**
 * The collector's HTTP API on Hono: ratings and bookmark changes in, public rating summaries out;
 * and, behind one admin guard, the dashboard and CSV exports under /admin/. Every 2xx to a post is
 * sent after its row is committed and on disk.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { vValidator } from '@hono/valibot-validator';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { csv } from './csv.js';
import { callbackPage, dashboardAssets, dashboardPage, loginPage, type DashboardData } from './dashboard.js';
import type { Database } from './db.js';
import { SignInRefused, type OidcSignIn, type PendingSignIn } from './oidc.js';
import { failureThrottle, sessionStore, SESSION_MAX_MS } from './sessions.js';
import {
  allRatings,
  bookmarkedNow,
  bookmarkItems,
  bookmarkPage,
  itemSummaries,
  latestComments,
  probeWrite,
  ratingSummary,
  ratingsPerDay,
  ratingValue,
  recordAudit,
  storeBookmarkChange,
  ratingWriter,
  totalSummary,
  type Filter,
  ratingRow,
  bookmarkChangeRow,
} from './store.js';
import { bookmarkChangeBody, hasNul, ITEM_ID_LIMIT, ratingBody } from 'map-embed/contract';
import { config, type GenericSchema, type SafeParseResult } from 'valibot';

/** Largest body accepted, in bytes. */
export const BODY_LIMIT = 16 * 1024;
/** Shortest admin token accepted: guessing one is hopeless, throttled or not. */
export const TOKEN_MIN_LENGTH = 32;
/** Rows in each of the dashboard's long tables; the rest are on further pages. */
export const PAGE_SIZE = 50;
const WINDOW_MS = 60_000;
const SESSION_COOKIE = 'map_embed_session';
const SIGN_IN_COOKIE = 'map_embed_sign_in';
const SIGN_IN_MS = 10 * 60_000;
const HEALTH_PROBE_MS = 5_000;

export interface AppOptions {
  /** Origins (scheme://host[:port]) whose pages may post and read summaries. */
  allowOrigins: readonly string[];
  /** Posts a minute from one client address; 0 turns the limit off. */
  rateLimit: number;
  /** The admin token (at least 32 characters); with neither it nor `oidc`, the admin routes are off. */
  adminToken?: string;
  /** Sign-in through the trust's identity provider. */
  oidc?: OidcSignIn;
  /** The collector's address as browsers see it (behind a proxy); sign-in forms must come from it. */
  publicUrl?: string;
  /** When given, ratings and bookmarks are accepted only for these item ids. */
  knownItems?: ReadonlySet<string>;
  /** The client address of a request (the socket's, or the proxy's X-Forwarded-For). */
  clientAddress: (c: Context) => string;
  /** Where failed sign-ins and the admin audit trail are logged (stderr by default). */
  log?: (line: string) => void;
  /** For tests: the clock of the rate limit, sessions and throttle. */
  now?: () => number;
}

export class AdminTokenTooShort extends Error {
  constructor() {
    super(`MAP_EMBED_ADMIN_TOKEN must be at least ${TOKEN_MIN_LENGTH} characters (make one with: openssl rand -base64 32).`);
  }
}

/**
 * At most `limit` posts per client per minute, counted in fixed one-minute windows. The map is
 * kept in order of window start (a new window moves its client to the end), so expired windows are
 * always at the front and each request removes only those: the cost stays flat however many
 * clients there are.
 */
export function rateLimiter(limit: number, now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Seconds to wait, or 0 when the post may go ahead. */
    take(client: string): number {
      const t = now();
      for (const [key, w] of windows) {
        if (t - w.start < WINDOW_MS) break;
        windows.delete(key);
      }
      let w = windows.get(client);
      if (!w) {
        w = { start: t, count: 0 };
        windows.set(client, w);
      }
      if (w.count >= limit) return Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000));
      w.count++;
      return 0;
    },
    /** Clients tracked now (for tests). */
    get size() {
      return windows.size;
    },
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();
const sameSecret = (given: string, secret: string) => timingSafeEqual(digest(given), digest(secret));

/** ISO date (YYYY-MM-DD) as the start of that UTC day, or undefined. */
function day(value: string | undefined, plusDays = 0): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString();
}

/** A 1-based page number from the query, or 1. */
const pageNumber = (value: string | undefined) => (value && /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : 1);

export function createApp(db: Database, options: AppOptions): Hono {
  const app = new Hono();
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));
  const allowed = new Set(options.allowOrigins);
  const limiter = options.rateLimit > 0 ? rateLimiter(options.rateLimit, now) : undefined;
  const token = options.adminToken || undefined;
  if (token && token.length < TOKEN_MIN_LENGTH) throw new AdminTokenTooShort();
  const oidc = options.oidc;
  const adminOn = Boolean(token || oidc);

  const invalid = (c: Context, field: string | null, error: string) => c.json({ error, field }, 400);

  app.onError((error, c) => {
    if ('getResponse' in error && typeof error.getResponse === 'function') return error.getResponse() as Response;
    console.error(`map-embed collect: ${c.req.method} ${c.req.path} failed: ${error.message}`);
    return c.json({ error: 'The collector could not store this just now; try again later.' }, 503);
  });
  app.notFound((c) => c.json({ error: 'Not found.' }, 404));

  // Public answers may be read by the allowed sites' pages (CORS), so not same-origin only.
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  // PostgreSQL cannot store U+0000 in text: bad input, answered 400, whatever the route.
  app.use(async (c, next) => {
    for (const [name, value] of new URL(c.req.url).searchParams) {
      if (hasNul(name) || hasNul(value)) return invalid(c, name, `The query parameter ${JSON.stringify(name.replace(/\0/g, ''))} must not contain the NUL character (U+0000).`);
    }
    await next();
  });

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
  /** With --items, the 400 for an item this collector does not take; else undefined. */
  const unknownItem = (c: Context, itemId: string) =>
    options.knownItems && !options.knownItems.has(itemId)
      ? invalid(c, 'itemId', 'itemId is not one of the items this collector takes ratings and bookmarks for (--items).')
      : undefined;

  const storeRating = ratingWriter(db);
  app.post('/ratings', ...guards, contract(ratingBody), async (c) => {
    const body = c.req.valid('json');
    return unknownItem(c, body.itemId) ?? stored(c, await storeRating(ratingRow(body)));
  });
  app.post('/bookmarks', ...guards, contract(bookmarkChangeBody), async (c) => {
    const body = c.req.valid('json');
    return unknownItem(c, body.itemId) ?? stored(c, await storeBookmarkChange(db, bookmarkChangeRow(body)));
  });

  app.get('/ratings/summary', async (c) => {
    const item = c.req.query('item');
    if (!item?.trim()) return invalid(c, 'item', 'Give the item to summarise: /ratings/summary?item=ID.');
    if (item.length > ITEM_ID_LIMIT) return invalid(c, 'item', `item must be at most ${ITEM_ID_LIMIT} characters.`);
    c.header('Cache-Control', 'no-cache');
    return c.json(await ratingSummary(db, item));
  });

  // A real write, at most once per HEALTH_PROBE_MS however often it is asked; the error goes to
  // the log, never to the (anonymous) caller.
  let health: { at: number; ok: Promise<boolean> } | undefined;
  app.get('/healthz', async (c) => {
    if (!health || now() - health.at >= HEALTH_PROBE_MS) {
      health = {
        at: now(),
        ok: probeWrite(db).then(
          () => true,
          (error: Error) => {
            log(`map-embed collect: health check: the database does not accept writes: ${error.message}`);
            return false;
          },
        ),
      };
    }
    c.header('Cache-Control', 'no-store');
    return (await health.ok) ? c.json({ status: 'ok' }) : c.json({ status: 'unavailable' }, 503);
  });

  if (!adminOn) {
    const adminOff = (c: Context) =>
      c.json({ error: 'The admin routes are off: set MAP_EMBED_ADMIN_TOKEN or --oidc-issuer to use them.' }, 404);
    for (const path of ['/', '/admin', '/admin/*', '/auth/*', '/export/*']) app.all(path, adminOff);
    return app;
  }

  // ── Admin: sign-in, sign-out, and behind one guard the dashboard and exports ──────────────────
  const sessions = sessionStore(now);
  const throttle = failureThrottle(now);
  const audit = async (actor: string, action: string, detail: string) => {
    log(`map-embed collect: audit: ${actor} ${action}${detail ? ` ${detail}` : ''}`);
    await recordAudit(db, actor, action, detail);
  };
  /** Answers 429 when this address has failed too often; else undefined. */
  const throttled = (c: Context) => {
    const wait = throttle.wait(options.clientAddress(c));
    if (!wait) return undefined;
    c.header('Retry-After', String(wait));
    return c.text(`Too many failed sign-in attempts from this address; try again in ${Math.ceil(wait / 60)} minute(s).`, 429);
  };
  const failed = (c: Context, how: string) => {
    const client = options.clientAddress(c);
    const count = throttle.fail(client);
    log(`map-embed collect: failed sign-in (${how}) from ${client}: ${count} in the last 15 minutes`);
  };
  const startSession = (c: Context, user: string) => {
    const id = sessions.start(user);
    setCookie(c, SESSION_COOKIE, id, { prefix: 'host', httpOnly: true, sameSite: 'Strict', maxAge: SESSION_MAX_MS / 1000 });
  };
  const sessionId = (c: Context) => getCookie(c, SESSION_COOKIE, 'host');
  const page = (c: Context, body: unknown, status: 200 | 401 | 403 = 200) => {
    c.header('Cache-Control', 'no-store');
    return c.html(body as string, status);
  };
  const loginFor = (c: Context, wrong: boolean, status: 200 | 401 | 403 = 200) =>
    page(c, loginPage({ token: Boolean(token), oidc: Boolean(oidc), wrong }), status);

  const dashboardSecurity = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      formAction: ["'self'", ...(oidc ? [new URL(oidc.redirectUri).origin] : [])],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
  });
  // Sign-in and sign-out only from the collector's own pages: another site can neither sign an
  // admin out nor sign a browser in as someone else.
  const sameSiteForms = csrf({ origin: options.publicUrl ? new URL(options.publicUrl).origin : undefined });

  const auth = new Hono();
  auth.use(dashboardSecurity);
  auth.post('/login', sameSiteForms, bodyLimit({ maxSize: 4096, onError: (c) => c.text('Too large.', 413) }), async (c) => {
    if (!token) return c.json({ error: 'Token sign-in is off: sign in with your organisation account.' }, 404);
    const refused = throttled(c);
    if (refused) return refused;
    const form = await c.req.parseBody();
    const given = typeof form.token === 'string' ? form.token.trim() : '';
    if (!given || !sameSecret(given, token)) {
      failed(c, 'admin token');
      return loginFor(c, true, 401);
    }
    startSession(c, `admin token (from ${options.clientAddress(c)})`);
    await audit(`admin token (from ${options.clientAddress(c)})`, 'signed in', '');
    return c.redirect('/admin', 303);
  });
  auth.post('/logout', sameSiteForms, async (c) => {
    const id = sessionId(c);
    const session = sessions.get(id);
    sessions.end(id);
    deleteCookie(c, SESSION_COOKIE, { prefix: 'host' });
    if (session) await audit(session.user, 'signed out', '');
    return c.redirect('/admin', 303);
  });
  if (oidc) {
    const pending = new Map<string, PendingSignIn & { at: number }>();
    auth.get('/start', async (c) => {
      const refused = throttled(c);
      if (refused) return refused;
      for (const [key, p] of pending) if (now() - p.at >= SIGN_IN_MS || pending.size > 1000) pending.delete(key);
      const { url, pending: state } = await oidc.start();
      pending.set(state.state, { ...state, at: now() });
      // Lax, not Strict: the provider sends the browser back from another site.
      setCookie(c, SIGN_IN_COOKIE, state.state, { prefix: 'host', httpOnly: true, sameSite: 'Lax', maxAge: SIGN_IN_MS / 1000 });
      return c.redirect(url.toString(), 303);
    });
    auth.get('/callback', async (c) => {
      const refused = throttled(c);
      if (refused) return refused;
      const key = getCookie(c, SIGN_IN_COOKIE, 'host');
      const state = key ? pending.get(key) : undefined;
      if (key) pending.delete(key);
      deleteCookie(c, SIGN_IN_COOKIE, { prefix: 'host' });
      if (!state || now() - state.at >= SIGN_IN_MS) return page(c, callbackPage('expired'), 403);
      const back = new URL(oidc.redirectUri);
      back.search = new URL(c.req.url).search;
      let user: string;
      try {
        user = await oidc.finish(back, state);
      } catch (error) {
        failed(c, error instanceof SignInRefused ? error.message : `identity provider: ${(error as Error).message}`);
        return page(c, callbackPage(error instanceof SignInRefused ? 'refused' : 'failed'), 403);
      }
      startSession(c, user);
      await audit(user, 'signed in', '');
      // A page, not a redirect: the session cookie is SameSite=Strict, which a browser does not
      // send on a redirect chain that began on the provider's site.
      return page(c, callbackPage('ok'));
    });
  }
  app.route('/auth', auth);

  const admin = new Hono<{ Variables: { user: string } }>();
  admin.use(dashboardSecurity);
  const guard: MiddlewareHandler<{ Variables: { user: string } }> = async (c, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    if (bearer !== undefined && token) {
      const refused = throttled(c);
      if (refused) return refused;
      if (!sameSecret(bearer, token)) {
        failed(c, 'Bearer token');
        c.header('WWW-Authenticate', 'Bearer realm="map-embed collector", error="invalid_token"');
        return c.json({ error: 'That is not the admin token.' }, 401);
      }
      c.set('user', `admin token (Bearer, from ${options.clientAddress(c)})`);
      return next();
    }
    const session = sessions.get(sessionId(c));
    if (session) {
      c.set('user', session.user);
      return next();
    }
    if (c.req.method === 'GET' && c.req.path === '/admin') return loginFor(c, false);
    if (token) c.header('WWW-Authenticate', 'Bearer realm="map-embed collector"');
    return c.json({ error: 'Sign in at /admin/ first, or send the admin token: Authorization: Bearer <MAP_EMBED_ADMIN_TOKEN>.' }, 401);
  };
  admin.use(guard);

  const filterOf = (c: Context): Filter => ({
    itemId: c.req.query('item')?.trim() || undefined,
    from: day(c.req.query('from')),
    to: day(c.req.query('to'), 1),
  });
  const download = async (c: Context<{ Variables: { user: string } }>, name: string, body: string) => {
    await audit(c.get('user'), 'exported', `${name}${new URL(c.req.url).search}`);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(body);
  };

  admin.get('/export/ratings.csv', async (c) => {
    const rows = await allRatings(db, filterOf(c));
    return download(
      c,
      'ratings.csv',
      csv(
        ['submissionId', 'itemId', 'rating', 'comment', 'pageUrl', 'submittedAt', 'receivedAt'],
        rows.map((r) => [r.submission_id, r.item_id, ratingValue(r), r.comment, r.page_url, r.submitted_at, r.received_at]),
      ),
    );
  });

  admin.get('/export/bookmarks.csv', async (c) => {
    const rows = await bookmarkItems(db);
    return download(
      c,
      'bookmarks.csv',
      csv(
        ['itemId', 'title', 'url', 'saves', 'removals', 'bookmarked', 'lastChangedAt'],
        rows.map((b) => [b.item_id, b.title, b.url, Number(b.saves), Number(b.removals), bookmarkedNow(b), b.last_changed_at]),
      ),
    );
  });

  admin.get('/', async (c) => {
    const filter = filterOf(c);
    const itemsPage = pageNumber(c.req.query('page'));
    const bookmarksPage = pageNumber(c.req.query('bookmarks'));
    const [summaries, total, perDay, comments, bookmarks] = await Promise.all([
      itemSummaries(db, filter, PAGE_SIZE, (itemsPage - 1) * PAGE_SIZE),
      totalSummary(db, filter),
      ratingsPerDay(db, filter),
      latestComments(db, filter, 20),
      bookmarkPage(db, PAGE_SIZE, (bookmarksPage - 1) * PAGE_SIZE),
    ]);
    const data: DashboardData = {
      user: c.get('user'),
      filter: { item: filter.itemId ?? '', from: c.req.query('from') ?? '', to: c.req.query('to') ?? '' },
      pageSize: PAGE_SIZE,
      summaries: { ...summaries, page: itemsPage },
      total,
      perDay,
      comments: comments.map((r) => ({
        itemId: r.item_id,
        rating: ratingValue(r),
        comment: r.comment ?? '',
        receivedAt: new Date(r.received_at).toISOString(),
      })),
      bookmarks: {
        page: bookmarksPage,
        total: bookmarks.total,
        rows: bookmarks.rows.map((b) => ({
          itemId: b.item_id,
          title: b.title,
          saves: Number(b.saves),
          removals: Number(b.removals),
          now: bookmarkedNow(b),
        })),
      },
    };
    return page(c, dashboardPage(data));
  });
  app.route('/admin', admin);
  // The admin pages' earlier addresses.
  app.get('/', (c) => c.redirect('/admin', 302));
  app.get('/admin/', (c) => c.redirect('/admin', 302));
  app.get('/export/:file{(ratings|bookmarks)\\.csv}', (c) => c.redirect(`/admin/export/${c.req.param('file')}${new URL(c.req.url).search}`, 308));

  for (const [path, asset] of Object.entries(dashboardAssets)) {
    app.get(path, async (c) => {
      c.header('Content-Type', asset.type);
      c.header('Cache-Control', 'public, max-age=3600');
      return c.body(new Uint8Array(await asset.read()));
    });
  }

  return app;
}
