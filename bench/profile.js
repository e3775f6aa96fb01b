#!/usr/bin/env node
// Where the news list's time goes: the benchmark's own samples (bench/page.js, first render and
// filter change, element and vanilla baseline) run under Chromium's tracer, and each timed window
// (a `performance.measure` the page records) is split into style recalculation, layout, garbage
// collection, script (the rest of the main thread's busy time) and idle (the main thread waiting,
// as an element does between microtask turns and timers). `npm run bench:profile`; needs
// `npm run build` first. BENCH_SAMPLES scales the number of samples, as for `npm run bench`.
import { chromium } from 'playwright-core';
import { startServer } from './server.js';
import { CHROMIUM_ARGS, chromiumPath, HOW_TO_INSTALL } from '../scripts/browser-path.js';

const scale = Number(process.env.BENCH_SAMPLES ?? 1) || 1;
const SAMPLES = Math.max(3, Math.round(9 * scale));
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8', 'disabled-by-default-devtools.timeline'];
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation']);
const LAYOUT = new Set(['Layout']);
const GC = new Set(['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'V8.GC_MC_BACKGROUND_MARKING']);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Microseconds of `[start, end)` that the events cover, each clipped to the window: wall time,
 * or (`cpu`) the thread's CPU time (`tdur`) in proportion, which a busy shared machine does not
 * inflate the way it inflates wall time when it takes the CPU away mid-event.
 */
function covered(events, start, end, cpu) {
  let total = 0;
  for (const event of events) {
    const from = Math.max(event.ts, start);
    const to = Math.min(event.ts + event.dur, end);
    if (to <= from) continue;
    total += cpu ? ((to - from) / (event.dur || 1)) * (event.tdur ?? event.dur) : to - from;
  }
  return total;
}

/** The renderer's main thread's complete events, and the page's measures, from a trace. */
function readTrace(trace) {
  const events = JSON.parse(trace).traceEvents;
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined);
  // Only outermost style and layout events count: a forced layout can run a style pass inside it.
  const outermost = (names) => {
    const picked = onMain.filter((event) => names.has(event.name)).sort((a, b) => a.ts - b.ts);
    const kept = [];
    for (const event of picked) {
      const last = kept.at(-1);
      if (last && event.ts < last.ts + last.dur) continue;
      kept.push(event);
    }
    return kept;
  };
  const begins = new Map();
  const windows = [];
  for (const event of events) {
    if (event.cat !== 'blink.user_timing' || !/^(first-render|filter):/.test(event.name)) continue;
    const key = `${event.name}#${event.id ?? event.id2?.local ?? ''}`;
    if (event.ph === 'b') begins.set(key, event.ts);
    if (event.ph === 'e' && begins.has(key)) windows.push({ name: event.name, start: begins.get(key), end: event.ts });
  }
  return {
    windows,
    tasks: onMain.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'),
    style: outermost(STYLE),
    layout: outermost(LAYOUT),
    gc: outermost(GC),
  };
}

function breakdown(trace) {
  const { windows, tasks, style, layout, gc } = readTrace(trace);
  const rows = new Map();
  for (const { name, start, end } of windows) {
    const total = end - start;
    const busy = covered(tasks, start, end);
    const wall = { style: covered(style, start, end), layout: covered(layout, start, end), gc: covered(gc, start, end) };
    // Style and layout are events of their own, so their CPU time is exact; script runs inside
    // the page.evaluate task with no events of its own, so it is the rest of the busy wall time.
    const sample = {
      total,
      script: Math.max(0, busy - wall.style - wall.layout - wall.gc),
      style: covered(style, start, end, true),
      layout: covered(layout, start, end, true),
      gc: covered(gc, start, end, true),
      idle: Math.max(0, total - busy),
    };
    rows.set(name, [...(rows.get(name) ?? []), sample]);
  }
  return rows;
}

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}
const server = await startServer();
const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.ready);
  // One untraced sample of each first: the first run compiles everything.
  await page.evaluate(() => window.bench.newsFirstRenderSample(true));
  await page.evaluate(() => window.bench.newsFilterSample(true));
  // `--cpu <figure>`: V8's sampling profiler over that figure's samples instead: where the
  // script time goes, by function (the bundle is minified: each row shows the code it points at).
  const cpuFigure = process.argv.includes('--cpu') ? process.argv[process.argv.indexOf('--cpu') + 1] : undefined;
  if (cpuFigure) await cpuProfile(page, cpuFigure === 'filter' ? 'newsFilterSample' : 'newsFirstRenderSample', server.origin);
  // `--ratios`: the same samples untraced, for the ratios alone (quicker than `npm run bench`).
  const traced = !cpuFigure && !process.argv.includes('--ratios');
  if (traced) await browser.startTracing(page, { categories: CATEGORIES });
  const ratios = { 'first-render': [], filter: [] };
  const times = { 'first-render': [], filter: [] };
  for (let i = 0; i < (cpuFigure ? 0 : SAMPLES); i++) {
    const first = await page.evaluate((order) => window.bench.newsFirstRenderSample(order), i % 2 === 0);
    const filter = await page.evaluate((order) => window.bench.newsFilterSample(order), i % 2 === 0);
    ratios['first-render'].push(first.element / first.baseline);
    ratios.filter.push(filter.element / filter.baseline);
    times['first-render'].push([first.element, first.baseline]);
    times.filter.push([filter.element, filter.baseline]);
  }
  for (const [name, values] of Object.entries(cpuFigure ? {} : ratios)) {
    console.log(`${name} ratio${traced ? ' while traced' : ''}: median ${median(values).toFixed(2)}× (${values.map((v) => v.toFixed(2)).join(' ')})`);
    // On a busy machine the fastest of many samples is the one least interrupted: the ratio of
    // each side's fastest sample is steadier there than the median of the pairs' ratios.
    const fastest = (side) => Math.min(...times[name].map((pair) => pair[side]));
    console.log(`${name} fastest samples: ${fastest(0).toFixed(2)} ms vs ${fastest(1).toFixed(2)} ms, ${(fastest(0) / fastest(1)).toFixed(2)}×`);
  }
  if (traced) {
    const trace = (await browser.stopTracing()).toString('utf8');
    if (process.env.PROFILE_TRACE) (await import('node:fs')).writeFileSync(process.env.PROFILE_TRACE, trace);
    report(breakdown(trace));
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * Self time by function inside the timed windows of `fn`'s samples (the page's console profiles,
 * which start and stop with its clock), element and baseline apart; the top rows printed.
 */
async function cpuProfile(page, fn, origin) {
  const cdp = await page.context().newCDPSession(page);
  const profiles = [];
  cdp.on('Profiler.consoleProfileFinished', (event) => profiles.push(event));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await page.goto(`${origin}/bench/page.html?profile`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.ready);
  await page.evaluate((name) => window.bench[name](true), fn);
  profiles.length = 0;
  for (let i = 0; i < SAMPLES; i++) await page.evaluate(([name, order]) => window.bench[name](order), [fn, i % 2 === 0]);
  const sources = new Map();
  const snippet = async (url, line, column) => {
    if (!url.endsWith('.js')) return '';
    if (!sources.has(url)) sources.set(url, (await (await fetch(url)).text()).split('\n'));
    return sources.get(url)[line]?.slice(column, column + 60) ?? '';
  };
  const perWindow = {};
  for (const side of ['element', 'baseline']) {
    const self = new Map();
    let total = 0;
    const mine = profiles.filter((event) => event.title?.endsWith(`:${side}`));
    // The sampler takes a sample only when the thread runs, so a window's sample count is a
    // measure of its CPU time that a busy machine disturbs less than the clock.
    perWindow[side] = mine.map(({ profile }) => profile.samples.length * 0.05);
    for (const { profile } of mine) {
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      for (let i = 0; i < profile.samples.length; i++) {
        const { callFrame } = byId.get(profile.samples[i]);
        const key = JSON.stringify([callFrame.functionName || '(anonymous)', callFrame.url, callFrame.lineNumber, callFrame.columnNumber]);
        const us = profile.timeDeltas[i + 1] ?? 0;
        self.set(key, (self.get(key) ?? 0) + us);
        total += us;
      }
    }
    console.log(`\n${fn} ${side}: ${mine.length} windows, ${(total / 1000 / (mine.length || 1)).toFixed(2)} ms sampled per window, median ${median(perWindow[side]).toFixed(2)} ms by sample count`);
    for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22)) {
      const [name, url, line, column] = JSON.parse(key);
      const where = url ? `${url.replace(origin, '')}:${line}:${column}` : '';
      const share = (us / 1000 / mine.length).toFixed(2);
      console.log(`${share.padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name} ${where}  ${await snippet(url, line, column)}`);
    }
  }
  const pairs = perWindow.element.map((element, i) => element / perWindow.baseline[i]);
  console.log(`\n${fn}: element over baseline by sample count, median of pairs ${median(pairs).toFixed(2)}× (${pairs.map((v) => v.toFixed(2)).join(' ')})`);
}

function report(rows) {
  const ms = (us) => (us / 1000).toFixed(1);
  console.log(`${SAMPLES} samples each, traced (tracing slows every figure; compare within a row).`);
  console.log('Median per sample, ms (style, layout, gc: main-thread CPU time; the rest wall clock)');
  console.log('                        total | script | style | layout | gc | idle');
  for (const name of ['first-render:element', 'first-render:baseline', 'filter:element', 'filter:baseline']) {
    const samples = rows.get(name) ?? [];
    const column = (key) => ms(median(samples.map((sample) => sample[key])));
    console.log(`${name.padEnd(22)} ${['total', 'script', 'style', 'layout', 'gc', 'idle'].map(column).join(' | ')}   (${samples.length} samples)`);
  }
  if (process.argv.includes('--samples')) {
    for (const [name, samples] of rows) {
      for (const sample of samples) console.log(name, Object.entries(sample).map(([key, value]) => `${key} ${ms(value)}`).join(', '));
    }
  }
}
