/**
 * The rooms' rules (docs/architecture.md), checked on the source: no module under src/ longer
 * than 400 lines, and nothing under src/storage/ importing from src/elements/ or src/delivery/
 * (storage is the bottom room; sending and elements build on it, never the other way).
 * Test files and stories are not modules the library ships and are not counted.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const MAX_LINES = 400;

const modules = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.tsx?$/.test(path) && !/\.(test|stories)\.tsx?$/.test(path))
  .map((path) => path.replaceAll('\\', '/'))
  .sort();

const lines = (path: string) => readFileSync(`${src}${path}`, 'utf8').split('\n').length - 1;
/** The module specifiers a file imports or re-exports (static and dynamic). */
const imports = (path: string) =>
  [...readFileSync(`${src}${path}`, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]!);

describe('source layout', () => {
  it('finds the modules', () => {
    assert.ok(modules.includes('storage/store.ts') && modules.length > 50, modules.join(', '));
  });

  it(`no module under src/ is longer than ${MAX_LINES} lines`, () => {
    const long = modules.map((path) => [path, lines(path)] as const).filter(([, n]) => n > MAX_LINES);
    assert.deepEqual(long, [], long.map(([path, n]) => `src/${path}: ${n} lines`).join('\n'));
  });

  it('nothing under src/storage/ imports from src/elements/ or src/delivery/', () => {
    const wrong = modules
      .filter((path) => path.startsWith('storage/'))
      .flatMap((path) => imports(path).filter((spec) => /^\.\.\/(elements|delivery)\//.test(spec)).map((spec) => `src/${path} → ${spec}`));
    assert.deepEqual(wrong, []);
  });
});
