/**
 * `map-embed collect`: starts the ratings and bookmarks collector. Embedded PostgreSQL (PGlite)
 * under --data, or the PostgreSQL server in DATABASE_URL; migrations at start; Ctrl+C (SIGINT) or
 * SIGTERM stops it cleanly, finishing the requests in flight.
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AdminTokenTooShort, createApp, TOKEN_MIN_LENGTH } from './app.js';
import { migrate, openDatabase, type Database } from './db.js';
import { forgetOldComments } from './store.js';

const COLLECT_USAGE = `Usage: map-embed collect [options]   (the same as: map-embed-collector [options])

Starts the ratings and bookmarks collector that <map-rating-widget endpoint> and
<map-bookmark-button endpoint> post to.

  --port N             port to listen on (default 8787; 0 picks a free one)
  --host ADDRESS       address to listen on (default 127.0.0.1; put an HTTPS proxy in front)
  --data DIR           folder of the embedded database (default ./map-embed-data);
                       ignored when DATABASE_URL is set
  --allow-origin URL   a site whose pages may post and read summaries, e.g.
                       https://www.example.nhs.uk (repeat for more)
  --rate-limit N       posts a minute from one client address (default 60; 0 turns it off)
  --keep-days N        delete comments older than N days; ratings stay (default 365)
  --trust-proxy        take the client address from X-Forwarded-For (behind a proxy)
  --help               show this help

Environment:
  DATABASE_URL             postgres://user:password@host:5432/db to use a PostgreSQL server
  MAP_EMBED_ADMIN_TOKEN    token (at least 32 characters) for the dashboard (/admin/) and
                           the CSV exports; without it they are off`;

export interface CollectOptions {
  port: number;
  host: string;
  dataDir: string;
  allowOrigins: string[];
  rateLimit: number;
  keepDays: number;
  trustProxy: boolean;
}

export class UsageError extends Error {}

function count(flag: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) {
    throw new UsageError(`${flag} needs a whole number${min > 0 ? ` of at least ${min}` : ''}.`);
  }
  return Number(value);
}

/** The options `collect` takes, for node:util's parseArgs (strict: anything else is refused). */
const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  'rate-limit': { type: 'string' },
  'keep-days': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The origin an `--allow-origin` names (scheme, host and port, nothing more). */
function origin(raw: string): string {
  try {
    const url = new URL(raw);
    if (!/^https?:$/.test(url.protocol) || (url.pathname !== '/' && url.pathname !== '') || url.search) throw new Error();
    return url.origin;
  } catch {
    throw new UsageError(`--allow-origin needs an origin such as https://www.example.nhs.uk, not "${raw}".`);
  }
}

/** The arguments as parseArgs reads them; its errors (unknown option, missing value) become {@link UsageError}. */
function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError((error as Error).message);
    throw error;
  }
}

/** Reads the options after `collect`; throws {@link UsageError} for anything it does not know. */
export function parseCollectArgs(argv: readonly string[]): CollectOptions {
  const values = parse(argv);
  const port = values.port === undefined ? 8787 : count('--port', values.port, 0);
  if (port > 65535) throw new UsageError('--port must be at most 65535.');
  if (values.host === '') throw new UsageError('--host needs an address.');
  if (values.data === '') throw new UsageError('--data needs a folder.');
  return {
    port,
    host: values.host ?? '127.0.0.1',
    dataDir: values.data ?? './map-embed-data',
    allowOrigins: (values['allow-origin'] ?? []).map(origin),
    rateLimit: values['rate-limit'] === undefined ? 60 : count('--rate-limit', values['rate-limit'], 0),
    keepDays: values['keep-days'] === undefined ? 365 : count('--keep-days', values['keep-days'], 1),
    trustProxy: values['trust-proxy'] ?? false,
  };
}

export interface RunningCollector {
  url: string;
  db: Database;
  server: Server;
  stop(): Promise<void>;
}

const HOUR = 3_600_000;
/**
 * Limits on the HTTP server, so slow or idle clients cannot hold it: the whole request head within
 * 10 s, the whole request within 30 s, and at most 1,000 open connections (then refused).
 */
export const SERVER_LIMITS = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, maxConnections: 1000 } as const;

/** Opens the database, migrates it, and listens; resolves once it is accepting requests. */
export async function startCollector(
  options: CollectOptions,
  env: Record<string, string | undefined> = process.env,
  log: (line: string) => void = (line) => console.log(line),
): Promise<RunningCollector> {
  const adminToken = env.MAP_EMBED_ADMIN_TOKEN?.trim() || undefined;
  if (adminToken && adminToken.length < TOKEN_MIN_LENGTH) throw new AdminTokenTooShort();
  const db = await openDatabase({ dataDir: options.dataDir, databaseUrl: env.DATABASE_URL || undefined });
  try {
    const applied = await migrate(db);
    log(`map-embed collect: database ${db.kind === 'pglite' ? `(embedded PGlite) in ${db.where}` : `(PostgreSQL server) ${db.where}`}${applied ? `, ${applied} migration(s) applied` : ''}`);
    const forget = async () => {
      const forgotten = await forgetOldComments(db, options.keepDays);
      if (forgotten) log(`map-embed collect: deleted ${forgotten} comment(s) older than ${options.keepDays} days`);
    };
    await forget();
    const timer = setInterval(() => void forget().catch((error: Error) => console.error(`map-embed collect: ${error.message}`)), 6 * HOUR);
    timer.unref();

    const clientAddress = (c: Context): string => {
      if (options.trustProxy) {
        const forwarded = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
        if (forwarded?.length) return forwarded.at(-1)!;
      }
      try {
        return getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        return 'unknown';
      }
    };
    const app = createApp(db, { allowOrigins: options.allowOrigins, rateLimit: options.rateLimit, adminToken, clientAddress });

    const server = await new Promise<Server>((resolve, reject) => {
      const { maxConnections, ...serverOptions } = SERVER_LIMITS;
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host, serverOptions }, () => resolve(s as Server)) as Server;
      s.maxConnections = maxConnections;
      s.once('error', reject);
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    log(`map-embed collect: listening on ${url}`);
    log(`map-embed collect: widgets post to ${url}/ratings and ${url}/bookmarks (through your HTTPS proxy)`);
    log(
      options.allowOrigins.length
        ? `map-embed collect: pages on ${options.allowOrigins.join(', ')} may post (CORS)`
        : 'map-embed collect: no --allow-origin given, so only same-origin pages can post',
    );
    log(`map-embed collect: rate limit ${options.rateLimit ? `${options.rateLimit} posts a minute per address` : 'off'}; comments kept ${options.keepDays} days`);
    log(
      adminToken
        ? `map-embed collect: admin dashboard at ${url}/admin/ and CSV exports under ${url}/admin/export/ (MAP_EMBED_ADMIN_TOKEN)`
        : 'map-embed collect: admin routes (dashboard, CSV exports) are off: set MAP_EMBED_ADMIN_TOKEN to turn them on',
    );

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        clearInterval(timer);
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), 5000);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        await db.close();
      })());
    return { url, db, server, stop };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

/** The `collect` command: runs until SIGINT or SIGTERM; resolves to the exit status. */
export async function runCollect(
  argv: readonly string[],
  out: (line: string) => void = (l) => console.log(l),
  err: (line: string) => void = (l) => console.error(l),
): Promise<number> {
  let options: CollectOptions;
  try {
    if (parse(argv).help) {
      out(COLLECT_USAGE);
      return 0;
    }
    options = parseCollectArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(error.message);
    err(COLLECT_USAGE);
    return 2;
  }
  // Listening for Ctrl+C before the server starts: a signal just after "listening on" still stops it cleanly.
  let onSignal!: (signal: string) => void;
  const signalled = new Promise<string>((resolve) => {
    onSignal = (signal: string) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  let collector: RunningCollector;
  try {
    collector = await startCollector(options, process.env, out);
  } catch (error) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    err(`map-embed collect: could not start: ${(error as Error).message}`);
    return 1;
  }
  console.log(`map-embed collect: ${await signalled}, stopping`);
  await collector.stop();
  console.log('map-embed collect: stopped');
  return 0;
}
