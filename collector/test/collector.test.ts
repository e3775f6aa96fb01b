/**
 * The collector (`map-embed collect`) against the embedded database (PGlite) and, with
 * DATABASE_URL, against a real PostgreSQL server: the same tests, the same SQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { BODY_LIMIT, createApp } from '../src/app.js';
import { parseCollectArgs, runCollect, UsageError } from '../src/collect.js';
import { csvCell } from '../src/csv.js';
import { migrate, type Database } from '../src/db.js';
import { forgetOldComments, itemSummaries, totalSummary } from '../src/store.js';
import { forEachBackend, postJson, ratingBody, request, startCollectorProcess, TOKEN, useTestApp, type Backend } from './helpers.js';

const SITE = 'https://www.example.nhs.uk';

function collectorSuite(name: string, makeBackend: () => Promise<Backend>) {
  describe(name, () => {
    const t = useTestApp(makeBackend);

    it('runs each migration once', async () => {
      assert.equal(t.migrated, 3, 'a new database takes every migration');
      assert.equal(await migrate(t.db), 0);
    });

    it('stores a rating once: 201 the first time, 200 duplicate after, counted once', async () => {
      const body = ratingBody({ itemId: 'once', rating: 5, comment: 'Clear and useful' });
      const first = await postJson(t.app, '/ratings', body);
      assert.equal(first.status, 201);
      assert.deepEqual(await first.json(), { status: 'stored' });
      const again = await postJson(t.app, '/ratings', body);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { status: 'duplicate' });
      // Same id, different content (a tampered re-send): still the first one, still once.
      assert.equal((await postJson(t.app, '/ratings', { ...body, rating: 1 })).status, 200);
      const summary = await (await request(t.app, '/ratings/summary?item=once')).json();
      assert.deepEqual(summary, {
        itemId: 'once',
        count: 1,
        average: 5,
        stars: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 },
        useful: { yes: 0, no: 0 },
      });
    });

    it('summarises stars and useful answers, the average over stars only', async () => {
      for (const rating of [4, 5, 4, 2, 'yes', 'yes', 'no']) {
        assert.equal((await postJson(t.app, '/ratings', ratingBody({ itemId: 'mixed', rating }))).status, 201);
      }
      const response = await request(t.app, '/ratings/summary?item=mixed');
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      assert.deepEqual(await response.json(), {
        itemId: 'mixed',
        count: 7,
        average: 3.75,
        stars: { '1': 0, '2': 1, '3': 0, '4': 2, '5': 1 },
        useful: { yes: 2, no: 1 },
      });
      const none = await (await request(t.app, '/ratings/summary?item=never-rated')).json();
      assert.equal(none.count, 0);
      assert.equal(none.average, null);
      const missing = await request(t.app, '/ratings/summary');
      assert.equal(missing.status, 400);
      assert.equal((await missing.json()).field, 'item');
    });

    it('accepts pageUrl with or without its query string, or missing', async () => {
      for (const pageUrl of [`${SITE}/maps?from=home`, `${SITE}/maps`, undefined]) {
        assert.equal((await postJson(t.app, '/ratings', ratingBody({ itemId: 'page-urls', pageUrl }))).status, 201);
      }
    });

    it('refuses invalid ratings with 400 naming the field', async () => {
      const cases: [Record<string, unknown> | string, string | null][] = [
        [{ ...ratingBody(), submissionId: undefined }, 'submissionId'],
        [ratingBody({ submissionId: 'not-a-uuid' }), 'submissionId'],
        [ratingBody({ rating: 0 }), 'rating'],
        [ratingBody({ rating: 6 }), 'rating'],
        [ratingBody({ rating: 2.5 }), 'rating'],
        [ratingBody({ rating: '4' }), 'rating'],
        [ratingBody({ rating: 'maybe' }), 'rating'],
        [{ ...ratingBody(), itemId: undefined }, 'itemId'],
        [ratingBody({ itemId: '   ' }), 'itemId'],
        [ratingBody({ itemId: 'x'.repeat(2049) }), 'itemId'],
        [ratingBody({ comment: 'x'.repeat(501) }), 'comment'],
        [ratingBody({ submittedAt: 'yesterday' }), 'submittedAt'],
        [ratingBody({ submittedAt: '2025-02-30T10:00:00Z' }), 'submittedAt'],
        ['{"submissionId": ', null],
        ['[1, 2]', null],
      ];
      for (const [body, field] of cases) {
        const response = await postJson(t.app, '/ratings', body);
        assert.equal(response.status, 400, JSON.stringify(body).slice(0, 80));
        const answer = await response.json();
        assert.equal(answer.field, field);
        assert.equal(typeof answer.error, 'string');
      }
      assert.equal((await postJson(t.app, '/ratings', ratingBody({ itemId: 'x'.repeat(2048), comment: 'x'.repeat(500) }))).status, 201);
    });

    it('answers 413 over 16 KiB and 415 for a body that is not JSON', async () => {
      const big = ratingBody({ padding: 'x'.repeat(BODY_LIMIT) });
      assert.equal((await postJson(t.app, '/ratings', big)).status, 413);
      const text = await request(t.app, '/ratings', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify(ratingBody()),
      });
      assert.equal(text.status, 415);
      const charset = await postJson(t.app, '/ratings', ratingBody(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
      assert.equal(charset.status, 201);
    });

    it('keeps bookmark counts right whatever order the changes arrive in, and each change once', async () => {
      const change = (bookmarked: boolean, minute: number, title: string) => ({
        submissionId: randomUUID(),
        itemId: 'leaflet-42',
        bookmarked,
        title,
        url: '/leaflets/pa.pdf',
        changedAt: new Date(Date.UTC(2025, 2, 3, 10, minute)).toISOString(),
      });
      const saved = change(true, 0, 'Old title');
      const removed = change(false, 5, 'PA leaflet');
      const savedAgain = change(true, 10, 'PA leaflet (2025)');
      // Latest first: the removal and the re-save arrive before the first save.
      for (const c of [savedAgain, removed, saved]) assert.equal((await postJson(t.app, '/bookmarks', c)).status, 201);
      assert.equal((await postJson(t.app, '/bookmarks', removed)).status, 200);
      const rows = await t.db.query('SELECT * FROM bookmark_items WHERE item_id = $1', ['leaflet-42']);
      assert.equal(rows.length, 1);
      assert.equal(Number(rows[0]!.saves), 2);
      assert.equal(Number(rows[0]!.removals), 1);
      assert.equal(rows[0]!.title, 'PA leaflet (2025)');
      assert.equal(new Date(rows[0]!.last_changed_at).toISOString(), savedAgain.changedAt);
      const bad = await postJson(t.app, '/bookmarks', { ...change(true, 0, 't'), bookmarked: 'yes' });
      assert.equal(bad.status, 400);
      assert.equal((await bad.json()).field, 'bookmarked');
      const noTime = await postJson(t.app, '/bookmarks', { ...change(true, 0, 't'), changedAt: undefined });
      assert.equal((await noTime.json()).field, 'changedAt');
    });

    it('exports CSV for the admin only, with formulas neutralised', async () => {
      const comments = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@SUM(A1)', '\tTab', 'Plain, with "quotes"'];
      for (const comment of comments) {
        assert.equal((await postJson(t.app, '/ratings', ratingBody({ itemId: 'csv', comment }))).status, 201);
      }
      // \r first: trimmed away by the collector, so store one directly to test the cell.
      assert.equal(csvCell('\rcell'), "\"'\rcell\"");
      assert.equal((await request(t.app, '/admin/export/ratings.csv')).status, 401);
      assert.equal((await request(t.app, '/admin/export/ratings.csv', { headers: { authorization: 'Bearer wrong' }, client: 'csv' })).status, 401);
      const moved = await request(t.app, '/export/ratings.csv?item=csv');
      assert.equal(moved.status, 308);
      assert.equal(moved.headers.get('location'), '/admin/export/ratings.csv?item=csv');
      const response = await request(t.app, '/admin/export/ratings.csv?item=csv', { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/csv/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark, for Excel');
      const text = new TextDecoder().decode(bytes);
      assert.match(text, /^submissionId,itemId,rating,comment,pageUrl,submittedAt,receivedAt\r\n/);
      assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), text);
      for (const cell of ["'+1", "'-2", "'@SUM(A1)", '"Plain, with ""quotes"""']) assert.ok(text.includes(cell), cell);
      assert.equal(text.trim().split('\r\n').length, 1 + comments.length, 'a header and one row a rating');
      const bookmarks = await request(t.app, '/admin/export/bookmarks.csv', { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.match(await bookmarks.text(), /^itemId,title,url,saves,removals,bookmarked,lastChangedAt\r\n/);

      const off = t.appWith({ adminToken: undefined });
      assert.equal((await request(off, '/admin/export/ratings.csv', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 404);
      assert.equal((await request(off, '/admin')).status, 404);
      assert.equal((await request(off, '/')).status, 404);
    });

    it('answers CORS for --allow-origin only, never with credentials', async () => {
      const preflight = await request(t.app, '/ratings', {
        method: 'OPTIONS',
        headers: { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), SITE);
      assert.match(preflight.headers.get('access-control-allow-methods')!, /POST/);
      assert.match(preflight.headers.get('access-control-allow-headers')!, /content-type/i);
      assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
      const posted = await postJson(t.app, '/bookmarks', { submissionId: randomUUID(), itemId: 'cors', bookmarked: true, title: '', url: '', changedAt: new Date().toISOString() }, { headers: { origin: SITE } });
      assert.equal(posted.headers.get('access-control-allow-origin'), SITE);
      const summary = await request(t.app, '/ratings/summary?item=x', { headers: { origin: SITE } });
      assert.equal(summary.headers.get('access-control-allow-origin'), SITE);
      const other = await request(t.app, '/ratings', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const otherSummary = await request(t.app, '/ratings/summary?item=x', { headers: { origin: 'https://evil.example' } });
      assert.equal(otherSummary.headers.get('access-control-allow-origin'), null);
    });

    it('limits posts per client address a minute with 429 and Retry-After; 0 turns it off', async () => {
      const limited = t.appWith({ rateLimit: 3 });
      for (let i = 0; i < 3; i++) assert.equal((await postJson(limited, '/ratings', ratingBody(), { client: 'a' })).status, 201);
      const over = await postJson(limited, '/ratings', ratingBody(), { client: 'a' });
      assert.equal(over.status, 429);
      const wait = Number(over.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
      assert.equal((await postJson(limited, '/bookmarks', {}, { client: 'a' })).status, 429, 'bookmarks count too');
      assert.equal((await postJson(limited, '/ratings', ratingBody(), { client: 'b' })).status, 201, 'another address is not limited');
      assert.equal((await request(limited, '/ratings/summary?item=x', { client: 'a' })).status, 200, 'reads are not limited');
      t.clock += 60_000;
      assert.equal((await postJson(limited, '/ratings', ratingBody(), { client: 'a' })).status, 201, 'a new minute');
      for (let i = 0; i < 10; i++) assert.equal((await postJson(t.app, '/ratings', ratingBody(), { client: 'a' })).status, 201);
    });

    it('deletes comments older than --keep-days and keeps their ratings', async () => {
      const old = ratingBody({ itemId: 'keep-days', rating: 2, comment: 'Written long ago' });
      const recent = ratingBody({ itemId: 'keep-days', rating: 4, comment: 'Written today' });
      await postJson(t.app, '/ratings', old);
      await postJson(t.app, '/ratings', recent);
      await t.db.query(`UPDATE ratings SET received_at = now() - interval '31 days' WHERE submission_id = $1`, [old.submissionId]);
      assert.equal(await forgetOldComments(t.db, 30), 1);
      const rows = await t.db.query('SELECT comment FROM ratings WHERE item_id = $1 ORDER BY stars', ['keep-days']);
      assert.deepEqual(rows.map((r) => r.comment), [null, 'Written today']);
      assert.equal((await (await request(t.app, '/ratings/summary?item=keep-days')).json()).count, 2);
    });

    it('stores every one of many concurrent posts exactly once', async () => {
      const bodies = Array.from({ length: 100 }, (_, i) => ratingBody({ itemId: 'concurrent', rating: (i % 5) + 1 }));
      const sends = [...bodies, ...bodies.slice(0, 25)].map((b) => postJson(t.app, '/ratings', b));
      const statuses = (await Promise.all(sends)).map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, 100);
      assert.equal(statuses.filter((s) => s === 200).length, 25);
      const summary = await (await request(t.app, '/ratings/summary?item=concurrent')).json();
      assert.equal(summary.count, 100);
      assert.deepEqual(summary.stars, { '1': 20, '2': 20, '3': 20, '4': 20, '5': 20 });
    });

    it('keeps each item\'s counts for the dashboard right: duplicates, retention, moves and deletes', async () => {
      // The kept counts (no dates) must equal the ratings counted afresh (a date filter that takes them all).
      const everything = { from: '1970-01-01T00:00:00Z' };
      const kept = async () => {
        const [items, total] = await Promise.all([itemSummaries(t.db, {}, 100_000, 0), totalSummary(t.db, {})]);
        const [fresh, freshTotal] = await Promise.all([itemSummaries(t.db, everything, 100_000, 0), totalSummary(t.db, everything)]);
        assert.deepEqual(items, fresh, 'per item: kept counts = counted afresh');
        assert.deepEqual(total, freshTotal, 'in all: kept counts = counted afresh');
        return new Map(items.rows.map((s) => [s.itemId, s]));
      };
      const bodies = Array.from({ length: 40 }, (_, i) =>
        ratingBody({ itemId: `counts-${i % 4}`, rating: i % 3 ? (i % 5) + 1 : i % 2 ? 'yes' : 'no', comment: `Comment ${i}` }),
      );
      // Every body sent twice, concurrently (a retrying queue's re-sends): each counted once.
      const sends = [...bodies, ...bodies];
      const statuses = (await Promise.all(sends.map((b) => postJson(t.app, '/ratings', b)))).map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, 40);
      let counts = await kept();
      assert.deepEqual([0, 1, 2, 3].map((i) => counts.get(`counts-${i}`)?.count), [10, 10, 10, 10]);
      const stars = bodies.filter((b) => typeof b.rating === 'number' && b.itemId === 'counts-1').map((b) => b.rating as number);
      assert.equal(counts.get('counts-1')!.average, Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 100) / 100);

      // Retention (--keep-days) forgets comments and query strings, never ratings: counts unchanged.
      await t.db.query(`UPDATE ratings SET received_at = now() - interval '400 days' WHERE item_id LIKE 'counts-%'`);
      assert.ok((await forgetOldComments(t.db, 365)) >= 40);
      assert.deepEqual(await kept(), counts);

      // A rating moved to another item, and deleted ratings, leave the counts right; an item with none left goes.
      await t.db.query(`UPDATE ratings SET item_id = 'counts-1' WHERE submission_id = $1`, [bodies[0]!.submissionId]);
      counts = await kept();
      assert.equal(counts.get('counts-0')!.count, 9);
      assert.equal(counts.get('counts-1')!.count, 11);
      await t.db.query(`DELETE FROM ratings WHERE item_id = 'counts-3'`);
      assert.equal((await kept()).has('counts-3'), false);
    });

    it('fills the kept counts from the ratings already stored when the migration runs', async () => {
      const before = await itemSummaries(t.db, {}, 100_000, 0);
      assert.ok(before.total > 0);
      // Back to the schema before the counts, with the ratings as they are; then migrate again.
      await t.db.script(`DROP TABLE item_counts; DROP FUNCTION count_ratings() CASCADE; DELETE FROM schema_migrations WHERE version = 3;`);
      await t.db.query(`INSERT INTO ratings (submission_id, item_id, stars) VALUES (gen_random_uuid(), 'counts-before-migration', 5)`);
      assert.equal(await migrate(t.db), 1);
      const after = await itemSummaries(t.db, {}, 100_000, 0);
      assert.deepEqual(after, await itemSummaries(t.db, { from: '1970-01-01T00:00:00Z' }, 100_000, 0));
      assert.equal(after.total, before.total + 1);
    });

    it('answers /healthz "ok", or "unavailable" with 503 when a write fails, never the database error', async () => {
      const response = await request(t.app, '/healthz');
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok' });
      const failing = (reads: boolean): Database => ({
        kind: t.db.kind,
        where: '',
        query: (text, params) => (reads ? t.db.query(text, params) : Promise.reject(new Error('connection refused'))),
        write: () => Promise.reject(new Error('could not extend file "base/5/16384": No space left on device')),
        script: async () => {},
        close: async () => {},
      });
      for (const reads of [true, false]) {
        const broken = createApp(failing(reads), { allowOrigins: [], rateLimit: 0, clientAddress: () => 'x', log: (line) => t.logged.push(line) });
        const health = await request(broken, '/healthz');
        assert.equal(health.status, 503, reads ? 'reads work, writes do not' : 'nothing works');
        assert.deepEqual(await health.json(), { status: 'unavailable' });
        const failedPost = await postJson(broken, '/ratings', ratingBody());
        assert.equal(failedPost.status, 503, 'a post that was not stored is never answered 2xx');
      }
      assert.ok(t.logged.some((line) => /health check.*No space left on device/.test(line)), 'the reason goes to the log');
    });

    it('shows the dashboard after sign-in, with comments as text and uPlot served locally', async () => {
      await postJson(t.app, '/ratings', ratingBody({ itemId: '<script>alert(1)</script>', comment: '<img src=x onerror=alert(2)>' }));
      const login = await request(t.app, '/admin');
      assert.equal(login.status, 200);
      assert.match(await login.text(), /name="token"/);
      assert.match(login.headers.get('content-security-policy')!, /script-src 'self'/);
      const sameOrigin = { origin: 'http://collector.test' };
      const wrong = await request(t.app, '/auth/login', { method: 'POST', headers: sameOrigin, body: new URLSearchParams({ token: 'nope' }), client: 'dashboard' });
      assert.equal(wrong.status, 401);
      const signed = await request(t.app, '/auth/login', { method: 'POST', headers: sameOrigin, body: new URLSearchParams({ token: TOKEN }), client: 'dashboard' });
      assert.equal(signed.status, 303);
      const cookie = signed.headers.get('set-cookie')!;
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      assert.ok(!cookie.includes(TOKEN), 'the cookie does not hold the token itself');
      const page = await request(t.app, '/admin', { headers: { cookie: cookie.split(';')[0]! } });
      assert.equal(page.status, 200);
      const text = await page.text();
      assert.match(text, /Ratings and bookmarks/);
      assert.ok(!text.includes('<script>alert(1)'), 'item ids are escaped');
      assert.ok(!text.includes('<img src=x'), 'comments are escaped');
      assert.ok(text.includes('&lt;img src=x onerror=alert(2)&gt;'));
      assert.match(text, /<script src="\/assets\/uPlot\.iife\.min\.js"><\/script>/);
      assert.ok(!/https?:\/\/(?!www\.example)[^"]*\.js/.test(text), 'no script from another site');
      const uplot = await request(t.app, '/assets/uPlot.iife.min.js');
      assert.equal(uplot.status, 200);
      assert.match(await uplot.text(), /uPlot/);
      assert.equal((await request(t.app, '/assets/dashboard.js')).status, 200);
      const filtered = await request(t.app, '/admin?item=once&from=2020-01-01&to=2099-12-31', { headers: { cookie: cookie.split(';')[0]! } });
      assert.match(await filtered.text(), /Ratings of once/);
      const forged = await request(t.app, '/admin', { headers: { cookie: '__Host-map_embed_session=forged' } });
      assert.equal(forged.status, 200);
      assert.match(await forged.text(), /name="token"/);
      assert.equal((await request(t.app, '/')).headers.get('location'), '/admin');
    });

    it('runs as `map-embed collect`: Ctrl+C stops it cleanly, a kill -9 loses nothing acknowledged, a restart continues', async () => {
      const { env, args } = t.backend.processArgs();
      const first = await startCollectorProcess([...args, '--rate-limit', '0'], env);
      const acknowledged: string[] = [];
      for (let i = 0; i < 20; i++) {
        const body = ratingBody({ itemId: 'process' });
        const response = await fetch(`${first.url}/ratings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (response.status === 201) acknowledged.push(body.submissionId as string);
      }
      assert.equal(acknowledged.length, 20);
      first.child.kill('SIGKILL');
      await first.exited;
      const second = await startCollectorProcess([...args, '--rate-limit', '0'], env);
      const summary = await (await fetch(`${second.url}/ratings/summary?item=process`)).json();
      assert.equal(summary.count, 20);
      second.child.kill('SIGINT');
      const { code } = await second.exited;
      assert.equal(code, 0);
      assert.match(second.output(), /SIGINT, stopping[\s\S]*stopped/);
    });
  });
}

describe('map-embed collect options', () => {
  it('is its own command: --help prints its usage, a wrong option exits 2', async () => {
    const out: string[] = [];
    const err: string[] = [];
    assert.equal(await runCollect(['--help'], (l) => out.push(l), (l) => err.push(l)), 0);
    assert.match(out.join('\n'), /^Usage: map-embed collect/);
    assert.equal(await runCollect(['--port', 'eighty'], (l) => out.push(l), (l) => err.push(l)), 2);
    assert.match(err[0]!, /--port needs a whole number/);
  });

  it('reads every option and refuses what it does not know', () => {
    const options = parseCollectArgs(['--port', '9000', '--host=0.0.0.0', '--data', 'd', '--allow-origin', `${SITE}/`, '--allow-origin', 'http://localhost:8000', '--rate-limit', '0', '--keep-days', '30', '--trust-proxy']);
    assert.deepEqual(options, { port: 9000, host: '0.0.0.0', dataDir: 'd', allowOrigins: [SITE, 'http://localhost:8000'], rateLimit: 0, keepDays: 30, trustProxy: true });
    assert.deepEqual(parseCollectArgs([]), { port: 8787, host: '127.0.0.1', dataDir: './map-embed-data', allowOrigins: [], rateLimit: 60, keepDays: 365, trustProxy: false });
    for (const bad of [['--allow-origin', `${SITE}/path`], ['--allow-origin', 'example.nhs.uk'], ['--rate-limit', '-1'], ['--keep-days', '0'], ['--port', '70000'], ['--verbose']]) {
      assert.throws(() => parseCollectArgs(bad), UsageError, bad.join(' '));
    }
  });

  it('names what is wrong: the unknown option, the missing value, the stray argument (node:util parseArgs)', () => {
    const cases: [string[], RegExp][] = [
      [['--verbose'], /Unknown option '--verbose'/],
      [['--port'], /Option '--port <value>' argument missing/],
      [['--trust-proxy=yes'], /Option '--trust-proxy' does not take an argument/],
      [['8787'], /Unexpected argument '8787'/],
      [['--host='], /--host needs an address/],
      [['--keep-days', 'ten'], /--keep-days needs a whole number of at least 1/],
    ];
    for (const [argv, message] of cases) assert.throws(() => parseCollectArgs(argv), (error: Error) => error instanceof UsageError && message.test(error.message), argv.join(' '));
  });
});

forEachBackend('collector', collectorSuite);
