/**
 * The collector as a trust's security review tries it: one process per data folder,
 * durability, bad input, a dashboard under load, sign-in (token and OpenID Connect against a real
 * provider), sessions, cross-site requests, throttling, CSV cells, the rate limiter, retention.
 * Against PGlite and, with DATABASE_URL, a PostgreSQL server.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fsPromises, { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import type { Hono } from 'hono';
import { AdminTokenTooShort, createApp, PAGE_SIZE, rateLimiter } from '../src/app.js';
import { parseCollectArgs, readItems, SERVER_LIMITS, startCollector } from '../src/collect.js';
import { csvCell } from '../src/csv.js';
import { DataFolderInUse, LOCK_FILE } from '../src/data-lock.js';
import { migrate, openDatabase, type Database } from '../src/db.js';
import { oidcSignIn } from '../src/oidc.js';
import { SESSION_IDLE_MS } from '../src/sessions.js';
import { forgetOldComments } from '../src/store.js';
import { forEachBackend, postJson, ratingBody, request, startCollectorProcess, TOKEN, useTestApp } from './helpers.js';
import { ADMIN_GROUP, CLIENT_ID, CLIENT_SECRET, startOidcProvider, type TestProvider } from './oidc-provider.js';

const SITE = 'https://www.example.nhs.uk';
const SELF = 'http://collector.test';
const PUBLIC_URL = 'https://collector.trust.example';

const cookiePair = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0];

async function tokenSignIn(app: Hono, client = 'admin-pc'): Promise<string> {
  const response = await request(app, '/auth/login', {
    method: 'POST',
    headers: { origin: SELF },
    body: new URLSearchParams({ token: TOKEN }),
    client,
  });
  assert.equal(response.status, 303);
  return cookiePair(response, '__Host-map_embed_session')!;
}

describe('one collector per data folder', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'map-embed-lock-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second opening of the folder, naming it and the process that holds it', async () => {
    const folder = join(dir, 'in-process');
    const first = await openDatabase({ dataDir: folder });
    await assert.rejects(openDatabase({ dataDir: folder }), (error: Error) => {
      assert.ok(error instanceof DataFolderInUse);
      assert.match(error.message, new RegExp(`${folder}.*process ${process.pid}`));
      return true;
    });
    await first.close();
    const again = await openDatabase({ dataDir: folder });
    await again.close();
  });

  it('a second `map-embed collect` on the same --data exits 1 with that message; after kill -9 the folder is taken over', async () => {
    const folder = join(dir, 'processes');
    const env = { DATABASE_URL: '' };
    const first = await startCollectorProcess(['--data', folder], env);
    await assert.rejects(startCollectorProcess(['--data', folder], env), (error: Error) => {
      assert.match(error.message, /exited \(1\)/);
      assert.match(error.message, new RegExp(`could not start: the data folder ${folder} is in use by another collector \\(process ${first.child.pid} `));
      return true;
    });
    first.child.kill('SIGKILL');
    await first.exited;
    const third = await startCollectorProcess(['--data', folder], env);
    third.child.kill('SIGINT');
    assert.equal((await third.exited).code, 0);
    await assert.rejects(fsPromises.access(join(folder, LOCK_FILE)), 'a clean stop removes the lock');
  });

  it('says in words why an unusable --data cannot be used', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    await assert.rejects(startCollector(parseCollectArgs(['--data', join(file, 'db')]), { DATABASE_URL: '' }, () => {}), (error: Error) => {
      assert.match(error.message, /^the data folder .*a-file\/db cannot be used: a file \(not a folder\) is in the way \(ENOTDIR\)\. Give --data a folder/);
      return true;
    });
  });

  it('runs PGlite with fsync on and small buffers, and flushes the WAL before a post is answered', async () => {
    const db = await openDatabase({ dataDir: join(dir, 'durable') });
    try {
      await migrate(db);
      assert.deepEqual(await db.query('SHOW fsync'), [{ fsync: 'on' }]);
      assert.deepEqual(await db.query('SHOW shared_buffers'), [{ shared_buffers: '16MB' }]);
      const synced: string[] = [];
      const realOpen = fsPromises.open;
      mock.method(fsPromises, 'open', async (...args: Parameters<typeof realOpen>) => {
        const handle = await realOpen(...args);
        const datasync = handle.datasync.bind(handle);
        handle.datasync = async () => {
          synced.push(String(args[0]));
          return datasync();
        };
        return handle;
      });
      syncBuiltinESMExports();
      try {
        const app = createApp(db, { allowOrigins: [], rateLimit: 0, clientAddress: () => 'x' });
        assert.equal((await postJson(app, '/ratings', ratingBody())).status, 201);
      } finally {
        mock.restoreAll();
        syncBuiltinESMExports();
      }
      assert.ok(synced.some((path) => /pg_wal\/[0-9A-F]{24}$/.test(path)), `the WAL segment was fdatasync'd: ${synced.join(', ')}`);
    } finally {
      await db.close();
    }
  });

  it('starts its HTTP server with explicit timeouts and a connection cap', async () => {
    const collector = await startCollector(
      { ...parseCollectArgs(['--data', join(dir, 'server'), '--port', '0']) },
      { DATABASE_URL: '' },
      () => {},
    );
    try {
      assert.equal(collector.server.headersTimeout, SERVER_LIMITS.headersTimeout);
      assert.equal(collector.server.requestTimeout, SERVER_LIMITS.requestTimeout);
      assert.equal(collector.server.maxConnections, SERVER_LIMITS.maxConnections);
    } finally {
      await collector.stop();
    }
  });

  it('refuses an admin token shorter than 32 characters', async () => {
    assert.throws(() => createApp({} as Database, { allowOrigins: [], rateLimit: 0, adminToken: 'x', clientAddress: () => 'x' }), AdminTokenTooShort);
    await assert.rejects(
      startCollector(parseCollectArgs(['--data', join(dir, 'short')]), { DATABASE_URL: '', MAP_EMBED_ADMIN_TOKEN: 'a'.repeat(31) }, () => {}),
      /at least 32 characters/,
    );
  });
});

describe('sign-in and --items options', () => {
  it('reads --oidc-… and --public-url, and refuses an incomplete set', () => {
    const args = ['--oidc-issuer', 'https://login.microsoftonline.com/tenant/v2.0', '--oidc-client-id', 'abc', '--public-url', 'https://feedback.example.nhs.uk/', '--oidc-allow-domain', '@Example.NHS.uk', '--oidc-allow-group', 'g-1'];
    const options = parseCollectArgs(args);
    assert.deepEqual(options.oidc, { issuer: 'https://login.microsoftonline.com/tenant/v2.0', clientId: 'abc', allowGroups: ['g-1'], allowDomains: ['example.nhs.uk'] });
    assert.equal(options.publicUrl, 'https://feedback.example.nhs.uk');
    for (const drop of ['--oidc-client-id', '--public-url']) {
      const at = args.indexOf(drop);
      assert.throws(() => parseCollectArgs([...args.slice(0, at), ...args.slice(at + 2)]), new RegExp(`needs ${drop}`));
    }
    assert.throws(() => parseCollectArgs(args.slice(0, 6)), /--oidc-allow-group or --oidc-allow-domain/);
    assert.throws(() => parseCollectArgs(['--oidc-client-id', 'abc']), /need --oidc-issuer/);
    assert.throws(() => parseCollectArgs(['--public-url', 'ftp://x']), /needs an http\(s\) address/);
  });

  it('reads --items from a list or a JSON Feed, and says why it cannot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'map-embed-items-'));
    try {
      await writeFile(join(dir, 'ids.txt'), '# our items\nrole-pa\n\nnews-1\r\n');
      assert.deepEqual([...(await readItems(join(dir, 'ids.txt')))], ['role-pa', 'news-1']);
      await writeFile(join(dir, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a' }, { id: 'b' }] }));
      assert.deepEqual([...(await readItems(join(dir, 'feed.json')))], ['a', 'b']);
      await writeFile(join(dir, 'empty.txt'), '# nothing\n');
      await assert.rejects(readItems(join(dir, 'empty.txt')), /names no item ids/);
      await assert.rejects(readItems(join(dir, 'missing.txt')), /cannot read .*ENOENT/);
      await writeFile(join(dir, 'ids.txt'), 'role-pa\n');
      const collector = await startCollector(parseCollectArgs(['--data', join(dir, 'db'), '--port', '0', '--items', join(dir, 'ids.txt')]), { DATABASE_URL: '' }, () => {});
      try {
        const post = (itemId: string) => fetch(`${collector.url}/ratings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ratingBody({ itemId })) });
        assert.equal((await post('role-pa')).status, 201);
        assert.equal((await post('someone-elses-item')).status, 400);
      } finally {
        await collector.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the rate limiter', () => {
  it('forgets expired clients a few at a time, so its cost stays flat with many clients', () => {
    let t = 0;
    const limiter = rateLimiter(2, () => t);
    for (let i = 0; i < 20_000; i++) limiter.take(`client-${i}`);
    assert.equal(limiter.size, 20_000);
    t = 30_000;
    assert.equal(limiter.take('late'), 0);
    assert.equal(limiter.size, 20_001, 'nothing expired yet, nothing removed');
    t = 60_000;
    assert.equal(limiter.take('client-0'), 0, 'a new minute for the first client');
    assert.equal(limiter.size, 2, 'the 20,000 expired windows are gone; "late" is still in its minute');
    assert.equal(limiter.take('late'), 0);
    assert.equal(limiter.take('late'), Math.ceil((30_000 + 60_000 - t) / 1000), 'its third post in the minute waits');
  });
});

describe('CSV cells', () => {
  it('neutralises formulas after spaces, line breaks and full-width signs; numbers stay numbers', () => {
    const cases: [unknown, string][] = [
      ['=1+1', "'=1+1"],
      ['\n=cmd()', `"'\n=cmd()"`],
      ['\r\n@SUM(A1)', `"'\r\n@SUM(A1)"`],
      ['   =HYPERLINK("x")', `"'   =HYPERLINK(""x"")"`],
      ['\u3000+1', "'\u3000+1"],
      ['\uFF1D1+1', "'\uFF1D1+1"],
      ['-2', "'-2"],
      [-2, '-2'],
      [0, '0'],
      [4.5, '4.5'],
      ['Plain text', 'Plain text'],
      [null, ''],
    ];
    for (const [value, cell] of cases) assert.equal(csvCell(value), cell, JSON.stringify(value));
  });
});

forEachBackend('collector security', (name, makeBackend) => {
  describe(name, () => {
    const t = useTestApp(makeBackend);

    it('answers 400 (never 5xx) to NUL in a body or a query, and stores the honest posts beside them', async () => {
      const honest = Array.from({ length: 60 }, () => ratingBody({ itemId: 'nul-batch' }));
      const poisoned = Array.from({ length: 15 }, (_, i) =>
        i % 3 === 0 ? ratingBody({ itemId: 'nul\u0000batch' }) : ratingBody({ itemId: 'nul-batch', comment: `bad\u0000${i}`, pageUrl: i % 2 ? `${SITE}/\u0000` : undefined }),
      );
      const sends = [...honest, ...poisoned].sort(() => Math.random() - 0.5).map(async (body) => ({ body, response: await postJson(t.app, '/ratings', body) }));
      for (const { body, response } of await Promise.all(sends)) {
        const bad = poisoned.includes(body);
        assert.equal(response.status, bad ? 400 : 201, JSON.stringify(body).slice(0, 80));
        if (bad) assert.match((await response.json()).error, /NUL/);
      }
      assert.equal((await (await request(t.app, '/ratings/summary?item=nul-batch')).json()).count, 60);
      const bookmark = await postJson(t.app, '/bookmarks', { submissionId: randomUUID(), itemId: 'b', bookmarked: true, title: 'a\u0000b', url: '/x', changedAt: new Date().toISOString() });
      assert.equal(bookmark.status, 400);
      assert.equal((await bookmark.json()).field, 'title');
      const query = await request(t.app, '/ratings/summary?item=a%00b');
      assert.equal(query.status, 400);
      assert.equal((await query.json()).field, 'item');
      assert.equal((await request(t.app, `/admin?item=a%00b`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 400);
    });

    it('retries a failed batch row by row: a row the database refuses fails alone', async () => {
      // A rule only the database knows, so the row passes validation and fails in the INSERT.
      await t.db.query(`ALTER TABLE ratings ADD CONSTRAINT test_no_poison CHECK (item_id <> 'poison-row')`);
      try {
        const honest = Array.from({ length: 40 }, () => ratingBody({ itemId: 'batch-retry' }));
        const poison = ratingBody({ itemId: 'poison-row' });
        const silent = createApp(t.db, { allowOrigins: [], rateLimit: 0, clientAddress: () => 'x' });
        const original = console.error;
        console.error = () => {};
        let statuses: number[];
        try {
          statuses = (await Promise.all([...honest.slice(0, 20), poison, ...honest.slice(20)].map((b) => postJson(silent, '/ratings', b)))).map((r) => r.status);
        } finally {
          console.error = original;
        }
        assert.equal(statuses[20], 503, 'the refused row');
        assert.deepEqual(statuses.filter((_, i) => i !== 20), Array(40).fill(201), 'every other row stored');
        assert.equal((await (await request(t.app, '/ratings/summary?item=batch-retry')).json()).count, 40);
      } finally {
        await t.db.query('ALTER TABLE ratings DROP CONSTRAINT test_no_poison');
      }
    });

    it('refuses (400) an item id too long in bytes for the database index, which it answered 503', async () => {
      const emoji = '\u{1F3E5}'.repeat(1000);
      for (const path of ['/ratings', '/bookmarks']) {
        const body = path === '/ratings' ? ratingBody({ itemId: emoji }) : { submissionId: randomUUID(), itemId: emoji, bookmarked: true, title: 't', url: '/u', changedAt: new Date().toISOString() };
        const response = await postJson(t.app, path, body);
        assert.equal(response.status, 400, path);
        assert.match((await response.json()).error, /bytes in UTF-8/);
      }
      assert.equal((await postJson(t.app, '/ratings', ratingBody({ itemId: '\u{1F3E5}'.repeat(512) }))).status, 201, '2,048 bytes is fine');
    });

    it('refuses dates more than a day in the future', async () => {
      const change = (changedAt: string) => ({ submissionId: randomUUID(), itemId: 'future', bookmarked: true, title: 'Pinned?', url: '/p', changedAt });
      const far = await postJson(t.app, '/bookmarks', change('9999-12-31T23:59:59Z'));
      assert.equal(far.status, 400);
      assert.equal((await far.json()).field, 'changedAt');
      const tomorrowAndMore = new Date(Date.now() + 25 * 3600_000).toISOString();
      assert.equal((await postJson(t.app, '/bookmarks', change(tomorrowAndMore))).status, 400);
      assert.equal((await postJson(t.app, '/ratings', ratingBody({ submittedAt: tomorrowAndMore }))).status, 400);
      const clockAhead = new Date(Date.now() + 12 * 3600_000).toISOString();
      assert.equal((await postJson(t.app, '/bookmarks', change(clockAhead))).status, 201, 'a clock some hours ahead is fine');
      assert.equal((await postJson(t.app, '/ratings', ratingBody({ submittedAt: clockAhead }))).status, 201);
    });

    it('accepts ratings and bookmarks only for known items when given --items', async () => {
      const known = t.appWith({ knownItems: new Set(['role-physician-associate']) });
      assert.equal((await postJson(known, '/ratings', ratingBody())).status, 201);
      const unknown = await postJson(known, '/ratings', ratingBody({ itemId: 'x'.repeat(2000) }));
      assert.equal(unknown.status, 400);
      assert.equal((await unknown.json()).field, 'itemId');
    });

    it('gives a new random session at each sign-in, in a __Host- cookie, ended by sign-out and by idling', async () => {
      const response = await request(t.app, '/auth/login', { method: 'POST', headers: { origin: SELF }, body: new URLSearchParams({ token: TOKEN }) });
      const header = response.headers.getSetCookie().find((c) => c.startsWith('__Host-map_embed_session='))!;
      for (const attribute of [/; Path=\//, /; Secure/, /; HttpOnly/, /; SameSite=Strict/]) assert.match(header, attribute);
      const first = header.split(';')[0]!;
      const second = await tokenSignIn(t.app);
      assert.notEqual(first, second, 'each sign-in its own session');
      assert.ok(first.length > 40);
      const dashboard = async (cookie: string) => (await request(t.app, '/admin', { headers: { cookie } })).text();
      assert.match(await dashboard(first), /Sign out/);
      const out = await request(t.app, '/auth/logout', { method: 'POST', headers: { cookie: first, 'sec-fetch-site': 'same-origin' } });
      assert.equal(out.status, 303);
      assert.match(await dashboard(first), /name="token"/, 'the old cookie no longer works');
      assert.match(await dashboard(second), /Sign out/, 'other sessions go on');
      t.clock += SESSION_IDLE_MS + 1000;
      assert.match(await dashboard(second), /name="token"/, 'an idle session expires');
      const audit = await t.db.query(`SELECT actor, action FROM admin_audit WHERE action IN ('signed in', 'signed out') ORDER BY at`);
      assert.ok(audit.some((row) => row.action === 'signed out'));
    });

    it('refuses sign-in and sign-out from another site (Origin / Sec-Fetch-Site)', async () => {
      const cookie = await tokenSignIn(t.app);
      const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, {}];
      for (const headers of crossSite) {
        const out = await request(t.app, '/auth/logout', { method: 'POST', headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
        assert.equal(out.status, 403, JSON.stringify(headers));
        const login = await request(t.app, '/auth/login', { method: 'POST', headers, body: new URLSearchParams({ token: TOKEN }) });
        assert.equal(login.status, 403, JSON.stringify(headers));
      }
      assert.match(await (await request(t.app, '/admin', { headers: { cookie } })).text(), /Sign out/, 'still signed in');
      const behindProxy = t.appWith({ publicUrl: PUBLIC_URL });
      const proxied = await request(behindProxy, '/auth/login', { method: 'POST', headers: { origin: PUBLIC_URL }, body: new URLSearchParams({ token: TOKEN }) });
      assert.equal(proxied.status, 303, 'the public address is the collector’s own origin');
    });

    it('throttles failed sign-ins and Bearer guesses per address with 429, and logs them', async () => {
      t.logged.length = 0;
      for (let i = 0; i < 5; i++) {
        const wrong = await request(t.app, '/auth/login', { method: 'POST', headers: { origin: SELF }, body: new URLSearchParams({ token: `guess-${i}` }), client: 'guesser' });
        assert.equal(wrong.status, 401);
      }
      const blocked = await request(t.app, '/auth/login', { method: 'POST', headers: { origin: SELF }, body: new URLSearchParams({ token: TOKEN }), client: 'guesser' });
      assert.equal(blocked.status, 429, 'even the right token waits');
      assert.ok(Number(blocked.headers.get('retry-after')) > 60);
      assert.equal(t.logged.filter((l) => /failed sign-in \(admin token\) from guesser/.test(l)).length, 5);
      for (let i = 0; i < 5; i++) {
        assert.equal((await request(t.app, '/admin/export/ratings.csv', { headers: { authorization: `Bearer guess-${i}` }, client: 'bearer-guesser' })).status, 401);
      }
      assert.equal((await request(t.app, '/admin/export/ratings.csv', { headers: { authorization: `Bearer ${TOKEN}` }, client: 'bearer-guesser' })).status, 429);
      assert.equal((await request(t.app, '/admin/export/ratings.csv', { headers: { authorization: `Bearer ${TOKEN}` }, client: 'someone-else' })).status, 200);
      t.clock += 16 * 60_000;
      assert.equal((await request(t.app, '/admin/export/ratings.csv', { headers: { authorization: `Bearer ${TOKEN}` }, client: 'bearer-guesser' })).status, 200, 'after the window');
    });

    it('keeps an audit log of who exported what and when', async () => {
      const before = Date.now() - 60_000;
      await request(t.app, '/admin/export/ratings.csv?item=nul-batch&from=2020-01-01', { headers: { authorization: `Bearer ${TOKEN}` }, client: 'auditor' });
      const cookie = await tokenSignIn(t.app, 'auditor-pc');
      await request(t.app, '/admin/export/bookmarks.csv', { headers: { cookie } });
      const rows = await t.db.query(`SELECT at, actor, action, detail FROM admin_audit WHERE action = 'exported' ORDER BY at DESC LIMIT 2`);
      assert.deepEqual(rows.map((r) => [r.actor, r.detail]).reverse(), [
        ['admin token (Bearer, from auditor)', 'ratings.csv?item=nul-batch&from=2020-01-01'],
        ['admin token (from auditor-pc)', 'bookmarks.csv'],
      ]);
      assert.ok(new Date(rows[0]!.at).getTime() >= before);
    });

    it('writes CSV cells safely: trimmed formulas prefixed, counts as numbers and never negative', async () => {
      await t.db.query(
        `INSERT INTO bookmark_items (item_id, title, url, saves, removals, last_changed_at) VALUES ($1, $2, $3, 1, 3, now())`,
        ['\n=csv-item', '   =title', '\uFF1Durl'],
      );
      const text = await (await request(t.app, '/admin/export/bookmarks.csv', { headers: { authorization: `Bearer ${TOKEN}` } })).text();
      assert.ok(text.includes(`"'\n=csv-item",'   =title,'\uFF1Durl,1,3,0,`), text);
    });

    it('drops the page URL query string with the comment after --keep-days', async () => {
      const old = ratingBody({ itemId: 'retention', comment: 'Old words', pageUrl: `${SITE}/maps?nhs-number=123#top` });
      const recent = ratingBody({ itemId: 'retention', comment: 'New words', pageUrl: `${SITE}/maps?q=search` });
      await postJson(t.app, '/ratings', old);
      await postJson(t.app, '/ratings', recent);
      await t.db.query(`UPDATE ratings SET received_at = now() - interval '40 days' WHERE submission_id = $1`, [old.submissionId]);
      assert.ok((await forgetOldComments(t.db, 30)) >= 1);
      const rows = await t.db.query('SELECT comment, page_url FROM ratings WHERE item_id = $1 ORDER BY received_at', ['retention']);
      assert.deepEqual(rows.map((r) => [r.comment, r.page_url]), [
        [null, `${SITE}/maps`],
        ['New words', `${SITE}/maps?q=search`],
      ]);
    });

    it('signs in through OpenID Connect against a real provider: allowed domain or group in, others refused; sign-out ends it', async () => {
      let provider: TestProvider | undefined;
      try {
        provider = await startOidcProvider(`${PUBLIC_URL}/auth/callback`);
        const options = { issuer: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, publicUrl: PUBLIC_URL };
        const oidcApp = t.appWith({
          adminToken: undefined,
          publicUrl: PUBLIC_URL,
          oidc: oidcSignIn({ ...options, allowDomains: ['trust.example'], allowGroups: [ADMIN_GROUP] }),
        });
        const signIn = async (login: string, client: string) => {
          const start = await request(oidcApp, '/auth/start', { client });
          assert.equal(start.status, 303);
          const pending = cookiePair(start, '__Host-map_embed_sign_in')!;
          assert.match(start.headers.getSetCookie().join(), /SameSite=Lax/);
          const back = await provider!.signIn(start.headers.get('location')!, login, `${PUBLIC_URL}/auth/callback`);
          return request(oidcApp, `${back.pathname}${back.search}`, { headers: { cookie: pending }, client });
        };
        const login = await request(oidcApp, '/admin');
        assert.match(await login.text(), /href="\/auth\/start"/);
        assert.doesNotMatch(await (await request(oidcApp, '/admin')).text(), /name="token"/, 'no token form without a token');

        const callback = await signIn('jo.bloggs@trust.example', 'jo');
        assert.equal(callback.status, 200);
        assert.match(await callback.text(), /url=\/admin/);
        const session = cookiePair(callback, '__Host-map_embed_session')!;
        const page = await (await request(oidcApp, '/admin', { headers: { cookie: session } })).text();
        assert.match(page, /jo\.bloggs@trust\.example/);
        assert.match(page, /Sign out/);

        const byGroup = await signIn('admin@elsewhere.example', 'group');
        assert.equal(byGroup.status, 200, 'a member of the allowed group from another domain');

        t.logged.length = 0;
        const refused = await signIn('someone@elsewhere.example', 'outsider');
        assert.equal(refused.status, 403);
        assert.equal(cookiePair(refused, '__Host-map_embed_session'), undefined);
        assert.match(await refused.text(), /not in a group or e-mail domain allowed/);
        assert.ok(t.logged.some((l) => /failed sign-in .*someone@elsewhere\.example/.test(l)));

        const replay = await request(oidcApp, '/auth/callback?code=stolen&state=x', { client: 'replayer' });
        assert.equal(replay.status, 403, 'a callback without its sign-in cookie');

        await request(oidcApp, '/auth/logout', { method: 'POST', headers: { cookie: session, origin: PUBLIC_URL } });
        assert.match(await (await request(oidcApp, '/admin', { headers: { cookie: session } })).text(), /Sign in with your organisation account/);
        const audit = await t.db.query(`SELECT actor, action FROM admin_audit WHERE actor = 'jo.bloggs@trust.example' ORDER BY at`);
        assert.deepEqual(audit.map((r) => r.action), ['signed in', 'signed out']);
      } finally {
        await provider?.close();
      }
    });

    it('pages the dashboard: 20,000 items of 2,048 characters stay under 1 MB', async (context) => {
      await t.db.query(
        `INSERT INTO ratings (submission_id, item_id, stars)
         SELECT gen_random_uuid(), repeat('x', 2040) || lpad(g::text, 8, '0'), 1 + g % 5 FROM generate_series(1, 20000) g`,
      );
      await t.db.query(
        `INSERT INTO bookmark_items (item_id, title, url, saves, removals, last_changed_at)
         SELECT repeat('b', 2040) || lpad(g::text, 8, '0'), repeat('t', 1000), '/u', 1, 0, now() FROM generate_series(1, 5000) g`,
      );
      const cookie = await tokenSignIn(t.app, 'pager');
      const started = performance.now();
      const response = await request(t.app, '/admin', { headers: { cookie } });
      const ms = performance.now() - started;
      const html = await response.text();
      context.diagnostic(`GET /admin with 20,000 items: ${Math.round(Buffer.byteLength(html) / 1024)} KiB in ${Math.round(ms)} ms`);
      assert.equal(response.status, 200);
      assert.ok(Buffer.byteLength(html) < 1024 * 1024, `${Buffer.byteLength(html)} bytes`);
      assert.match(html, /Showing 1–50 of 20\d\d\d items/);
      assert.match(html, /Showing 1–50 of 50\d\d bookmarked items/);
      assert.match(html, /href="\/admin\?page=2"/);
      const last = Math.ceil(20_100 / PAGE_SIZE);
      const lastPage = await (await request(t.app, `/admin?page=${last + 10}`, { headers: { cookie } })).text();
      assert.match(lastPage, /No ratings match these filters|Page \d+ of \d+/);
    });
  });
});
