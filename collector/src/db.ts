/**
 * The collector's database: an embedded PostgreSQL (PGlite) in a folder, or a PostgreSQL server
 * through `DATABASE_URL`. Both take the same SQL with `$1`-style parameters; each write is one
 * statement, so it is committed (and on disk) before the statement returns.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

export interface Database {
  /** `pglite` (embedded, in a folder) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is, for the start-up log (a folder, or the server without its password). */
  readonly where: string;
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters) in one transaction. */
  script(sql: string): Promise<void>;
  close(): Promise<void>;
}

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
      async script(text: string) {
        // Several statements need the simple protocol, which takes no parameters.
        await sql.begin((tx) => tx.unsafe(text).simple());
      },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    where: dataDir,
    async query<T extends Row>(text: string, params: unknown[] = []) {
      return (await pg.query<T>(text, params)).rows;
    },
    async script(text: string) {
      await pg.transaction(async (tx) => {
        await tx.exec(text);
      });
    },
    close: () => pg.close(),
  };
}
