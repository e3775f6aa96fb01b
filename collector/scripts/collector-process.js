// Starts the collector (`map-embed-collector`, what `map-embed collect` hands over to) from source
// (through tsx) as a real process and waits until its log says where it listens. Shared by the
// collector's Node tests (test/helpers.ts), its load test (scripts/bench.js) and the library's
// browser tests' plugin (test/server/collector-plugin.js at the repository root).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const collectorRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * `args` are the collector's options (give `--port`); `env` is added to this process's environment.
 * `onSpawn` sees the child at once, so a caller can kill one that is still starting.
 */
export function startCollectorProcess(args, { env = {}, timeoutMs = 150_000, onSpawn } = {}) {
  const child = spawn(process.execPath, ['--conditions=map-embed-source', '--import', 'tsx', 'bin/map-embed-collector.js', ...args], {
    cwd: collectorRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onSpawn?.(child);
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the collector did not start within ${timeoutMs} ms:\n${output || '(no output)'}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => output, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the collector exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}
