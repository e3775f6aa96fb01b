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
import { readFile } from 'node:fs/promises';
import { migrate, openDatabase, type Database } from './db.js';
import { oidcSignIn } from './oidc.js';
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
  --items FILE         take ratings and bookmarks only for these item ids: a text file
                       (one id a line) or a JSON Feed (its items' ids)
  --public-url URL     the collector's address as browsers see it, e.g.
                       https://feedback.example.nhs.uk (needed for --oidc-issuer)
  --oidc-issuer URL    sign admins in through this OpenID Connect provider, e.g.
                       https://login.microsoftonline.com/<tenant id>/v2.0
  --oidc-client-id ID  the collector's client (application) id at that provider
  --oidc-allow-group ID     members of this group may sign in (repeat for more)
  --oidc-allow-domain NAME  people with an e-mail address @NAME may sign in (repeat)
  --help               show this help

Environment:
  DATABASE_URL             postgres://user:password@host:5432/db to use a PostgreSQL server
  MAP_EMBED_ADMIN_TOKEN    token (at least 32 characters) for the dashboard (/admin) and
                           the CSV exports
  MAP_EMBED_OIDC_CLIENT_SECRET  the client secret for --oidc-client-id
  Without a token or --oidc-issuer the admin routes are off.`;

export interface CollectOptions {
  port: number;
  host: string;
  dataDir: string;
  allowOrigins: string[];
  rateLimit: number;
  keepDays: number;
  trustProxy: boolean;
  /** A file of the item ids ratings and bookmarks are accepted for. */
  items?: string;
  publicUrl?: string;
  oidc?: { issuer: string; clientId: string; allowGroups: string[]; allowDomains: string[] };
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
  items: { type: 'string' },
  'public-url': { type: 'string' },
  'oidc-issuer': { type: 'string' },
  'oidc-client-id': { type: 'string' },
  'oidc-allow-group': { type: 'string', multiple: true },
  'oidc-allow-domain': { type: 'string', multiple: true },
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

/** An http(s) URL option, as a URL without a trailing slash. */
function httpUrl(flag: string, raw: string): string {
  try {
    const url = new URL(raw);
    if (!/^https?:$/.test(url.protocol) || url.search || url.hash) throw new Error();
    return url.toString().replace(/\/$/, '');
  } catch {
    throw new UsageError(`${flag} needs an http(s) address such as https://feedback.example.nhs.uk, not "${raw}".`);
  }
}

/** The sign-in options: all of issuer, client id, public URL and an allow rule, or none. */
function oidcOptions(values: ReturnType<typeof parse>): Pick<CollectOptions, 'oidc'> {
  const issuer = values['oidc-issuer'];
  const groups = values['oidc-allow-group'] ?? [];
  const domains = (values['oidc-allow-domain'] ?? []).map((d) => d.replace(/^@/, '').toLowerCase());
  if (!issuer) {
    if (values['oidc-client-id'] || groups.length || domains.length) throw new UsageError('--oidc-client-id and --oidc-allow-… need --oidc-issuer.');
    return {};
  }
  if (!values['oidc-client-id']) throw new UsageError('--oidc-issuer needs --oidc-client-id.');
  if (!values['public-url']) throw new UsageError('--oidc-issuer needs --public-url (the address the provider sends people back to).');
  if (!groups.length && !domains.length) throw new UsageError('--oidc-issuer needs --oidc-allow-group or --oidc-allow-domain: who may see the dashboard.');
  return { oidc: { issuer: httpUrl('--oidc-issuer', issuer), clientId: values['oidc-client-id'], allowGroups: groups, allowDomains: domains } };
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
    ...(values.items ? { items: values.items } : {}),
    ...(values['public-url'] ? { publicUrl: httpUrl('--public-url', values['public-url']) } : {}),
    ...oidcOptions(values),
  };
}

/** The item ids in an --items file: one a line (blank lines and # comments skipped), or a JSON Feed's items. */
export async function readItems(path: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`--items: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, { cause: error });
  }
  let ids: string[];
  if (text.trimStart().startsWith('{')) {
    let feed: { items?: { id?: unknown }[] };
    try {
      feed = JSON.parse(text) as typeof feed;
    } catch (error) {
      throw new Error(`--items: ${path} starts like JSON but is not (${(error as Error).message}).`, { cause: error });
    }
    ids = (feed.items ?? []).map((item) => item.id).filter((id): id is string => typeof id === 'string');
  } else {
    ids = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  }
  if (!ids.length) throw new Error(`--items: ${path} names no item ids.`);
  return new Set(ids);
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
  const clientSecret = env.MAP_EMBED_OIDC_CLIENT_SECRET?.trim();
  if (options.oidc && !clientSecret) throw new Error('--oidc-issuer needs the client secret in MAP_EMBED_OIDC_CLIENT_SECRET.');
  const oidc = options.oidc && oidcSignIn({ ...options.oidc, clientSecret: clientSecret!, publicUrl: options.publicUrl! });
  const knownItems = options.items ? await readItems(options.items) : undefined;
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
    const app = createApp(db, {
      allowOrigins: options.allowOrigins,
      rateLimit: options.rateLimit,
      adminToken,
      oidc,
      publicUrl: options.publicUrl,
      knownItems,
      clientAddress,
    });
    if (oidc) {
      // Checked now so a mistake shows at start; sign-in tries again if the provider was down.
      await oidc.discover().then(
        () => log(`map-embed collect: admins sign in through ${options.oidc!.issuer} (back to ${oidc.redirectUri})`),
        (error: Error) => log(`map-embed collect: the identity provider ${options.oidc!.issuer} does not answer yet (${error.message}); sign-in will try again`),
      );
    }
    if (knownItems) log(`map-embed collect: taking ratings and bookmarks for the ${knownItems.size} item(s) in ${options.items}`);

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
      adminToken || oidc
        ? `map-embed collect: admin dashboard at ${url}/admin and CSV exports under ${url}/admin/export/ (${oidc ? 'organisation sign-in' : ''}${oidc && adminToken ? ' or ' : ''}${adminToken ? 'MAP_EMBED_ADMIN_TOKEN' : ''})`
        : 'map-embed collect: admin routes (dashboard, CSV exports) are off: set MAP_EMBED_ADMIN_TOKEN or --oidc-issuer to turn them on',
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
