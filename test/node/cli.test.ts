import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { COLLECTOR_MISSING, FETCH_TIMEOUT_MS, loadCollector, run, type CliIo, type Report } from '../../src/cli/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../feed/maps.json', import.meta.url));
/** A day before the sample feed's next_review dates, so its checks do not change as time passes. */
const SAMPLE_TODAY = '2026-12-01';

async function cli(argv: string[], timeoutMs = FETCH_TIMEOUT_MS) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), fetch, timeoutMs };
  const code = await run(argv, io);
  return { code, out, err };
}

/** A feed server with every way a URL can fail. */
function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (status: number, body: string, type = 'application/feed+json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    switch (req.url) {
      case '/maps.json':
        return send(200, readFileSync(SAMPLE, 'utf8'));
      case '/invalid-items.json':
        return send(200, readFileSync(fixture('invalid-items.json'), 'utf8'));
      case '/page.html':
        return send(200, '<!doctype html><title>Not a feed</title>', 'text/html');
      case '/broken':
        return send(500, 'down', 'text/plain');
      case '/slow':
        setTimeout(() => send(200, readFileSync(SAMPLE, 'utf8')), 2000).unref();
        return;
      default:
        return send(404, 'not found', 'text/plain');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('map-embed validate (files)', () => {
  it('passes the sample feed with a summary and no problems', async () => {
    const { code, out, err } = await cli(['validate', SAMPLE, `--today=${SAMPLE_TODAY}`]);
    assert.equal(code, 0);
    assert.deepEqual(err, []);
    assert.equal(out.length, 1);
    assert.match(out[0]!, /18 items, 18 valid, 0 skipped, 0 warnings\.$/);
  });

  it('prints each problem on its own line with severity, JSON path and item id, and fails', async () => {
    const { code, out } = await cli(['validate', fixture('invalid-items.json')]);
    assert.equal(code, 1);
    const problems = out.slice(0, -1);
    assert.equal(problems.length, 11);
    assert.ok(problems.includes('error   $.items[2]._map.profession (id "bad-profession"): must be one of ' +
      'advanced-critical-care-practitioner, physician-assistant-anaesthesia, physician-associate, surgical-care-practitioner'));
    assert.ok(problems.includes('error   $.items[3].title (id "role-no-title"): is required'));
    assert.ok(problems.includes('error   $.items[4]._map.organisation (id "case-no-organisation"): is required'));
    assert.ok(problems.includes(
      'warning $.items[8].date_published (id "news-bad-date"): "last Tuesday" is not an RFC 3339 date (such as 2025-03-11); shown without a date and listed last',
    ));
    assert.ok(problems.includes('error   $.items[14].id: is required'));
    assert.equal(problems.filter((line) => line.startsWith('error ')).length, 7);
    assert.equal(problems.filter((line) => line.startsWith('warning ')).length, 4);
    assert.match(out.at(-1)!, /15 items, 8 valid, 7 skipped, 4 warnings \(7 errors\)\.$/);
  });

  it('exits 0 for a feed with warnings only', async () => {
    const { code, out } = await cli(['validate', fixture('warnings-only.json')]);
    assert.equal(code, 0, out.join('\n'));
    assert.match(out.at(-1)!, /2 items, 2 valid, 0 skipped, 2 warnings\.$/);
  });

  it('fails on a file that is not JSON', async () => {
    const { code, err } = await cli(['validate', fixture('not-json.json')]);
    assert.equal(code, 1);
    assert.match(err.join('\n'), /is not valid JSON/);
  });

  it('notes each tag written other than as it is matched, without failing', async () => {
    const { code, out } = await cli(['validate', fixture('cms-news.json')]);
    assert.equal(code, 0, out.join('\n'));
    assert.ok(out.includes('note    tag "Physician-Associate" (1 item) is matched as "physician-associate"'), out.join('\n'));
    assert.ok(out.includes('note    tag "Staff news" (1 item) is matched as "staff-news"'));
    const json = JSON.parse((await cli(['validate', fixture('cms-news.json'), '--json'])).out.join('\n')) as Report;
    assert.deepEqual(
      json.tags.find((note) => note.tag === 'Physician-Associate'),
      { tag: 'Physician-Associate', normalised: 'physician-associate', items: 1 },
    );
    const sample = JSON.parse((await cli(['validate', SAMPLE, '--json'])).out.join('\n')) as Report;
    assert.deepEqual(sample.tags, [], 'the sample feed writes its tags as they are matched');
  });

  it('says at which line and column a file stops being JSON', async () => {
    const broken = await cli(['validate', fixture('missing-comma.json')]);
    assert.equal(broken.code, 1);
    assert.match(broken.err[0]!, /missing-comma\.json is not valid JSON at line 8, column 7 \(/);
    const truncated = await cli(['validate', fixture('not-json.json'), '--json']);
    assert.match((JSON.parse(truncated.out.join('\n')) as Report).failure!.message, /is not valid JSON at line 2, column 1 \(/);
  });

  it('fails on JSON that is not a JSON Feed, naming the missing fields', async () => {
    const { code, out, err } = await cli(['validate', fixture('not-a-feed.json')]);
    assert.equal(code, 1);
    assert.deepEqual(out, ['error   $.version: is required', 'error   $.title: is required', 'error   $.items: is required']);
    assert.match(err.join('\n'), /is not a JSON Feed/);
  });

  it('fails on a file it cannot read', async () => {
    const { code, err } = await cli(['validate', fixture('no-such-feed.json')]);
    assert.equal(code, 1);
    assert.match(err.join('\n'), /cannot read .*no-such-feed\.json/);
  });

  it('describes the result as JSON with --json', async () => {
    const { code, out } = await cli(['validate', fixture('invalid-items.json'), '--json']);
    assert.equal(code, 1);
    const report = JSON.parse(out.join('\n')) as Report;
    assert.equal(report.ok, false);
    assert.deepEqual(report.items, { total: 15, valid: 8, skipped: 7 });
    assert.equal(report.errors, 7);
    assert.equal(report.warnings, 4);
    assert.deepEqual(report.problems[0], {
      severity: 'error',
      path: '$.items[1]._map.type',
      itemId: 'bad-type',
      message: 'must be "role", "news" or "case-study"',
    });
  });

  it('explains its usage and exits 2 when used wrongly', async () => {
    for (const argv of [[], ['check', SAMPLE], ['validate'], ['validate', SAMPLE, '--yaml']]) {
      const { code, err } = await cli(argv);
      assert.equal(code, 2, argv.join(' '));
      assert.match(err.join('\n'), /Usage: map-embed validate <file-or-url>/);
    }
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out.join('\n'), /Usage:/);
  });

  it('names the unknown option, the unknown command or the missing value (node:util parseArgs)', async () => {
    const cases: [string[], RegExp][] = [
      [['validate', SAMPLE, '--yaml'], /Unknown option '--yaml'/],
      [['validate', SAMPLE, '-x'], /Unknown option '-x'/],
      [['validate', SAMPLE, '--today'], /Option '--today <value>' argument missing/],
      [['validate', SAMPLE, '--json=yes'], /Option '--json' does not take an argument/],
      [['validate', SAMPLE, 'other.json'], /^Expected: validate <file-or-url>/],
      [['check', SAMPLE], /^Unknown command: check/],
      [['toString'], /^Unknown command: toString/],
      [[], /^Expected a command/],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await cli(argv);
      assert.equal(code, 2, argv.join(' '));
      assert.match(err[0] ?? '', message, argv.join(' '));
      assert.deepEqual(out, [], argv.join(' '));
    }
    assert.equal((await cli(['validate', '--help'])).code, 0);
    assert.equal((await cli(['-h'])).code, 0);
  });
});

describe('map-embed validate: dates, review dates, RSS and Atom', () => {
  const write = (name: string, doc: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), 'map-embed-cli-')), name);
    writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
    return path;
  };
  const feed = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });

  it('warns once for each date that is not RFC 3339, naming the id and date_published', async () => {
    const bad = ['03/11/2025', '3 March 2025', '2025-13-01'];
    const path = write('dates.json', feed([
      ...bad.map((date, i) => ({ id: `bad-${i}`, title: `Bad ${i}`, date_published: date })),
      { id: 'good', title: 'Good', date_published: '2025-03-11' },
    ]));
    const { code, out } = await cli(['validate', path]);
    assert.equal(code, 0, 'warnings only');
    bad.forEach((date, i) => {
      const lines = out.filter((line) => line.includes(`(id "bad-${i}")`));
      assert.equal(lines.length, 1, date);
      assert.match(lines[0]!, /^warning \$\.items\[\d\]\.date_published/);
      assert.ok(lines[0]!.includes(`"${date}"`), lines[0]);
    });
    assert.match(out.at(-1)!, /4 items, 4 valid, 0 skipped, 3 warnings\.$/);
  });

  it('warns for content past its next_review, judged against --today', async () => {
    const path = write('review.json', feed([
      { id: 'role-pa', title: 'PA', _map: { type: 'role', profession: 'physician-associate', last_reviewed: '2025-01-10', next_review: '2026-01-10' } },
      { id: 'case', title: 'Case', _map: { type: 'case-study', organisation: 'Trust (example)', next_review: '2026-06-01T00:00:00Z' } },
      { id: 'bad-review', title: 'Bad', _map: { type: 'news', last_reviewed: '10/01/2025' } },
    ]));
    const before = await cli(['validate', path, '--today=2025-12-31']);
    assert.deepEqual(before.out.slice(0, -1), [
      'warning $.items[2]._map.last_reviewed (id "bad-review"): "10/01/2025" is not an RFC 3339 date (such as 2025-03-11); not shown',
    ]);
    const after = await cli(['validate', path, '--today', '2026-03-01']);
    assert.ok(after.out.includes('warning $.items[0]._map.next_review (id "role-pa"): 2026-01-10 has passed: the content is due for review'));
    assert.equal(after.out.filter((line) => line.includes('due for review')).length, 1);
    const later = await cli(['validate', path, '--today=2026-07-01', '--json']);
    const report = JSON.parse(later.out.join('\n')) as Report;
    assert.equal(report.problems.filter((p) => p.message.includes('due for review')).length, 2);
    assert.equal(report.ok, true);
  });

  it('refuses a --today that is not a date', async () => {
    const { code, err } = await cli(['validate', SAMPLE, '--today=31/12/2025']);
    assert.equal(code, 2);
    assert.match(err.join('\n'), /--today needs an RFC 3339 date/);
  });

  it('reads RSS 2.0 and Atom 1.0 as news, hostile markup and all', async () => {
    const rss = await cli(['validate', fixture('news.rss.xml'), '--json']);
    const rssReport = JSON.parse(rss.out.join('\n')) as Report;
    assert.equal(rssReport.title, 'Trust news (RSS)');
    assert.deepEqual(rssReport.items, { total: 3, valid: 3, skipped: 0 });
    assert.equal(rssReport.problems.length, 1);
    assert.equal(rssReport.problems[0]!.itemId, 'rss-british');
    assert.equal(rssReport.problems[0]!.path, '$.items[2].date_published');
    const atom = await cli(['validate', fixture('news.atom.xml')]);
    assert.equal(atom.code, 0);
    assert.match(atom.out.at(-1)!, /2 items, 2 valid, 0 skipped, 0 warnings\.$/);
  });

  it('fails on XML that is neither RSS nor Atom', async () => {
    const path = write('page.xml', '<html><body><p>Not a feed</p></body></html>');
    const { code, err } = await cli(['validate', path]);
    assert.equal(code, 1);
    assert.match(err.join('\n'), /is not valid JSON, RSS or Atom/);
  });
});

describe('map-embed validate (URLs)', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('checks a feed served over HTTP', async () => {
    const { code, out } = await cli(['validate', `${base}/maps.json`, '--today', SAMPLE_TODAY]);
    assert.equal(code, 0);
    assert.match(out.at(-1)!, /18 items, 18 valid, 0 skipped, 0 warnings\.$/);
  });

  it('reports item problems in a served feed', async () => {
    const { code, out } = await cli(['validate', `${base}/invalid-items.json`]);
    assert.equal(code, 1);
    assert.ok(out.includes('warning $.items[6].url (id "news-javascript-url"): is not an http(s) or relative URL; not linked'));
  });

  for (const [path, code, pattern] of [
    ['/missing.json', 'not-found', /answered HTTP 404/],
    ['/broken', 'http', /answered HTTP 500/],
    ['/page.html', 'not-json', /is not valid JSON/],
  ] as const) {
    it(`fails when the URL gives ${code}`, async () => {
      const result = await cli(['validate', `${base}${path}`]);
      assert.equal(result.code, 1);
      assert.match(result.err.join('\n'), pattern);
      const json = await cli(['validate', `${base}${path}`, '--json']);
      assert.equal((JSON.parse(json.out.join('\n')) as Report).failure?.code, code);
    });
  }

  it('gives up on a URL that does not answer in time', async () => {
    const { code, err } = await cli(['validate', `${base}/slow`], 200);
    assert.equal(code, 1);
    assert.match(err.join('\n'), /did not answer within 200 ms/);
  });

  it('fails when nothing is listening', async () => {
    const closed = await startServer();
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/maps.json`;
    await new Promise((resolve) => closed.close(resolve));
    const { code, err } = await cli(['validate', url]);
    assert.equal(code, 1);
    assert.match(err.join('\n'), /could not be fetched/);
  });
});

describe('map-embed collect (hands over to the map-embed-collector package)', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), fetch, timeoutMs: 1000 } };
  };

  it('is a command of map-embed: --help prints its usage, a wrong option exits 2', async () => {
    const { out, err, io } = capture();
    assert.equal(await run(['collect', '--help'], io), 0);
    assert.match(out.join('\n'), /^Usage: map-embed collect/);
    assert.equal(await run(['collect', '--port', 'eighty'], io), 2);
    assert.match(err[0]!, /--port needs a whole number/);
  });

  it('says how to install the collector where it is not installed, and exits 1', async () => {
    // A folder with no node_modules above it that holds the collector: Node's own resolution fails.
    const elsewhere = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'map-embed-no-collector-')), 'cli.js'));
    assert.equal(await loadCollector(elsewhere), undefined);
    const { out, err, io } = capture();
    assert.equal(await run(['collect', '--port', '9000'], { ...io, loadCollector: () => loadCollector(elsewhere) }), 1);
    assert.deepEqual(err, [COLLECTOR_MISSING]);
    assert.match(COLLECTOR_MISSING, /npm install map-embed-collector/);
    assert.deepEqual(out, []);
  });

  it('reports a collector that is installed but cannot be loaded, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-embed-broken-collector-'));
    mkdirSync(join(dir, 'node_modules', 'map-embed-collector'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'map-embed-collector', 'package.json'), JSON.stringify({ name: 'map-embed-collector', exports: './dist/collect.js' }));
    const from = pathToFileURL(join(dir, 'cli.js'));
    await assert.rejects(loadCollector(from), /dist[/\\]collect\.js/);
    const { err, io } = capture();
    assert.equal(await run(['collect'], { ...io, loadCollector: () => loadCollector(from) }), 1);
    assert.match(err.join('\n'), /^map-embed collect: map-embed-collector is installed but could not be loaded \(.*dist[/\\]collect\.js/);
  });
});

describe('npx map-embed (the package bin)', () => {
  const exec = promisify(execFile);
  let server: Server;
  let base: string;
  before(async () => {
    await exec(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.cli.json'], { cwd: root });
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  const bin = (...args: string[]) =>
    exec(process.execPath, ['bin/map-embed.js', ...args], { cwd: root }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('is declared as the package bin', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
    assert.equal(pkg.bin['map-embed'], 'bin/map-embed.js');
  });

  it('exits 0 for the sample feed and 1 for a feed with errors', async () => {
    assert.equal((await bin('validate', 'feed/maps.json')).code, 0);
    const invalid = await bin('validate', 'test/fixtures/invalid-items.json');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /\$\.items\[2\]\._map\.profession \(id "bad-profession"\)/);
  });

  it('checks a URL', async () => {
    const result = await bin('validate', `${base}/maps.json`);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /18 valid/);
  });
});

describe('the source run directly (npx tsx src/cli/cli.ts)', () => {
  const exec = promisify(execFile);
  const source = (...args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', ...args], { cwd: root }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('checks a file and exits with the same status as the bin', async () => {
    const sample = await source('validate', 'feed/maps.json', `--today=${SAMPLE_TODAY}`);
    assert.equal(sample.code, 0);
    assert.match(sample.stdout, /18 items, 18 valid, 0 skipped, 0 warnings\./);
    const invalid = await source('validate', 'test/fixtures/invalid-items.json');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /\$\.items\[3\]\.title \(id "role-no-title"\): is required/);
  });
});
