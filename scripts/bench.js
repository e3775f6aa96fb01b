#!/usr/bin/env node
// `npm run bench`: measures the built drop-in files (the loader dist/map-embed.js, the single file
// dist/map-embed.all.js) in headless Chromium against the
// budgets in bench/README.md, prints a table, writes bench/results.json, and exits 1 when a budget is
// missed. Builds first when dist/ is missing or older than src/. Pages and in-page code are in
// bench/; BENCH_SAMPLES scales how many samples each figure takes (default 1). `--check` is how
// `npm test` runs it: bench/results.json is left alone, and a timing over budget is measured up to
// twice more before it fails the run (see main()).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { updateBenchReadme } from './bench-report.js';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../bench/server.js';
import { CHROMIUM_ARGS, chromiumPath, HOW_TO_INSTALL } from './browser-path.js';
import { gzipSize } from './elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scale = Number(process.env.BENCH_SAMPLES ?? 1) || 1;

// The news list against a hand-written list (bench/README.md, "Where the news list's time goes").
// Both measure 1.02-1.08x on an idle machine since the list draws its items as keyed nodes; 1.15x
// leaves room for a busy CI machine (with the three-misses rule below) and still shows a
// regression as large as the per-item template instances it replaced (1.12-1.23x).
const FIRST_RENDER_BUDGET = 1.15;
const FILTER_CHANGE_BUDGET = 1.15;
const samples = (n) => Math.max(3, Math.round(n * scale));
const check = process.argv.includes('--check');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!/\.(test|stories)\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const bundle = `${root}dist/map-embed.js`;
  const feed = `${root}dist/feed/maps.json`;
  const single = `${root}dist/map-embed.all.js`;
  if (existsSync(bundle) && existsSync(single) && existsSync(feed) && statSync(bundle).mtimeMs >= newestMtime(`${root}src`)) return;
  console.log('dist/ is missing or older than src/: running npm run build first.');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function machine(browserVersion) {
  let model = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  try {
    const lscpu = execFileSync('lscpu', { encoding: 'utf8' });
    model = /^Model name:\s*(.+)$/m.exec(lscpu)?.[1]?.trim() ?? model;
  } catch {
    // No lscpu (macOS): os.cpus() named the model.
  }
  return { cpus: cpus().length, cpu: model, browser: `Chromium ${browserVersion}`, node: process.version, platform: `${process.platform} ${process.arch}` };
}

async function newPage(browser, origin, path, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

async function newsFigures(browser, origin) {
  const { page, problems } = await newPage(browser, origin, '/bench/page.html');
  await page.waitForFunction(() => window.bench?.ready);
  if (!(await page.evaluate(() => crossOriginIsolated))) {
    problems.push('the benchmark page is not cross-origin isolated, so its timers tick in 100 µs steps');
  }
  const run = async (fn, count) => {
    await page.evaluate((name) => window.bench[name](true), fn);
    const results = [];
    for (let i = 0; i < count; i++) results.push(await page.evaluate(([name, first]) => window.bench[name](first), [fn, i % 2 === 0]));
    return results;
  };
  const first = await run('newsFirstRenderSample', samples(15));
  // A filter change takes about 6 ms, so one busy moment moves a pair's ratio by a tenth or more;
  // with 21 pairs the median ranged from 1.00x to 1.09x over five runs of the same code.
  const filter = await run('newsFilterSample', samples(41));
  await page.close();
  for (const [name, results] of [['first render', first], ['filter change', filter]]) {
    const different = results.find((r) => !r.same);
    if (different) {
      throw new Error(
        `the vanilla baseline's markup differs from <map-news-list>'s (${name}):\n element: ${different.elementMarkup}\nbaseline: ${different.baselineMarkup}`,
      );
    }
  }
  const summarise = (results) => ({
    ratio: median(results.map((r) => r.element / r.baseline)),
    element: median(results.map((r) => r.element)),
    baseline: median(results.map((r) => r.baseline)),
    samples: results.length,
  });
  return { first: summarise(first), filter: summarise(filter), problems };
}

async function carouselFigure(browser, origin) {
  const { page, problems } = await newPage(browser, origin, '/bench/page.html');
  await page.waitForFunction(() => window.bench?.ready);
  await page.evaluate(() => window.bench.carouselSamples(50, 5));
  const fifty = await page.evaluate((n) => window.bench.carouselSamples(50, n), samples(20));
  const five = await page.evaluate((n) => window.bench.carouselSamples(5, n), samples(20));
  await page.close();
  return { fifty: median(fifty), five: median(five), samples: fifty.length, problems };
}

async function requestFigure(browser, origin) {
  const { page, problems } = await newPage(browser, origin, '/bench/page.html');
  await page.waitForFunction(() => window.bench?.ready);
  const url = `/dist/feed/maps.json?requests=${Date.now()}`;
  const rendered = await page.evaluate((src) => window.bench.twentyElements(src), url);
  const { count } = await (await fetch(`${origin}/__count?url=${encodeURIComponent(url)}`)).json();
  await page.close();
  if (rendered.errors) problems.push(`${rendered.errors} of the 20 elements showed an error`);
  return { requests: count, elements: rendered.elements, problems };
}

async function layoutShiftFigure(browser, origin) {
  const values = [];
  const upgrade = [];
  const problems = [];
  let heights = [];
  let worst = [];
  for (let i = 0; i < samples(3); i++) {
    const { page, problems: pageProblems } = await newPage(browser, origin, `/bench/cls.html?run=${i}`, { width: 1280, height: 2400 });
    // The feed answers after 1.5 s; wait for every element to render it, then for late images.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('map-feed *')].every(
          (el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part~="loading"]'),
        ),
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(1000);
    const shift = await page.evaluate(() => ({
      ...window.layoutShift,
      // What each element reserved while loading, and the height it took once the feed came.
      elements: [...document.querySelectorAll('map-feed *')].map(
        (el, i) => `${el.localName}: ${window.layoutShift.loadingHeights[i]} → ${Math.round(el.getBoundingClientRect().height)} px`,
      ),
    }));
    heights = shift.elements;
    const after = shift.entries.filter((entry) => entry.at >= shift.renderedAt);
    values.push(after.reduce((sum, entry) => sum + entry.value, 0));
    upgrade.push(shift.entries.filter((entry) => entry.at < shift.renderedAt).reduce((sum, entry) => sum + entry.value, 0));
    if (shift.entries.length > worst.length) worst = shift.entries.map((entry) => ({ ...entry, afterFirstRender: entry.at >= shift.renderedAt }));
    problems.push(...pageProblems);
    await page.close();
  }
  return { cls: Math.max(...values), beforeFirstRender: Math.max(...upgrade), heights, samples: values.length, shifts: worst, problems };
}

async function arrivalFigure(browser, origin) {
  const times = [];
  const problems = [];
  for (let i = 0; i < samples(9); i++) {
    const { page, problems: pageProblems } = await newPage(browser, origin, `/bench/arrival.html?run=${i}`);
    const result = await page.evaluate(() => window.arrival);
    if (result.errors) problems.push(`${result.errors} elements showed an error`);
    if (result.feedResponseEnd === undefined) throw new Error('the sample feed was not requested');
    times.push(result.rendered - result.feedResponseEnd);
    problems.push(...pageProblems);
    await page.close();
  }
  return { ms: median(times), samples: times.length, problems };
}

/**
 * "Script start → every element rendered": the same page with the loader
 * (dist/map-embed.js) and with the single file (dist/map-embed.all.js, what map-embed.js was
 * before the loader) in pairs, one straight after the other, which goes first alternating, each a
 * fresh page; the feed is not held back. The figure compares the medians, and the median of the
 * pairs' differences (which the machine's changing load moves least) with one round trip to this
 * server: the median time the loader's own request took, from request start to its last byte.
 */
async function startFigure(browser, origin, pageName) {
  const times = { loader: [], single: [] };
  const differences = [];
  const roundTrips = [];
  const problems = [];
  const scripts = { loader: 'map-embed.js', single: 'map-embed.all.js' };
  for (let i = 0; i < samples(11); i++) {
    const pair = {};
    for (const which of i % 2 ? ['single', 'loader'] : ['loader', 'single']) {
      const { page, problems: pageProblems } = await newPage(browser, origin, `/bench/start-${pageName}.html?script=${scripts[which]}&run=${i}`);
      const result = await page.evaluate(() => window.started);
      if (result.errors) problems.push(`${result.errors} elements showed an error (${scripts[which]}, ${pageName})`);
      pair[which] = result.rendered - result.scriptStart;
      times[which].push(pair[which]);
      if (which === 'loader') roundTrips.push(result.scriptFetch);
      problems.push(...pageProblems);
      await page.close();
    }
    differences.push(pair.loader - pair.single);
  }
  return {
    loader: median(times.loader),
    single: median(times.single),
    difference: median(differences),
    roundTrip: median(roundTrips),
    samples: differences.length,
    problems,
  };
}

/**
 * A big feed through a news list: the longest task from the feed's arrival to the list
 * drawn, in fresh pages; the median over the samples. Long tasks are the browser's own record
 * (Long Tasks API: every task over 50 ms), so a figure under 50 ms is reported as 0.
 */
async function bigFeedFigure(browser, origin, feed) {
  const results = [];
  const problems = [];
  for (let i = 0; i < samples(3); i++) {
    const { page, problems: pageProblems } = await newPage(browser, origin, `/bench/big-feed.html?feed=${encodeURIComponent(`${feed}&run=${i}`)}`);
    const result = await page.evaluate(() => window.bigFeed);
    if (result.error) problems.push(`the news list showed an error: ${result.error}`);
    results.push(result);
    problems.push(...pageProblems);
    await page.close();
  }
  return {
    longest: median(results.map((r) => r.longest)),
    arrivalToRendered: median(results.map((r) => r.arrivalToRendered)),
    bytes: results[0].bytes,
    samples: results.length,
    results,
    problems,
  };
}

/** The big-feed rows: `BENCH_ONLY=big-feed npm run bench` measures these alone. */
async function measureBigFeeds(browser, origin) {
  const row = async (id, what, feed, enforced = true) => {
    const figure = await bigFeedFigure(browser, origin, feed);
    for (const problem of new Set(figure.problems)) console.error(`  problem: ${problem}`);
    return {
      id,
      figure: `${what} (${(figure.bytes / 1e6).toFixed(1)} MB): longest task, arrival to news list drawn (${figure.arrivalToRendered.toFixed(0)} ms in all)`,
      value: `${figure.longest.toFixed(0)} ms`,
      budget: '≤ 200 ms',
      pass: figure.longest <= 200 && figure.problems.length === 0,
      ...(enforced ? {} : { enforced }),
      raw: figure,
    };
  };
  return [
    await row('big-feed-rss-longest-task', 'RSS feed, 20,000 items', '/__generated/news.rss?items=20000'),
    // Reported, not enforced: the 200 ms limit is asked of XML; JSON.parse of a 15 MB feed is one
    // task whatever the library does.
    await row('big-feed-json-longest-task', 'JSON Feed, 50,000 items', '/__generated/news.json?items=50000', false),
  ];
}

/**
 * One role card three ways: pre-rendered as plain HTML with dist/map-embed.css (no
 * script), pre-rendered as declarative shadow DOM with the loader (the element takes it over), and
 * the live element with the loader. For each, the JavaScript the page loads (bytes as sent, and
 * gzipped as a server would send them) and its first contentful paint, median of fresh pages. The
 * pages are made now by `map-embed/render` (dist/node/render/) for this server's address, into
 * bench/prerendered/ (not committed, and not in the package as dist/ would be). The sample feed
 * is held back as on every bench page, as a real feed takes time.
 */
async function prerenderFigures(browser, origin) {
  const { render } = await import('../dist/node/render/index.js');
  const base = `${origin}/dist/feed/maps.json`;
  const attributes = { profession: 'physician-associate' };
  const page = (title, head, body) =>
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="icon" href="data:,">\n<title>map-embed benchmark: ${title}</title>\n${head}\n</head>\n<body>\n<main style="max-width: 960px">\n${body}</main>\n</body>\n</html>\n`;
  const loader = '<script type="module" src="/dist/map-embed.js"></script>';
  const pages = {
    html: page('one role card, pre-rendered HTML', '<link rel="stylesheet" href="/dist/map-embed.css">', await render('role-card', { base, attributes, format: 'html' })),
    dsd: page('one role card, declarative shadow DOM and the loader', loader, await render('role-card', { src: base, attributes, format: 'dsd' })),
    live: page('one live role card', loader, '<map-role-card profession="physician-associate"></map-role-card>\n'),
  };
  mkdirSync(`${root}bench/prerendered`, { recursive: true });
  for (const [which, html] of Object.entries(pages)) writeFileSync(`${root}bench/prerendered/${which}.html`, html);
  const fcp = { html: [], dsd: [], live: [] };
  const scripts = {};
  const problems = [];
  // Round by round, the three pages one after another, so a busy moment weighs on all three alike.
  for (let i = 0; i < samples(7); i++) {
    for (const which of Object.keys(pages)) {
      const { page: tab, problems: pageProblems } = await newPage(browser, origin, `/bench/prerendered/${which}.html?run=${i}`);
      // Done: the card's heading is on show, and where a script runs, the element has drawn it itself.
      await tab.waitForFunction(
        () => {
          const card = document.querySelector('map-role-card');
          if (!card) return document.querySelector('h3') && performance.getEntriesByName('first-contentful-paint').length;
          const roots = card.shadowRoot ? [...card.shadowRoot.children].filter((child) => child.matches('.root')) : [];
          return (
            customElements.get('map-role-card') &&
            roots.length === 1 &&
            roots[0].querySelector('h3') &&
            performance.getEntriesByName('first-contentful-paint').length
          );
        },
        undefined,
        { timeout: 15_000 },
      );
      const result = await tab.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        scripts: performance
          .getEntriesByType('resource')
          .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.decodedBodySize }))
          .filter((entry) => entry.path.endsWith('.js')),
      }));
      fcp[which].push(result.fcp);
      scripts[which] = result.scripts;
      problems.push(...pageProblems);
      await tab.close();
    }
  }
  const figures = {};
  for (const which of Object.keys(pages)) {
    figures[which] = {
      fcp: median(fcp[which]),
      bytes: scripts[which].reduce((sum, script) => sum + script.bytes, 0),
      gzip: scripts[which].reduce((sum, script) => sum + gzipSize(readFileSync(`${root}${script.path.slice(1)}`)), 0),
      files: scripts[which].map((script) => script.path),
      samples: fcp[which].length,
    };
  }
  return { ...figures, problems };
}

/** The pre-rendered role card figures as table rows: reported, with only "no script" enforced. */
async function prerenderRows(browser, origin) {
  const figures = await prerenderFigures(browser, origin);
  for (const problem of new Set(figures.problems)) console.error(`  problem: ${problem}`);
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const row = (id, what, figure, budget, pass, enforced) => ({
    id,
    figure: `One role card, ${what}: JavaScript ${kb(figure.bytes)} (${kb(figure.gzip)} gzip), first contentful paint`,
    value: `${figure.fcp.toFixed(0)} ms`,
    budget,
    pass,
    enforced,
    raw: figure,
  });
  const { html, dsd, live } = figures;
  return [
    row('prerender-html', 'pre-rendered html + map-embed.css', html, 'no JavaScript', html.bytes === 0 && figures.problems.length === 0, true),
    row('prerender-dsd', 'pre-rendered dsd + loader', dsd, `FCP ≤ live (${live.fcp.toFixed(0)} ms)`, dsd.fcp <= live.fcp, false),
    row('prerender-live', 'live element + loader', live, '(reference)', true, false),
  ];
}

function table(rows) {
  const header = ['Figure', 'Value', 'Budget', 'Result'];
  const cells = rows.map((r) => [r.figure, r.value, r.budget, r.pass ? 'pass' : r.enforced === false ? 'over (reported)' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** One full run: every figure, measured in `browser`, as table rows with their raw samples. */
async function measure(browser, origin) {
  const news = await newsFigures(browser, origin);
  const carousel = await carouselFigure(browser, origin);
  const requests = await requestFigure(browser, origin);
  const shift = await layoutShiftFigure(browser, origin);
  const arrival = await arrivalFigure(browser, origin);
  const startOne = await startFigure(browser, origin, 'one');
  const startAll = await startFigure(browser, origin, 'all');
  const ms = (value) => `${value.toFixed(1)} ms`;
  /** A news-list figure: the element against the vanilla baseline, as a median ratio. */
  const ratioRow = (id, what, summary, budget) => ({
    id,
    figure: `News list, 1,000 items: ${what} vs vanilla DOM (${ms(summary.element)} vs ${ms(summary.baseline)})`,
    value: `${summary.ratio.toFixed(2)}×`,
    budget: `≤ ${budget.toFixed(2)}×`,
    pass: summary.ratio <= budget,
    raw: summary,
  });
  /**
   * The loader against the single file: slower by at most one round trip. Reported, not enforced
   * (a miss does not fail the run): on a shared 2-core machine the pairs differ by more than a
   * local round trip from one sample to the next, so a hard limit here would fail at random.
   */
  const startRow = (id, what, figure) => ({
    id,
    figure: `Script start → ${what} rendered: loader vs single file (${ms(figure.loader)} vs ${ms(figure.single)}, medians)`,
    value: `${figure.difference >= 0 ? '+' : '−'}${ms(Math.abs(figure.difference))}`,
    budget: `≤ +1 round trip (${ms(figure.roundTrip)})`,
    pass: figure.difference <= figure.roundTrip && figure.problems.length === 0,
    enforced: figure.problems.length > 0,
    raw: figure,
  });
  const rows = [
    ratioRow('news-first-render-ratio', 'first render', news.first, FIRST_RENDER_BUDGET),
    ratioRow('news-filter-change-ratio', 'filter change', news.filter, FILTER_CHANGE_BUDGET),
    {
      id: 'carousel-slide-change',
      figure: `Carousel, 50 slides: slide change (5 slides: ${ms(carousel.five)})`,
      value: ms(carousel.fifty),
      budget: '≤ 16 ms (one frame)',
      pass: carousel.fifty <= 16,
      raw: carousel,
    },
    {
      id: 'one-request',
      figure: '20 elements naming one feed URL: requests',
      value: String(requests.requests),
      budget: '= 1',
      pass: requests.requests === 1 && requests.problems.length === 0,
      raw: requests,
    },
    {
      id: 'layout-shift',
      figure: `Layout shift (CLS) from loading state to slow feed (1.5 s) rendered (${shift.beforeFirstRender.toFixed(4)} before, as the script loads)`,
      value: shift.cls.toFixed(4),
      budget: '= 0',
      pass: shift.cls === 0,
      raw: shift,
    },
    {
      id: 'feed-arrival-to-rendered',
      figure: 'Sample feed: arrival to every element rendered',
      value: ms(arrival.ms),
      budget: '≤ 100 ms',
      pass: arrival.ms <= 100 && arrival.problems.length === 0,
      raw: arrival,
    },
    startRow('start-one-card', 'one role card', startOne),
    startRow('start-all-elements', 'all seven elements', startAll),
  ];
  const problems = [...startOne.problems, ...startAll.problems, ...news.problems, ...carousel.problems, ...requests.problems, ...shift.problems, ...arrival.problems];
  for (const problem of new Set(problems)) console.error(`  problem: ${problem}`);
  if (shift.cls > 0) console.error(`  layout shift: loading height → rendered height\n    ${shift.heights.join('\n    ')}`);
  return rows;
}

// Figures that are timings (and so move with the machine's load) rather than counts.
const TIMED = new Set([
  'news-first-render-ratio',
  'news-filter-change-ratio',
  'carousel-slide-change',
  'feed-arrival-to-rendered',
  'start-one-card',
  'start-all-elements',
  'big-feed-rss-longest-task',
  'big-feed-json-longest-task',
  'prerender-dsd',
]);

// `BENCH_ONLY=big-feed` or `BENCH_ONLY=prerender`: only those figures (bench/results.json is then left alone).
const only = process.env.BENCH_ONLY;
const PARTS = { 'big-feed': measureBigFeeds, prerender: prerenderRows };
const measureAll = async (browser, origin) =>
  only && PARTS[only]
    ? PARTS[only](browser, origin)
    : [...(await measure(browser, origin)), ...(await measureBigFeeds(browser, origin)), ...(await prerenderRows(browser, origin))];

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
  ensureBuilt();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  const started = Date.now();
  try {
    let rows = await measureAll(browser, server.origin);
    console.log(`\n${table(rows)}\n`);
    const missed = (list) => list.filter((r) => !r.pass && r.enforced !== false);
    let failed = missed(rows);
    // `--check` (npm test): a timing over budget is measured again, up to twice, before it fails
    // the run, so a noisy moment on a shared machine does not block a change; a count (requests,
    // layout shift) over budget fails at once, and a timing over budget three times running fails.
    // (Three, not two: a ratio that sits near its budget on an idle 2-core machine can miss twice
    // in a row by chance; bench/README.md has the runs that showed it.)
    for (let again = 0; again < 2 && check && failed.length && failed.every((r) => TIMED.has(r.id)); again++) {
      console.log(`Over budget: ${failed.map((r) => r.id).join(', ')}. Timings move with the machine's load: measuring again.\n`);
      rows = await measureAll(browser, server.origin);
      console.log(`\n${table(rows)}\n`);
      failed = missed(rows);
    }
    const results = {
      date: new Date().toISOString(),
      machine: machine(browser.version()),
      seconds: Math.round((Date.now() - started) / 1000),
      figures: rows.map(({ id, figure, value, budget, pass, enforced, raw }) => ({ id, figure, value, budget, pass, ...(enforced === false ? { enforced } : {}), raw })),
    };
    const { cpus: count, cpu, browser: version } = results.machine;
    const where = `${results.date.slice(0, 10)}, ${count} × ${cpu}, ${version}; ${results.seconds} s.`;
    if (check || only) {
      console.log(`${where} (${check ? '--check' : `BENCH_ONLY=${only}`}: bench/results.json left as it was.)`);
    } else {
      writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
      updateBenchReadme(root);
      console.log(`${where} Written to bench/results.json and bench/README.md.`);
    }
    if (failed.length) {
      console.error(`\nOver budget: ${failed.map((r) => r.id).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
// The collector's load test (Node only, no browser): collector/scripts/bench.js.
if (!only) await (await import('../collector/scripts/bench.js')).main();
