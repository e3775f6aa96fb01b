/**
 * Shared by the collector's Node tests: a fresh database of either kind, a suite's database and
 * app (`useTestApp`), and the collector started as a real process (`map-embed collect`) whose
 * address is read from its log (through scripts/, which the load test uses too).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../src/app.js';
import { migrate, openDatabase, type Database } from '../src/db.js';
import { startCollectorProcess as startProcess, type CollectorProcess } from '../scripts/collector-process.js';
import { freshPostgresDatabase } from '../scripts/fresh-database.js';

export { freshPostgresDatabase };
export type { CollectorProcess };

/** Starts `map-embed collect` (from source, through tsx) on a free port and waits until it listens. */
export function startCollectorProcess(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 150_000,
): Promise<CollectorProcess> {
  return startProcess(['--port', '0', ...args], { env, timeoutMs });
}

export function ratingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submissionId: randomUUID(),
    itemId: 'role-physician-associate',
    rating: 4,
    pageUrl: 'https://www.example.nhs.uk/maps/physician-associates',
    submittedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** An admin token long enough for the collector (32 characters or more). */
export const TOKEN = 'test-admin-token-7d1f-0123456789abcdef';

/** Where a suite's database lives: a PGlite folder, or a fresh database on the server. */
export interface Backend {
  kind: 'pglite' | 'postgres';
  open(): Promise<Database>;
  cleanup(): Promise<void>;
  /** Environment that makes a collector process use this backend, and its --data argument. */
  processArgs(): { env: Record<string, string | undefined>; args: string[] };
}

async function pgliteBackend(): Promise<Backend> {
  const dir = await mkdtemp(join(tmpdir(), 'map-embed-collector-'));
  return {
    kind: 'pglite',
    open: () => openDatabase({ dataDir: join(dir, 'db') }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
    processArgs: () => ({ env: { DATABASE_URL: '' }, args: ['--data', join(dir, 'process-db')] }),
  };
}

async function postgresBackend(databaseUrl: string): Promise<Backend> {
  const fresh = await freshPostgresDatabase(databaseUrl);
  return {
    kind: 'postgres',
    open: () => openDatabase({ dataDir: 'unused', databaseUrl: fresh.url }),
    cleanup: fresh.drop,
    processArgs: () => ({ env: { DATABASE_URL: fresh.url }, args: [] }),
  };
}

/**
 * Runs `suite` once against PGlite and once against the PostgreSQL server in DATABASE_URL (which
 * CI always sets: without it there, the run fails; elsewhere the server half is skipped).
 */
export function forEachBackend(name: string, suite: (name: string, makeBackend: () => Promise<Backend>) => void): void {
  suite(`${name} on PGlite (embedded)`, pgliteBackend);
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    suite(`${name} on a PostgreSQL server (DATABASE_URL)`, () => postgresBackend(databaseUrl));
  } else if (process.env.CI) {
    describe(`${name} on a PostgreSQL server (DATABASE_URL)`, () => {
      it('has a server to test against', () => {
        assert.fail('DATABASE_URL is not set, but CI is: .ci/run must start PostgreSQL and export DATABASE_URL.');
      });
    });
  } else {
    describe(`${name} on a PostgreSQL server (DATABASE_URL)`, {
      skip: 'DATABASE_URL is not set: start PostgreSQL and set DATABASE_URL=postgres://… to run these (CI always does)',
    }, () => {
      it('runs the PGlite tests against the server', () => {});
    });
  }
}

/** A request to an app in the test process; `client` stands for the client's address. */
export function request(app: Hono, path: string, init: RequestInit & { client?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.client) headers.set('x-test-client', init.client);
  return app.request(path.startsWith('http') ? path : `http://collector.test${path}`, { ...init, headers });
}

export const postJson = (app: Hono, path: string, body: unknown, extra: RequestInit & { client?: string } = {}) =>
  request(app, path, {
    method: 'POST',
    ...extra,
    headers: { 'content-type': 'application/json', ...(extra.headers as Record<string, string> | undefined) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/**
 * The options the app tests share: the site allowed to post, no rate limit, the test token, the
 * client address from an `x-test-client` header, the test's clock, and the log kept in `logged`.
 */
export function testAppOptions(clock: () => number, logged: string[]): AppOptions {
  return {
    allowOrigins: ['https://www.example.nhs.uk'],
    rateLimit: 0,
    adminToken: TOKEN,
    clientAddress: (c) => c.req.header('x-test-client') ?? 'one',
    now: clock,
    log: (line) => logged.push(line),
  };
}

/** A suite's database and app: opened (and migrated) before its tests, closed after them. */
export interface TestApp {
  readonly backend: Backend;
  readonly db: Database;
  /** An app with `testAppOptions`, made once the database is open. */
  readonly app: Hono;
  /** The apps' clock, in epoch milliseconds: a test moves it to pass time. */
  clock: number;
  /** What the apps logged (failed sign-ins, the audit trail). */
  readonly logged: string[];
  /** How many migrations the new database needed. */
  readonly migrated: number;
  /** Another app on the same database and clock, with `options` over the test ones. */
  appWith(options?: Partial<AppOptions>): Hono;
}

/** Call inside a `describe`: the suite's `TestApp`, its fields filled in by the suite's `before`. */
export function useTestApp(makeBackend: () => Promise<Backend>): TestApp {
  let backend: Backend | undefined;
  let db: Database | undefined;
  let app: Hono | undefined;
  let migrated = 0;
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestApp: the database is opened in the suite\'s before()');
    return value;
  };
  const testApp: TestApp = {
    get backend() { return opened(backend); },
    get db() { return opened(db); },
    get app() { return opened(app); },
    get migrated() { return migrated; },
    clock: Date.now(),
    logged: [],
    appWith: (options = {}) => createApp(opened(db), { ...testAppOptions(() => testApp.clock, testApp.logged), ...options }),
  };
  before(async () => {
    backend = await makeBackend();
    db = await backend.open();
    migrated = await migrate(db);
    app = testApp.appWith();
  });
  after(async () => {
    await db?.close();
    await backend?.cleanup();
  });
  return testApp;
}
