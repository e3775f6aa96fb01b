/**
 * Shared by the collector's Node tests and its load test: a fresh database of either kind, and
 * the collector started as a real process (`map-embed collect`) whose address is read from its log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

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

export interface CollectorProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `map-embed collect` (from source, through tsx) and waits until it listens. */
export function startCollectorProcess(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 150_000): Promise<CollectorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', 'collect', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`collector did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, output: () => output, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`collector exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
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
