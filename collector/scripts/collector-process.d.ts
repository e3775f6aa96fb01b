import type { ChildProcess } from 'node:child_process';

export interface CollectorProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process has logged so far. */
  output: () => string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCollectorProcess(
  args: string[],
  options?: { env?: Record<string, string | undefined>; timeoutMs?: number; onSpawn?: (child: ChildProcess) => void },
): Promise<CollectorProcess>;
