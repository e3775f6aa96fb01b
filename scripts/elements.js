// The package's elements: every src/elements/<name>/ with a define.ts. The build, the bundle's
// entry and the size budgets all read this, so a new element needs no edits elsewhere.
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Vite's manifest of the loader build (under dist/): which chunks each element's entry imports. */
export const LOADER_MANIFEST = '.vite/loader-manifest.json';

/** Bytes after gzip at level 9: how every size in the build, the budgets and the loader's choice is measured. */
export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

export function elementNames() {
  return readdirSync(`${root}src/elements`)
    .filter((name) => existsSync(`${root}src/elements/${name}/define.ts`))
    .sort();
}
