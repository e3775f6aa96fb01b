/**
 * The collector's database: an embedded PostgreSQL (PGlite) in a folder, or a PostgreSQL server
 * through `DATABASE_URL`. Both take the same SQL with `$1`-style parameters; each write is one
 * statement, committed and flushed to disk before {@link Database.write} resolves.
 */
import { access, constants, mkdir, open, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { lockDataFolder } from './data-lock.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

export interface Database {
  /** `pglite` (embedded, in a folder) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is, for the start-up log (a folder, or the server without its password). */
  readonly where: string;
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement that changes data; resolves once the change is committed and on disk. */
  write<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters) in one transaction. */
  script(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** One item's rating counts in `item_counts` column order, each negated when `sign` is '-'. */
const countColumns = (sign: '' | '-') =>
  [
    'count(*)',
    'count(stars)',
    'coalesce(sum(stars), 0)',
    ...[1, 2, 3, 4, 5].map((n) => `count(*) FILTER (WHERE stars = ${n})`),
    'count(*) FILTER (WHERE useful)',
    'count(*) FILTER (WHERE NOT useful)',
  ]
    .map((column) => sign + column)
    .join(', ');

const COUNTED = ['count', 'stars_count', 'stars_sum', 's1', 's2', 's3', 's4', 's5', 'yes', 'no'];

/** Adds (or with '-' takes away) the counts of a trigger's transition table to `item_counts`. */
const addCounts = (rows: 'old_rows' | 'new_rows', sign: '' | '-') =>
  `INSERT INTO item_counts AS c SELECT item_id, ${countColumns(sign)} FROM ${rows} GROUP BY item_id ORDER BY item_id
       ON CONFLICT (item_id) DO UPDATE SET ${COUNTED.map((column) => `${column} = c.${column} + excluded.${column}`).join(', ')};`;

/** Each migration runs once, in order, inside a transaction, recorded in `schema_migrations`. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE ratings (
     submission_id uuid PRIMARY KEY,
     item_id text NOT NULL,
     stars smallint CHECK (stars BETWEEN 1 AND 5),
     useful boolean,
     comment text,
     page_url text,
     submitted_at timestamptz,
     received_at timestamptz NOT NULL DEFAULT now(),
     CHECK ((stars IS NULL) <> (useful IS NULL))
   );
   CREATE INDEX ratings_item ON ratings (item_id, received_at);
   CREATE INDEX ratings_received ON ratings (received_at);
   CREATE TABLE bookmark_changes (
     submission_id uuid PRIMARY KEY,
     item_id text NOT NULL,
     bookmarked boolean NOT NULL,
     changed_at timestamptz NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE bookmark_items (
     item_id text PRIMARY KEY,
     title text NOT NULL,
     url text NOT NULL,
     saves integer NOT NULL DEFAULT 0,
     removals integer NOT NULL DEFAULT 0,
     last_changed_at timestamptz NOT NULL
   );`,
  `CREATE TABLE admin_audit (
     at timestamptz NOT NULL DEFAULT now(),
     actor text NOT NULL,
     action text NOT NULL,
     detail text NOT NULL
   );
   CREATE TABLE collector_health (id integer PRIMARY KEY, checked_at timestamptz NOT NULL);
   INSERT INTO collector_health VALUES (1, now());`,
  // Each item's rating counts, kept by triggers in the same transaction as every insert, update
  // or delete of ratings (a re-sent rating inserts nothing, so counts nothing), so the dashboard
  // reads one small row per item instead of aggregating the whole ratings table on every view.
  `CREATE TABLE item_counts (
     item_id text PRIMARY KEY,
     count integer NOT NULL,
     stars_count integer NOT NULL,
     stars_sum bigint NOT NULL,
     s1 integer NOT NULL, s2 integer NOT NULL, s3 integer NOT NULL, s4 integer NOT NULL, s5 integer NOT NULL,
     yes integer NOT NULL,
     no integer NOT NULL
   );
   CREATE INDEX item_counts_order ON item_counts (count DESC, item_id);
   CREATE FUNCTION count_ratings() RETURNS trigger LANGUAGE plpgsql AS $fn$
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN
       ${addCounts('old_rows', '-')}
     END IF;
     IF TG_OP IN ('INSERT', 'UPDATE') THEN
       ${addCounts('new_rows', '')}
     END IF;
     IF TG_OP IN ('UPDATE', 'DELETE') THEN
       DELETE FROM item_counts WHERE count <= 0 AND item_id IN (SELECT item_id FROM old_rows);
     END IF;
     RETURN NULL;
   END
   $fn$;
   CREATE TRIGGER ratings_counted_insert AFTER INSERT ON ratings REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION count_ratings();
   CREATE TRIGGER ratings_counted_update AFTER UPDATE ON ratings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION count_ratings();
   CREATE TRIGGER ratings_counted_delete AFTER DELETE ON ratings REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION count_ratings();
   INSERT INTO item_counts SELECT item_id, ${countColumns('')} FROM ratings GROUP BY item_id;`,
];

export async function migrate(db: Database): Promise<number> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set(
    (await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)),
  );
  let applied = 0;
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (done.has(version)) continue;
    await db.script(`${sql};\nINSERT INTO schema_migrations (version) VALUES (${version});`);
    applied++;
  }
  return applied;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the PostgreSQL server in DATABASE_URL';
  }
}

/** A start-up problem the person running the collector can fix, said in their terms. */
export class UnusableDataFolder extends Error {}

const REASONS: Record<string, string> = {
  EACCES: 'this user may not write there',
  EPERM: 'this user may not write there',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'a file (not a folder) is in the way',
  EEXIST: 'a file (not a folder) is in the way',
  ENOSPC: 'the disk is full',
};

/** Creates the folder if need be and checks this process can write it, or says why not. */
async function usableFolder(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    if (!(await stat(dataDir)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    await access(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error as Error).message;
    throw new UnusableDataFolder(
      `the data folder ${dataDir} cannot be used: ${reason}${code ? ` (${code})` : ''}. Give --data a folder this user can write, or set DATABASE_URL.`,
    );
  }
}

/**
 * PGlite's start-up options: fsync on (PGlite's default, `-F`, turns it off), and 16 MB of shared
 * buffers instead of 128 MB, which brings an idle collector from about 800 MB to under 200 MB.
 */
async function pgliteStartParams(): Promise<string[]> {
  const { PGlite } = await import('@electric-sql/pglite');
  return [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'shared_buffers=16MB', '-c', 'work_mem=2MB'];
}

/**
 * PGlite runs PostgreSQL in WebAssembly, where the file system's fsync does nothing; so after each
 * write the collector flushes the write-ahead log segment it went to from Node (and the pg_wal
 * folder when a new segment starts). Concurrent writers share one flush.
 */
function walFlusher(dataDir: string, currentSegment: () => Promise<string>): () => Promise<void> {
  const walDir = join(dataDir, 'pg_wal');
  let last: string | undefined;
  const sync = async (path: string, data: boolean) => {
    const file = await open(path, 'r');
    try {
      await (data ? file.datasync() : file.sync());
    } finally {
      await file.close();
    }
  };
  const flush = async () => {
    const segment = await currentSegment();
    const segments = last && last !== segment ? [last, segment] : [segment];
    for (const name of segments) await sync(join(walDir, name), true);
    if (segment !== last) await sync(walDir, false);
    last = segment;
  };
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  return () => {
    if (!running) {
      running = flush().finally(() => (running = undefined));
      return running;
    }
    // A flush is under way and may have started before this caller's commit: wait for the next.
    return (next ??= running
      .catch(() => {})
      .then(() => {
        next = undefined;
        running = flush().finally(() => (running = undefined));
        return running;
      }));
  };
}

/** Opens PGlite under `dataDir`, or the server at `databaseUrl` when one is given. */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string }): Promise<Database> {
  if (options.databaseUrl) {
    const { default: postgres } = await import('postgres');
    const sql = postgres(options.databaseUrl, { max: 10, onnotice: () => {}, connect_timeout: 10 });
    return {
      kind: 'postgres',
      where: redact(options.databaseUrl),
      async query<T extends Row>(text: string, params: unknown[] = []) {
        return [...(await sql.unsafe(text, params as never[]))] as unknown as T[];
      },
      // The server commits with its own fsync (synchronous_commit on, its default).
      async write<T extends Row>(text: string, params: unknown[] = []) {
        return [...(await sql.unsafe(text, params as never[]))] as unknown as T[];
      },
      async script(text: string) {
        // Several statements need the simple protocol, which takes no parameters.
        await sql.begin((tx) => tx.unsafe(text).simple());
      },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = resolve(options.dataDir);
  await usableFolder(dataDir);
  const unlock = await lockDataFolder(dataDir);
  let pg: import('@electric-sql/pglite').PGlite;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const options = { startParams: await pgliteStartParams() };
    const fresh = !(await stat(join(dataDir, 'PG_VERSION')).catch(() => undefined));
    pg = await PGlite.create(dataDir, options);
    if (fresh) {
      // Creating the database (initdb) grows PGlite's heap to several hundred MB, which a running
      // instance never gives back; a second instance on the created folder starts small.
      await pg.close();
      pg = await PGlite.create(dataDir, options);
    }
  } catch (error) {
    await unlock();
    throw new UnusableDataFolder(
      `the embedded database in ${dataDir} could not be opened (${(error as Error)?.message || String(error)}). ` +
        'Is it a folder another program or PostgreSQL version wrote? Restore it from a backup, or give another --data folder.',
    );
  }
  const flush = walFlusher(dataDir, async () => {
    const [row] = (await pg.query<{ segment: string }>('SELECT pg_walfile_name(pg_current_wal_flush_lsn()) AS segment')).rows;
    return row!.segment;
  });
  return {
    kind: 'pglite',
    where: dataDir,
    async query<T extends Row>(text: string, params: unknown[] = []) {
      return (await pg.query<T>(text, params)).rows;
    },
    async write<T extends Row>(text: string, params: unknown[] = []) {
      const rows = (await pg.query<T>(text, params)).rows;
      await flush();
      return rows;
    },
    async script(text: string) {
      await pg.transaction(async (tx) => {
        await tx.exec(text);
      });
      await flush();
    },
    async close() {
      try {
        await pg.close();
      } finally {
        await unlock();
      }
    },
  };
}
