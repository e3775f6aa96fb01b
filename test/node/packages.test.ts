/**
 * The two packages: the library (`map-embed`, this folder) installs only what runs in a visitor's
 * browser; the collector (`map-embed-collector`, collector/) carries the server. The size of an
 * install is checked after the build by scripts/install-size.js.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dependencyTree, packList } from '../../scripts/install-size.js';

interface Manifest {
  name: string;
  bin?: Record<string, string>;
  workspaces?: string[];
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Manifest;
const library = read('package.json');
const collector = read('collector/package.json');

/** Packages only a server needs: none may reach a site that installs the library. */
const SERVER_ONLY = /^(hono|@hono\/.*|@electric-sql\/.*|postgres|uplot|map-embed-collector)$/;

describe('the library package (map-embed)', () => {
  it('depends only on what runs in a browser; React bindings are an optional peer', () => {
    assert.deepEqual(Object.keys(library.dependencies ?? {}).sort(), ['@lit/context', '@lit/task', 'lit', 'valibot']);
    assert.ok(library.peerDependencies?.['@lit/react']);
    assert.equal(library.peerDependenciesMeta?.['@lit/react']?.optional, true);
    assert.deepEqual(library.workspaces, ['.', 'collector']);
  });

  it('brings no server package, however deep', () => {
    const names = [...dependencyTree().values()];
    assert.ok(names.includes('lit'));
    assert.deepEqual(names.filter((name) => SERVER_ONLY.test(name)), []);
  });

  it('packs no server code', () => {
    const { files } = packList();
    assert.ok(files.includes('bin/map-embed.js'));
    assert.deepEqual(files.filter((file) => /^(src|collector|test|scripts)\//.test(file) || /\bcollect(or)?\b/i.test(file)), []);
    // What is built (after npm run build) imports no server package.
    const imports = /(?:from\s*|import\s*\(\s*)['"]((?:@[^/'"]+\/)?[^/'"]+)/g;
    for (const file of files.filter((f) => /\.js$/.test(f) && existsSync(new URL(`../../${f}`, import.meta.url)))) {
      const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      for (const [, name] of code.matchAll(imports)) assert.doesNotMatch(name!, SERVER_ONLY, `${file} imports ${name}`);
    }
  });

  it('exports the submission contract', () => {
    assert.deepEqual(library.exports['./contract'], {
      'map-embed-source': './src/contract.ts',
      types: './dist/lib/contract.d.ts',
      default: './dist/lib/contract.js',
    });
  });
});

describe('the collector package (map-embed-collector)', () => {
  it('has its own bin and the server dependencies, the library among them, released at one version with it', () => {
    assert.equal(collector.name, 'map-embed-collector');
    assert.equal(collector.bin?.['map-embed-collector'], 'bin/map-embed-collector.js');
    for (const name of ['hono', '@hono/node-server', '@hono/valibot-validator', '@electric-sql/pglite', 'postgres', 'uplot', 'valibot']) {
      assert.ok(collector.dependencies?.[name], name);
    }
    assert.ok(collector.dependencies?.['map-embed']);
    const changesets = JSON.parse(readFileSync(new URL('../../.changeset/config.json', import.meta.url), 'utf8')) as { fixed: string[][] };
    assert.ok(changesets.fixed.some((group) => group.includes('map-embed') && group.includes('map-embed-collector')));
  });
});
