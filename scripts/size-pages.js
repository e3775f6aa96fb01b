#!/usr/bin/env node
// The drop-in script's budgets, part of `npm run size` (after size-limit, which checks the bundler
// entries, see .size-limit.js): what a page downloads, file by file as the server sends them, each
// gzipped at level 9 on its own (as @size-limit/file measures; kB = 1000 bytes): the loader,
// dist/map-embed.js, plus the chunks it imports for the page's tags, or plus the single file when
// it takes that instead, decided as the loader decides (src/loader/loader.ts: the single file
// when the chunks together would weigh more). Which chunks each tag needs comes from Vite's build
// manifest of the loader build (LOADER_MANIFEST, scripts/elements.js); the limits and the issues'
// targets from size-budgets.json. Run after `npm run build`; exits 1 when a limit is passed.
import { existsSync, readFileSync } from 'node:fs';
import { elementNames, gzipSize, LOADER_MANIFEST, root } from './elements.js';

const dist = `${root}dist`;
const manifestPath = `${dist}/${LOADER_MANIFEST}`;
const { limits: LIMITS, targets: TARGETS } = JSON.parse(readFileSync(`${root}size-budgets.json`, 'utf8')).pages;

if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` before \`npm run size\`.`);

/** Vite's manifest: source id → { file, name, isEntry, imports (ids of the chunks it imports) }. */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const chunks = Object.values(manifest);
const entryNamed = (name) => {
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === name);
  if (!entry) throw new Error(`the loader build's manifest has no entry "${name}": run \`npm run build\`.`);
  return entry;
};
const LOADER = entryNamed('map-embed').file;
const SINGLE = 'map-embed.all.js';

/** `chunk`'s file and those of every chunk it imports, directly or not. */
function closure(chunk, into = new Set()) {
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const id of chunk.imports ?? []) closure(manifest[id], into);
  return into;
}

const gzipped = (file) => gzipSize(readFileSync(`${dist}/${file}`));

/** The files a page with `tags` downloads, as the loader picks them. */
function pageFiles(tags) {
  const needed = [...new Set(tags.flatMap((tag) => [...closure(entryNamed(tag.replace(/^map-/, '')))]))];
  const weight = needed.reduce((sum, file) => sum + gzipped(file), 0);
  return [LOADER, ...(weight > gzipped(SINGLE) ? [SINGLE] : needed)];
}

const tags = elementNames().map((name) => `map-${name}`);
const rows = [
  ['dist/map-embed.js, the loader alone', [LOADER], LIMITS.loader, TARGETS.loader],
  ['a page with one <map-role-card>', pageFiles(['map-role-card']), LIMITS['map-role-card'], TARGETS['map-role-card']],
  [`a page with all ${tags.length} elements`, pageFiles(tags), LIMITS.all, TARGETS.all],
  ...tags
    .filter((tag) => tag !== 'map-role-card')
    .map((tag) => [`a page with <${tag}>`, pageFiles([tag]), LIMITS[tag] ?? 0, undefined]),
  ['dist/map-embed.all.js, the single file', [SINGLE], LIMITS.single, undefined],
];

let failed = 0;
const lines = rows.map(([what, list, limit, target]) => {
  const size = list.reduce((sum, file) => sum + gzipped(file), 0) / 1000;
  const over = !(size <= limit);
  if (over) failed++;
  const names = list.map((file) => (file === LOADER ? 'loader' : file === SINGLE ? 'all' : chunks.find((chunk) => chunk.file === file).name));
  return [
    what,
    `${size.toFixed(2)} kB`,
    `${limit} kB`,
    target ? `${target} kB${size <= target ? ' (met)' : ' (not met)'}` : '',
    over ? 'OVER' : 'ok',
    names.join(' + '),
  ];
});
const header = ['Drop-in page (gzip -9, file by file)', 'Size', 'Limit', 'Issue target', 'Result', 'Files'];
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
const format = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
console.log([format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n'));
if (failed) {
  console.error(`\n${failed} drop-in page${failed > 1 ? 's are' : ' is'} over the limit (scripts/size-pages.js).`);
  process.exit(1);
}
