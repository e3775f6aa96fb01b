/**
 * One collector per data folder. PGlite is a single-process database: two processes writing one
 * folder lose acknowledged rows and can leave it unreadable. So, as PostgreSQL does with
 * `postmaster.pid`, the collector creates a lock file (exclusively) before it opens the database,
 * and a second process refuses to start, naming the folder and the process that holds it.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'map-embed-collector.lock';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

export class DataFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly holder: Holder,
  ) {
    super(
      `the data folder ${folder} is in use by another collector (process ${holder.pid} on ${holder.host}, started ${holder.startedAt}). ` +
        `Stop that process, or give this one another --data folder. If no collector is running, delete ${join(folder, LOCK_FILE)}.`,
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as Holder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the folder's lock, or throws {@link DataFolderInUse}. A lock left by a process that no
 * longer runs on this machine (a `kill -9`, a power cut) is taken over. Resolves to the release.
 */
export async function lockDataFolder(folder: string): Promise<() => Promise<void>> {
  const path = join(folder, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx', 0o600);
      try {
        await file.writeFile(JSON.stringify(mine));
        await file.sync();
      } finally {
        await file.close();
      }
      return async () => {
        const holder = await readHolder(path);
        if (holder?.pid === mine.pid && holder.startedAt === mine.startedAt) await unlink(path).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(path);
    if (holder && (holder.host !== mine.host || alive(holder.pid))) throw new DataFolderInUse(folder, holder);
    // Stale (or unreadable, from a crash while it was written): move it aside, then try again, so
    // two processes taking over at once still end with one lock (the other sees EEXIST).
    await rename(path, `${path}.stale-${process.pid}`).then(
      () => unlink(`${path}.stale-${process.pid}`),
      () => {},
    );
  }
  throw new Error(`could not take the lock ${path}; another collector is starting on the same folder.`);
}
