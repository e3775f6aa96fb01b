#!/usr/bin/env node
// Issue 16's budgets for the drop-in script, part of `npm run size` (after size-limit, which checks
// the bundler entries, see .size-limit.js): what a page downloads, file by file as the server sends
// them, each gzipped at level 9 on its own (as @size-limit/file measures; kB = 1000 bytes): the
// loader, dist/map-embed.js, plus the chunks it imports for the page's tags, or plus the single
// file when it takes that instead, decided as the loader decides, from the sizes the build wrote
// into it (src/loader/loader.ts). Run after `npm run build`; exits 1 when a limit is passed.
//
// Each limit is the size reached plus about 0.3 kB, rounded up to the next 0.5 kB, so growth fails
// here and has to be argued for; each row names the target where it has one.
import { existsSync, readFileSync } from 'node:fs';
import { elementNames, gzipSize, root } from './elements.js';

const dist = `${root}dist`;

const TARGETS = { loader: '2 kB', oneCard: '15 kB', allElements: '28 kB' };

/**
 * A page "with <x>" has that element alone (with no <map-feed>: the sample feed). Measured on main
 * at 05:00 UTC on 30 Nov 2026, once the RSS/Atom reader and JSON error locator were loaded only
 * when a feed needs them (about 2.6 kB off every page), and a Terser pass followed Vite's
 * minifier (vite.config.ts); each limit is about 0.3-0.7 kB above its figure.
 * Raised on 6 Dec 2026 (issue 26): every page +0.41 kB (a feed's bytes decoded by their declared
 * encoding; fetched feeds checked in slices), and the single file +1.75 kB, which holds the RSS/Atom
 * reader (2.59 → 4.04 kB on its own: RSS 1.0, Atom 0.3, declared encodings, CMS dates, slices).
 */
const LIMITS = {
  loader: 2, // 1.19 kB: the budget, met
  'map-role-card': 24.5, // 24.09 kB (issue target 15 kB: not met)
  all: 48.5, // 48.29 kB (the loader takes the single file here; issue target 28 kB: not met)
  'map-bookmark-button': 32.5, // 32.04 kB
  'map-bookmark-list': 32.5, // 32.04 kB
  'map-case-study-carousel': 28.5, // 28.23 kB
  'map-feed': 23.5, // 23.09 kB
  'map-news-list': 26, // 25.76 kB
  'map-rating-widget': 37.5, // 37.23 kB
  single: 47.5, // 47.10 kB
};

if (!existsSync(`${dist}/map-embed.js`)) throw new Error('dist/map-embed.js is missing: run `npm run build` before `npm run size`.');

/** What the build wrote into the loader: chunk files, their gzipped sizes, each tag's chunks, the single file. */
const loader = readFileSync(`${dist}/map-embed.js`, 'utf8');
const json = /\{"files":\[.*?\],"sizes":.*?"all":\["[^"]+",\d+\]\}/.exec(loader)?.[0];
if (!json) throw new Error('dist/map-embed.js has no chunk map: is it the loader? Run `npm run build`.');
const { files, sizes, tags: chunks, all } = JSON.parse(json);

const gzipped = (file) => gzipSize(readFileSync(`${dist}/${file}`));

/** The files a page with `tags` downloads, as the loader picks them. */
function pageFiles(tags) {
  const needed = [...new Set(tags.flatMap((tag) => chunks[tag]))];
  const weight = needed.reduce((sum, index) => sum + sizes[index], 0);
  const picked = weight > all[1] ? [all[0]] : needed.map((index) => files[index]);
  return ['map-embed.js', ...picked.map((file) => file.replace(/^\.\//, ''))];
}

const tags = elementNames().map((name) => `map-${name}`);
const rows = [
  ['dist/map-embed.js, the loader alone', ['map-embed.js'], LIMITS.loader, TARGETS.loader],
  ['a page with one <map-role-card>', pageFiles(['map-role-card']), LIMITS['map-role-card'], TARGETS.oneCard],
  ['a page with all seven elements', pageFiles(tags), LIMITS.all, TARGETS.allElements],
  ...tags
    .filter((tag) => tag !== 'map-role-card')
    .map((tag) => [`a page with <${tag}>`, pageFiles([tag]), LIMITS[tag] ?? 0, undefined]),
  ['dist/map-embed.all.js, the single file', ['map-embed.all.js'], LIMITS.single, undefined],
];

let failed = 0;
const lines = rows.map(([what, list, limit, target]) => {
  const size = list.reduce((sum, file) => sum + gzipped(file), 0) / 1000;
  const over = !(size <= limit);
  if (over) failed++;
  const names = list.map((file) =>
    file === 'map-embed.js' ? 'loader' : file.replace(/-[\w-]{8}\.js$/, '').replace(/^map-embed\./, '').replace(/\.js$/, ''),
  );
  return [
    what,
    `${size.toFixed(2)} kB`,
    `${limit} kB`,
    target ? `${target}${size <= parseFloat(target) ? ' (met)' : ' (not met)'}` : '',
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
