// Test-runner commands that run the real collector (`map-embed collect`, embedded PGlite in a
// temporary folder) for browser tests, through executeServerCommand:
//   map-collector-start { origin, id? } → { id }   (with id: restart on the same data and port)
//   map-collector-ready { id }          → { state: 'starting' | 'ready' | 'failed', url?, error? }
//   map-collector-stop  { id }          → true           (SIGKILL: the server vanishes mid-flight)
// Every collector is killed and its folder deleted when the test run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollectorProcess } from '../../collector/scripts/collector-process.js';

/** Every collector process started, so none outlives the test run, even one still starting. */
const children = new Set();

function launch({ dataDir, port, origin }) {
  return startCollectorProcess(['--port', String(port), '--data', dataDir, '--allow-origin', origin, '--rate-limit', '0'], {
    env: { DATABASE_URL: '' },
    onSpawn: (child) => {
      children.add(child);
      child.once('exit', () => children.delete(child));
    },
  });
}

export function collectorPlugin() {
  const collectors = new Map();
  let next = 0;
  return {
    name: 'map-collector',
    async executeCommand({ command, payload }) {
      if (command === 'map-collector-start') {
        // Starting can take longer than a command may (20 s) on a busy machine: this returns at
        // once, and map-collector-ready answers once it listens.
        const known = payload?.id !== undefined ? collectors.get(payload.id) : undefined;
        const id = known ? payload.id : `c${++next}`;
        const dataDir = known?.dataDir ?? mkdtempSync(join(tmpdir(), 'map-embed-wtr-collector-'));
        const port = known ? new URL(known.url).port : 0;
        const entry = { dataDir, url: known?.url, state: 'starting' };
        collectors.set(id, entry);
        launch({ dataDir, port, origin: payload.origin }).then(
          (running) => Object.assign(entry, running, { state: 'ready' }),
          (error) => Object.assign(entry, { state: 'failed', error: error.message }),
        );
        return { id };
      }
      if (command === 'map-collector-ready') {
        const entry = collectors.get(payload.id);
        if (!entry) return { state: 'failed', error: `no collector ${payload.id}` };
        return { state: entry.state, url: entry.url, error: entry.error };
      }
      if (command === 'map-collector-stop') {
        const collector = collectors.get(payload.id);
        if (!collector?.child) return false;
        collector.child.kill('SIGKILL');
        await collector.exited;
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all(
        [...children].map((child) => {
          const gone = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGKILL');
          return child.exitCode === null && child.signalCode === null ? gone : undefined;
        }),
      );
      for (const { dataDir } of collectors.values()) rmSync(dataDir, { recursive: true, force: true });
      collectors.clear();
    },
  };
}
