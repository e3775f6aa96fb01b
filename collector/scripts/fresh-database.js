// A new, empty database on a PostgreSQL server, for the collector's tests and load test: never the
// database the URL names, so they cannot touch real data.
import { randomUUID } from 'node:crypto';

/** Creates `<prefix>_<random>` on the server at `databaseUrl`; resolves to its URL and a drop(). */
export async function freshPostgresDatabase(databaseUrl, prefix = 'map_embed_test') {
  const { default: postgres } = await import('postgres');
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
