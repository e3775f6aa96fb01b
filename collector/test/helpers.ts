/**
 * Shared by the collector's Node tests and its load test: a fresh database of either kind, and
 * the collector started as a real process (`map-embed collect`) whose address is read from its log.
 */
import { randomUUID } from 'node:crypto';
import { startCollectorProcess as startProcess, type CollectorProcess } from '../scripts/collector-process.js';

/**
 * A new, empty database on the PostgreSQL server in `DATABASE_URL` (never the one it names, so
 * the tests cannot touch real data), and a function that drops it again.
 */
export async function freshPostgresDatabase(databaseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import('postgres');
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const name = `map_embed_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
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
