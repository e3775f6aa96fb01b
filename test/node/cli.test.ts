import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FETCH_TIMEOUT_MS, run, type CliIo, type Report } from '../../src/cli/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../feed/maps.json', import.meta.url));

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
    const { code, out, err } = await cli(['validate', SAMPLE]);
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
    assert.ok(problems.includes('warning $.items[8].date_published (id "news-bad-date"): is not an RFC 3339 date; shown without a date'));
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
    const { code, out } = await cli(['validate', `${base}/maps.json`]);
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
    const sample = await source('validate', 'feed/maps.json');
    assert.equal(sample.code, 0);
    assert.match(sample.stdout, /18 items, 18 valid, 0 skipped, 0 warnings\./);
    const invalid = await source('validate', 'test/fixtures/invalid-items.json');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /\$\.items\[3\]\.title \(id "role-no-title"\): is required/);
  });
});
