#!/usr/bin/env node
// `node scripts/install-size.js`: what `npm install map-embed` puts in an empty project's
// node_modules, against its budget. Run after `npm run build` (part of `npm test`).
//
// Without network: the package as `npm pack` would pack it (its unpacked size), plus every
// package its `dependencies` (and their dependencies and required peers) bring, measured in this
// repository's node_modules, each counted once. `--install` measures it for real instead: packs
// the package, installs the tarball into an empty temporary project from the registry, and
// measures that node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The budget for an install into an empty project, in bytes (apparent size, as `du -sb`). */
export const INSTALL_BUDGET = 12_000_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Every file's size under `dir`, added up (symbolic links not followed). */
export function folderSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return total;
}

/** `npm pack --dry-run` of the repository root: the files and their unpacked size. */
export function packList() {
  const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return { files: pack.files.map((file) => file.path), unpackedSize: pack.unpackedSize };
}

/** Where Node would find `name` from the package in `from`: its own node_modules, then each one above. */
function packageDir(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} (needed by ${from}) is not installed; run npm ci`);
  }
}

/** The packages an install of the root's `dependencies` brings: name → folder. */
export function dependencyTree() {
  const found = new Map();
  const visit = (pkgDir) => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const optionalPeers = new Set(Object.entries(pkg.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([name]) => name));
    const peers = Object.keys(pkg.peerDependencies ?? {}).filter((name) => !optionalPeers.has(name));
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...peers]) {
      const dir = packageDir(name, pkgDir);
      if (found.has(dir)) continue;
      found.set(dir, name);
      visit(dir);
    }
  };
  visit(root.replace(/[\\/]$/, ''));
  return found;
}

/** The estimate without network: the packed package plus its dependency tree. */
export function estimate() {
  const packages = [...dependencyTree()].map(([dir, name]) => ({ name, bytes: folderSize(dir) }));
  const self = packList().unpackedSize;
  return { total: self + packages.reduce((sum, p) => sum + p.bytes, 0), self, packages };
}

/** The real thing: pack, install the tarball into an empty project, measure its node_modules. */
function install() {
  const dir = mkdtempSync(join(tmpdir(), 'map-embed-install-size-'));
  try {
    const [pack] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "empty-project", "private": true }\n');
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, pack.filename)], { cwd: project, stdio: 'inherit' });
    return folderSize(join(project, 'node_modules'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (!existsSync(join(root, 'dist', 'lib', 'index.js'))) {
    console.error('install-size: dist/ is not built; run `npm run build` first.');
    process.exit(1);
  }
  let total;
  if (process.argv.includes('--install')) {
    total = install();
    console.log(`npm install map-embed into an empty project: node_modules ${mb(total)} (budget ${mb(INSTALL_BUDGET)})`);
  } else {
    const result = estimate();
    total = result.total;
    console.log(`npm install map-embed, estimated: ${mb(total)} (budget ${mb(INSTALL_BUDGET)}): map-embed itself ${mb(result.self)}, then`);
    for (const { name, bytes } of result.packages.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${name.padEnd(28)} ${mb(bytes)}`);
  }
  if (total > INSTALL_BUDGET) {
    console.error(`install-size: over the budget by ${mb(total - INSTALL_BUDGET)}: the library's dependencies must be only what runs in a browser.`);
    process.exitCode = 1;
  }
}
