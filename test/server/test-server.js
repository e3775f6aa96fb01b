// Test-only routes on the test runner's dev server: real HTTP for fixture feeds that count their
// requests, feeds that fail in every way a network can, and endpoints that record posts and can
// be told to fail. Browser tests reach them with fetch(); see test/helpers/server.ts.
import { readFile } from 'node:fs/promises';

const counts = new Map();
const endpoints = new Map();

function endpoint(name) {
  if (!endpoints.has(name)) endpoints.set(name, { posts: [], failures: [] });
  return endpoints.get(name);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The example pages as a trust's server would send them: strict-csp.html, and the loader's test
// pages (test/dist/pages/), under the strict policy. With `?probe`, test/dist/probe.js goes first
// in <head> (an external script, so even the strict policy allows it) to record CSP violations
// and errors from the first moment.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

// `?trusted-types=<names>` adds Trusted Types enforcement: `require-trusted-types-for 'script'`
// with only the policies named allowed (`'none'`: none at all).
const TRUSTED_TYPE_NAMES = /^(?:'none'|[\w-]+(?: [\w-]+)*)$/;

async function examplePage(ctx, next, url) {
  if (url.pathname === '/examples/strict-csp.html' || url.pathname.startsWith('/test/dist/pages/')) {
    const names = url.searchParams.get('trusted-types');
    const trustedTypes =
      names && TRUSTED_TYPE_NAMES.test(names) ? `; require-trusted-types-for 'script'; trusted-types ${names}` : '';
    ctx.set('Content-Security-Policy', STRICT_CSP + trustedTypes);
  }
  if (!url.searchParams.has('probe') || !url.pathname.endsWith('.html')) return next();
  const file = new URL(`../..${url.pathname}`, import.meta.url);
  const page = await readFile(file, 'utf8');
  ctx.type = 'text/html';
  ctx.body = page.replace(/<head>/i, '<head><script src="/test/dist/probe.js"></script>');
}

// The built pages under /__test/agent/<path>: an HTML page gets the probe and test/dist/frame-agent.js
// (which answers the test through postMessage from a frame it cannot reach: sandboxed or on the other
// hostname) and the strict policy; any other file is the one at /<path>, readable from a sandboxed
// frame's opaque origin (module scripts and the feed are fetched with CORS there).
// /__test/agent-no-csp/<path> is the same without the policy: WebKit matches `script-src 'self'`
// against a sandboxed frame's opaque origin, so under it no script runs without allow-same-origin.
async function agentPage(ctx, next, url) {
  const [, , route] = url.pathname.split('/');
  const path = url.pathname.slice(`/__test/${route}`.length);
  ctx.set('Access-Control-Allow-Origin', '*');
  if (!path.endsWith('.html')) {
    ctx.url = `${path}${url.search}`;
    return next();
  }
  const page = await readFile(new URL(`../..${path}`, import.meta.url), 'utf8');
  if (route === 'agent') ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.type = 'text/html';
  ctx.body = page.replace(
    /<head>/i,
    '<head><script src="/test/dist/probe.js"></script><script src="/test/dist/frame-agent.js"></script>',
  );
}

const VALID_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Test feed',
  items: [{ id: 'n1', title: 'A news item', date_published: '2025-01-01T00:00:00Z' }],
});

export function testServerMiddleware() {
  return async function testRoutes(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const path = url.pathname;

    if (path.startsWith('/examples/')) return examplePage(ctx, next, url);
    if (path.startsWith('/__test/agent/') || path.startsWith('/__test/agent-no-csp/')) return agentPage(ctx, next, url);

    if (path.startsWith('/test/fixtures/')) {
      counts.set(ctx.url, (counts.get(ctx.url) ?? 0) + 1);
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay) await sleep(delay);
      return next();
    }

    // The loader's test pages (test/dist/pages/), served like the example pages.
    if (path.startsWith('/test/dist/pages/')) return examplePage(ctx, next, url);

    // The built loader alone in a folder, as a site that copied only dist/map-embed.js serves it:
    // its chunks (and map-embed.all.js) are not beside it.
    if (path.startsWith('/test/dist/lonely/')) {
      if (path !== '/test/dist/lonely/map-embed.js') {
        ctx.status = 404;
        return;
      }
      ctx.type = 'text/javascript';
      ctx.body = await readFile(new URL('../../dist/map-embed.js', import.meta.url), 'utf8');
      return;
    }

    if (!path.startsWith('/__test/')) return next();
    const [, , route, ...rest] = path.split('/');

    switch (route) {
      case 'count': {
        ctx.body = { count: counts.get(url.searchParams.get('url')) ?? 0 };
        return;
      }
      case 'fast-check': {
        // FC_SEED=<n> replays property tests exactly (fast-check prints the seed of a failure);
        // FC_RUNS scales the number of runs (e.g. 0.2 for a quick local pass, 5 for a soak).
        ctx.body = { seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : null, scale: Number(process.env.FC_RUNS ?? 1) || 1 };
        return;
      }
      case 'status': {
        counts.set(ctx.url, (counts.get(ctx.url) ?? 0) + 1);
        ctx.status = Number(rest[0]);
        ctx.body = 'failure on purpose';
        return;
      }
      case 'slow': {
        counts.set(ctx.url, (counts.get(ctx.url) ?? 0) + 1);
        await sleep(Number(url.searchParams.get('ms') ?? 1000));
        ctx.type = 'application/feed+json';
        ctx.body = VALID_FEED;
        return;
      }
      case 'truncated': {
        ctx.type = 'application/feed+json';
        ctx.body = VALID_FEED.slice(0, 40);
        return;
      }
      case 'html': {
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not a feed</title><p>Page not found</p>';
        return;
      }
      case 'xml': {
        // /__test/xml/<file>: a feed's bytes as they are, from test/fixtures/ or a feed-corpus-*
        // package, with exactly the content type given (?type=; default application/rss+xml, no charset).
        const file = rest.join('/');
        if (!/^(?:test\/fixtures|node_modules\/feed-corpus-[\w-]+)\/[\w./-]+$/.test(file) || file.includes('..')) {
          ctx.status = 404;
          return;
        }
        ctx.body = await readFile(new URL(`../../${file}`, import.meta.url));
        ctx.set('Content-Type', url.searchParams.get('type') ?? 'application/rss+xml');
        return;
      }
      case 'deep': {
        // An RSS feed whose description nests ?depth= elements (200,000 by default).
        const depth = Math.min(Number(url.searchParams.get('depth') ?? 200_000), 1_000_000);
        ctx.body = `<rss version="2.0"><channel><title>Deep</title><item><title>x</title><description>${'<b>'.repeat(depth)}${'</b>'.repeat(depth)}</description></item></channel></rss>`;
        ctx.set('Content-Type', 'application/rss+xml');
        return;
      }
      case 'not-feed': {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ hello: 'world' });
        return;
      }
      case 'flaky': {
        // Fails until told otherwise: /__test/flaky/<name>?ok=1 makes later loads succeed;
        // &fixture=maps.json makes them answer with that file from test/fixtures/; &delay=300
        // makes every later answer (success or failure) wait that many milliseconds; ?ok=0 takes
        // the feed down again (a server that goes down between two visits).
        const name = rest[0];
        const state = endpoint(`flaky:${name}`);
        // &hold=1 makes later answers wait until /__test/flaky/<name>?release=1 (no guessed delays).
        if (url.searchParams.has('release')) {
          state.release?.();
          state.held = undefined;
          ctx.body = { released: true };
          return;
        }
        if (url.searchParams.has('ok')) {
          state.ok = url.searchParams.get('ok') === '1';
          state.fixture = url.searchParams.get('fixture')?.replace(/[^\w.-]/g, '');
          state.delay = Number(url.searchParams.get('delay') ?? 0);
          if (url.searchParams.get('hold') === '1') state.held = new Promise((resolve) => (state.release = resolve));
          ctx.body = { ok: state.ok };
          return;
        }
        counts.set(ctx.url, (counts.get(ctx.url) ?? 0) + 1);
        if (state.delay) await sleep(state.delay);
        if (state.held) await state.held;
        if (state.ok) {
          ctx.type = 'application/feed+json';
          ctx.body = state.fixture
            ? await readFile(new URL(`../fixtures/${state.fixture}`, import.meta.url), 'utf8')
            : VALID_FEED;
        } else {
          ctx.status = 500;
          ctx.body = 'down';
        }
        return;
      }
      case 'endpoint': {
        // /__test/endpoint/<name>            POST records the JSON body; answers per the failure plan
        // /__test/endpoint/<name>/fail?status=503&times=2   the next 2 posts answer 503
        //   (&location=<url> with a 3xx status: the redirect's Location)
        // /__test/endpoint/<name>/log        GET the recorded posts (successful ones)
        // /__test/endpoint/<name>/reset      forget posts and failures
        const [name, action] = rest;
        const state = endpoint(name);
        if (action === 'fail') {
          const status = Number(url.searchParams.get('status') ?? 503);
          const times = Number(url.searchParams.get('times') ?? 1);
          for (let i = 0; i < times; i++) state.failures.push(status);
          state.location = url.searchParams.get('location') ?? undefined;
          ctx.body = { queued: state.failures.length };
          return;
        }
        if (action === 'log') {
          ctx.body = { posts: state.posts, attempts: state.attempts ?? 0 };
          return;
        }
        if (action === 'reset') {
          endpoints.delete(name);
          ctx.body = { ok: true };
          return;
        }
        if (ctx.method === 'OPTIONS') {
          ctx.status = 204;
          return;
        }
        if (ctx.method !== 'POST') {
          ctx.status = 405;
          return;
        }
        const raw = await readBody(ctx.req);
        state.attempts = (state.attempts ?? 0) + 1;
        const failure = state.failures.shift();
        if (failure) {
          ctx.status = failure;
          if (failure >= 300 && failure < 400 && state.location) ctx.set('Location', state.location);
          ctx.body = { error: 'failure on purpose' };
          return;
        }
        let body;
        try {
          body = JSON.parse(raw);
        } catch {
          ctx.status = 400;
          ctx.body = { error: 'body is not JSON' };
          return;
        }
        state.posts.push({ body, contentType: ctx.get('content-type'), at: Date.now() });
        ctx.status = 201;
        ctx.body = { ok: true };
        return;
      }
      default:
        ctx.status = 404;
    }
  };
}
