#!/usr/bin/env node
// The collector's load test (part of the repository's `npm run bench`; alone: `npm run bench` in
// collector/, or `node collector/scripts/bench.js`).
// Starts `map-embed collect` on loopback with the embedded database in a temporary folder and, when
// DATABASE_URL names a PostgreSQL server, again on a fresh database there (side by side), then:
//  1. 1,000 rating posts (800 submissions + 200 re-sends of them, the 20 % duplicates a retrying
//     queue makes) from 50 concurrent clients: every post must be answered 2xx, exactly 800
//     stored, the counts exact; p50/p99 latency and posts per second are recorded.
//  2. A second burst of 1,000 new submissions, the process killed with SIGKILL partway through,
//     a restart on the same --data: every acknowledged (2xx) post must be there; the posts left
//     unanswered are then re-sent (as the widgets' queue would) and each is counted exactly once.
//  3. 60,000 more ratings making 20,000 items, then the median build time of 7 `GET /admin` and the
//     page's bytes, against the dashboard's budgets (200 ms, 1 MB).
// Also records the idle collector's resident memory (Linux /proc) after start-up.
// Writes bench/collector-results.json (not with --check, which is how `npm test` runs it) and
// exits 1 when any of that fails.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollectorProcess } from './collector-process.js';
import { freshPostgresDatabase } from './fresh-database.js';

/** The figures live with the library's benchmark results, in the repository's bench/ folder. */
const resultsFile = fileURLToPath(new URL('../../bench/collector-results.json', import.meta.url));
const check = process.argv.includes('--check');
const TOKEN = randomUUID();
const CLIENTS = 50;
const UNIQUE = 800;
const DUPLICATES = 200;
const SECOND_BURST = 1000;
const KILL_AFTER = 300;
const DASHBOARD_ITEMS = 20_000;
const DASHBOARD_RUNS = 7;
/** The dashboard's budgets with 20,000 items: built in 200 ms, under 1 MB. */
const DASHBOARD_MS = 200;
const DASHBOARD_BYTES = 1024 * 1024;

/** The two databases the collector runs on: a PGlite folder, or a fresh database on the server. */
async function pgliteBackend() {
  const dataDir = mkdtempSync(join(tmpdir(), 'map-embed-bench-collector-'));
  return { name: 'PGlite (embedded)', args: ['--data', dataDir], env: { DATABASE_URL: '' }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function postgresBackend(databaseUrl) {
  const fresh = await freshPostgresDatabase(databaseUrl, 'map_embed_bench');
  return { name: 'PostgreSQL server', args: [], env: { DATABASE_URL: fresh.url }, cleanup: fresh.drop };
}

/** Resident memory of a process in MB (Linux), or null. */
function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

const rating = (itemId, n) => ({
  submissionId: randomUUID(),
  itemId,
  rating: (n % 5) + 1,
  pageUrl: 'https://www.example.nhs.uk/maps/physician-associates',
  submittedAt: new Date().toISOString(),
});

async function post(url, body) {
  const t0 = performance.now();
  const response = await fetch(`${url}/ratings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - t0 };
}

/** Posts `bodies` from `CLIENTS` concurrent clients; `stopAfter(acked)` ends the run early. */
async function burst(url, bodies, stopAfter = () => false) {
  let next = 0;
  const results = new Array(bodies.length);
  let acked = 0;
  const client = async () => {
    while (next < bodies.length && !stopAfter(acked)) {
      const i = next++;
      try {
        results[i] = await post(url, bodies[i]);
        if (results[i].status >= 200 && results[i].status < 300) acked++;
      } catch (error) {
        results[i] = { status: 0, error: error.message };
        return; // the server is gone
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { results, seconds: (performance.now() - t0) / 1000 };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function summary(url, item) {
  return (await fetch(`${url}/ratings/summary?item=${encodeURIComponent(item)}`)).json();
}

async function storedIds(url) {
  const csv = await (await fetch(`${url}/admin/export/ratings.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  return new Set(csv.split('\r\n').slice(1).map((line) => line.split(',')[0]).filter(Boolean));
}

/**
 * Stores `DASHBOARD_ITEMS` items of 3 ratings each (ids like a feed's, comments on some) through
 * the collector's own API in batches, then times `GET /admin` (first page) `DASHBOARD_RUNS` times.
 */
async function benchDashboard(url, backend) {
  const bodies = [];
  for (let i = 0; i < DASHBOARD_ITEMS * 3; i++) {
    const body = rating(`case-study-${i % DASHBOARD_ITEMS}-physician-associate-in-emergency-medicine`, i);
    if (i % 3 === 1) body.rating = i % 2 ? 'yes' : 'no';
    if (i % 10 === 0) body.comment = `Comment ${i}: clear and useful.`;
    bodies.push(body);
  }
  await burst(url, bodies);
  const headers = { authorization: `Bearer ${TOKEN}` };
  const times = [];
  let bytes = 0;
  let itemsShown = 0;
  for (let run = 0; run < DASHBOARD_RUNS; run++) {
    const t0 = performance.now();
    const response = await fetch(`${url}/admin`, { headers });
    const html = await response.text();
    times.push(performance.now() - t0);
    bytes = Buffer.byteLength(html);
    itemsShown = Number(/Showing 1–\d+ of ([\d,]+) items/.exec(html)?.[1]?.replaceAll(',', '') ?? 0);
  }
  return { items: DASHBOARD_ITEMS, ratings: bodies.length, runs: DASHBOARD_RUNS, medianMs: Math.round(percentile(times, 50)), bytes, itemsShown, backend: backend.name };
}

/** The load test on one backend: its figures, and what went wrong (prefixed with its name). */
export async function benchCollector(backend) {
  const problems = [];
  const expect = (ok, message) => ok || problems.push(`${backend.name}: ${message}`);
  const start = () => startCollectorProcess(['--port', '0', ...backend.args, '--rate-limit', '0'], { env: { ...backend.env, MAP_EMBED_ADMIN_TOKEN: TOKEN } });
  let collector;
  try {
    collector = await start();
    // Idle: started, migrated, nothing posted yet; a moment for start-up garbage to go.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleRssMb = rssMb(collector.child.pid);
    // 1. 1,000 posts, 20 % duplicates, 50 clients.
    const originals = Array.from({ length: UNIQUE }, (_, i) => rating('bench-burst-1', i));
    const resends = originals.filter((_, i) => i % 4 === 0).slice(0, DUPLICATES);
    // The re-sends are spread through the burst, some right behind their original.
    const bodies = [...originals];
    resends.forEach((body, i) => bodies.splice(Math.min(bodies.length, (i * 5) + 1 + (i % 7)), 0, body));
    const first = await burst(collector.url, bodies);
    const statuses = first.results.map((r) => r.status);
    const ok = statuses.filter((s) => s >= 200 && s < 300).length;
    const stored = statuses.filter((s) => s === 201).length;
    const duplicate = statuses.filter((s) => s === 200).length;
    expect(ok === bodies.length, `burst 1: ${bodies.length - ok} of ${bodies.length} posts were not answered 2xx`);
    expect(stored === UNIQUE && duplicate === DUPLICATES, `burst 1: ${stored} stored and ${duplicate} duplicates, expected ${UNIQUE} and ${DUPLICATES}`);
    const counted = await summary(collector.url, 'bench-burst-1');
    const expectedStars = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), UNIQUE / 5]));
    expect(counted.count === UNIQUE, `burst 1: the summary counts ${counted.count}, expected ${UNIQUE}`);
    expect(JSON.stringify(counted.stars) === JSON.stringify(expectedStars), `burst 1: stars ${JSON.stringify(counted.stars)}`);
    const latencies = first.results.map((r) => r.ms);

    // 2. A second burst, killed partway through, restarted on the same --data.
    const second = Array.from({ length: SECOND_BURST }, (_, i) => rating('bench-burst-2', i));
    let killedAt = 0;
    const killed = burst(collector.url, second, (acked) => {
      if (acked >= KILL_AFTER && !killedAt) {
        killedAt = acked;
        collector.child.kill('SIGKILL');
      }
      return false;
    });
    const { results } = await killed;
    await collector.exited;
    const acknowledged = second.filter((_, i) => results[i] && results[i].status >= 200 && results[i].status < 300);
    const unanswered = second.filter((_, i) => !results[i] || results[i].status === 0);
    collector = await start();
    const ids = await storedIds(collector.url);
    const lost = acknowledged.filter((b) => !ids.has(b.submissionId));
    expect(lost.length === 0, `kill -9: ${lost.length} acknowledged posts are missing after the restart`);
    const afterRestart = (await summary(collector.url, 'bench-burst-2')).count;
    // What the widgets' queue does next: re-send everything that was not answered.
    const resent = await burst(collector.url, unanswered);
    expect(resent.results.every((r) => r.status === 200 || r.status === 201), 'kill -9: a re-send after the restart was not answered 2xx');
    const final = (await summary(collector.url, 'bench-burst-2')).count;
    expect(final === SECOND_BURST, `kill -9: after re-sending, ${final} counted, expected ${SECOND_BURST}`);
    expect((await summary(collector.url, 'bench-burst-1')).count === UNIQUE, 'burst 1 counts changed after the restart');

    // 3. The dashboard with 20,000 items (a few ratings each, realistic ids), built several times.
    const dashboard = await benchDashboard(collector.url, backend);
    expect(dashboard.medianMs <= DASHBOARD_MS, `dashboard with ${DASHBOARD_ITEMS} items: median build ${dashboard.medianMs} ms, budget ${DASHBOARD_MS} ms`);
    expect(dashboard.bytes <= DASHBOARD_BYTES, `dashboard with ${DASHBOARD_ITEMS} items: ${dashboard.bytes} bytes, budget ${DASHBOARD_BYTES}`);
    expect(dashboard.itemsShown === DASHBOARD_ITEMS + 2, `dashboard: "${dashboard.itemsShown}" items counted, expected ${DASHBOARD_ITEMS + 2}`);

    collector.child.kill('SIGINT');
    const { code } = await collector.exited;
    expect(code === 0, `Ctrl+C: the collector exited with ${code}`);
    collector = undefined;

    const figures = {
      idleRssMb,
      posts: bodies.length,
      clients: CLIENTS,
      duplicates: DUPLICATES,
      allAnswered2xx: ok === bodies.length,
      stored,
      duplicateAnswers: duplicate,
      counted: counted.count,
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
      postsPerSecond: Math.round(bodies.length / first.seconds),
      dashboard,
      kill9: {
        sent: SECOND_BURST,
        acknowledgedBeforeKill: acknowledged.length,
        storedAfterRestart: afterRestart,
        acknowledgedMissing: lost.length,
        unansweredResent: unanswered.length,
        countedAfterResend: final,
      },
    };
    return { figures, problems };
  } finally {
    collector?.child.kill('SIGKILL');
    await collector?.exited;
    await backend.cleanup();
  }
}

const describe = (name, figures) => {
  const k = figures.kill9;
  return [
    `  ${name}: idle ${figures.idleRssMb ?? '?'} MB resident`,
    `    ${figures.posts} posts (${figures.duplicates} duplicates) from ${figures.clients} clients: ${figures.allAnswered2xx ? 'all 2xx' : 'NOT all 2xx'}, ${figures.stored} stored, ${figures.duplicateAnswers} duplicates, summary counts ${figures.counted}`,
    `    latency p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms; ${figures.postsPerSecond} posts/s`,
    `    dashboard with ${figures.dashboard.items} items (${figures.dashboard.ratings} ratings): median of ${figures.dashboard.runs} GET /admin ${figures.dashboard.medianMs} ms (budget ${DASHBOARD_MS}), ${Math.round(figures.dashboard.bytes / 1024)} KiB (budget ${DASHBOARD_BYTES / 1024})`,
    `    kill -9 after ${k.acknowledgedBeforeKill} of ${k.sent} acknowledged: ${k.acknowledgedMissing} missing after restart (${k.storedAfterRestart} stored); ${k.unansweredResent} unanswered re-sent, ${k.countedAfterResend} counted`,
  ].join('\n');
};

/** Runs the load test on each backend, prints the figures side by side, writes them (unless --check); sets the exit code on failure. */
export async function main() {
  console.log(`\nCollector load test (map-embed collect, loopback; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)})`);
  const runs = {};
  const problems = [];
  const backends = [['pglite', pgliteBackend], ...(process.env.DATABASE_URL ? [['postgres', () => postgresBackend(process.env.DATABASE_URL)]] : [])];
  for (const [key, make] of backends) {
    const backend = await make();
    const run = await benchCollector(backend);
    runs[key] = run.figures;
    problems.push(...run.problems);
    if (run.figures) console.log(describe(backend.name, run.figures));
  }
  if (!process.env.DATABASE_URL) console.log('  PostgreSQL server: not run (set DATABASE_URL to a server to compare)');
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model?.trim(), node: process.version, loadAverage: loadavg()[0].toFixed(1) },
    ...runs,
    pass: problems.length === 0,
  };
  if (check) console.log('  (--check: bench/collector-results.json left as it was.)');
  else writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  for (const problem of problems) console.error(`  FAILED: ${problem}`);
  if (problems.length) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main();
