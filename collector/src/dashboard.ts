/**
 * The admin dashboard: server-rendered HTML (every value escaped by hono/html), with charts drawn
 * by uPlot, which the collector serves itself (no CDN). Every chart has a table of the same figures.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
// Hono's server-side `serverHtml` (escapes every value), named apart from Lit's so lit-analyzer leaves it alone.
import { html as serverHtml, raw } from 'hono/html';
import type { Summary } from './store.js';

const require = createRequire(import.meta.url);

export const dashboardAssets: Record<string, { type: string; read: () => Promise<Buffer> }> = {
  '/assets/uPlot.iife.min.js': {
    type: 'text/javascript; charset=utf-8',
    read: () => readFile(require.resolve('uplot/dist/uPlot.iife.min.js')),
  },
  '/assets/uPlot.min.css': {
    type: 'text/css; charset=utf-8',
    read: () => readFile(require.resolve('uplot/dist/uPlot.min.css')),
  },
  '/assets/dashboard.js': {
    type: 'text/javascript; charset=utf-8',
    read: () => readFile(new URL('./dashboard-client.js', import.meta.url)),
  },
  '/assets/dashboard.css': {
    type: 'text/css; charset=utf-8',
    read: async () => Buffer.from(STYLES),
  },
};

const STYLES = `
body { font-family: Arial, sans-serif; color: #212b32; background: #f0f4f5; margin: 0; line-height: 1.5; }
header { background: #005eb8; color: #fff; padding: 16px 24px; display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 8px; }
header h1 { margin: 0; font-size: 1.5rem; }
main { padding: 16px 24px; max-width: 1100px; }
section { background: #fff; border: 1px solid #d8dde0; padding: 16px; margin-bottom: 24px; }
h2 { margin-top: 0; font-size: 1.25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d8dde0; vertical-align: top; }
td.n, th.n { text-align: right; }
form.filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-end; }
label { display: block; font-weight: bold; }
input, select, button { font: inherit; padding: 4px 8px; }
button { background: #007f3b; color: #fff; border: 0; padding: 8px 16px; cursor: pointer; }
header button { background: #fff; color: #005eb8; }
:focus-visible { outline: 3px solid #ffeb3b; box-shadow: 0 0 0 6px #212b32; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr)); gap: 16px; }
.chart { min-height: 220px; }
.comment { white-space: pre-wrap; overflow-wrap: anywhere; }
.error { color: #d5281b; font-weight: bold; }
a { color: #005eb8; }
a.button { display: inline-block; background: #007f3b; color: #fff; padding: 8px 16px; text-decoration: none; font-weight: bold; }
.pager { display: flex; gap: 16px; align-items: center; margin-top: 8px; }
td { overflow-wrap: anywhere; }
.user { margin-right: 8px; }
figure { margin: 0 0 16px; min-width: 0; }
.scroll { overflow-x: auto; }
@media (max-width: 600px) { main { padding: 8px; } section { padding: 8px; } }
`;

/** One page (1-based) of a long table, and how many rows there are in all. */
interface PagedRows<T> {
  page: number;
  total: number;
  rows: T[];
}

export interface DashboardData {
  /** Who is signed in. */
  user: string;
  filter: { item: string; from: string; to: string };
  pageSize: number;
  summaries: PagedRows<Summary>;
  total: Summary;
  perDay: [string, number, number | null, number][];
  comments: { itemId: string; rating: number | string; comment: string; receivedAt: string }[];
  bookmarks: PagedRows<{ itemId: string; title: string; saves: number; removals: number; now: number }>;
}

const page = (title: string, body: unknown) => serverHtml`<!doctype html>
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>${title}</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href="/assets/uPlot.min.css" />
      <link rel="stylesheet" href="/assets/dashboard.css" />
    </head>
    ${body}
  </html>`;

export function loginPage(options: { token: boolean; oidc: boolean; wrong: boolean }) {
  const { wrong } = options;
  return page(
    'Sign in: map-embed collector',
    serverHtml`<body>
      <header><h1>map-embed collector</h1></header>
      <main>
        <section>
          <h2>Sign in</h2>
          ${options.oidc
            ? serverHtml`<p><a class="button" href="/auth/start">Sign in with your organisation account</a></p>`
            : ''}
          ${options.token
            ? serverHtml`<form method="post" action="/auth/login">
                ${wrong ? serverHtml`<p class="error" id="token-error">That is not the admin token.</p>` : ''}
                <label for="token">Admin token</label>
                <p>The value of <code>MAP_EMBED_ADMIN_TOKEN</code> the collector was started with. You stay signed in for up to 8 hours (30 minutes without using the dashboard).</p>
                <input id="token" name="token" type="password" autocomplete="current-password" required ${raw(wrong ? 'aria-describedby="token-error" aria-invalid="true"' : '')} />
                <button type="submit">Sign in</button>
              </form>`
            : ''}
        </section>
      </main>
    </body>`,
  );
}

const CALLBACK_TEXT = {
  ok: ['Signed in', 'You are signed in.'],
  refused: ['Not allowed', 'Your account is not in a group or e-mail domain allowed to see this dashboard. Ask the collector’s administrator.'],
  failed: ['Sign-in failed', 'The sign-in could not be completed. Try again.'],
  expired: ['Sign-in expired', 'This sign-in was started too long ago, or in another browser. Try again.'],
} as const;

/** The page the identity provider sends the browser back to. */
export function callbackPage(outcome: keyof typeof CALLBACK_TEXT) {
  const [title, text] = CALLBACK_TEXT[outcome];
  return page(
    `${title}: map-embed collector`,
    serverHtml`<body>
      ${outcome === 'ok' ? raw('<meta http-equiv="refresh" content="0;url=/admin" />') : ''}
      <header><h1>map-embed collector</h1></header>
      <main>
        <section>
          <h2>${title}</h2>
          <p>${text}</p>
          <p><a href="/admin">${outcome === 'ok' ? 'Continue to the dashboard' : 'Back to sign-in'}</a></p>
        </section>
      </main>
    </body>`,
  );
}

/** "Previous" and "Next" links for one paged table; `param` is its page's query parameter. */
function pager(label: string, param: string, rows: PagedRows<unknown>, pageSize: number, query: Record<string, string>) {
  const pages = Math.max(1, Math.ceil(rows.total / pageSize));
  if (pages === 1) return '';
  const href = (n: number) => `/admin?${new URLSearchParams({ ...query, [param]: String(n) }).toString()}`;
  return serverHtml`<nav class="pager" aria-label="${label} pages">
    ${rows.page > 1 ? serverHtml`<a href="${href(rows.page - 1)}">Previous</a>` : ''}
    <span>Page ${Math.min(rows.page, pages)} of ${pages}</span>
    ${rows.page < pages ? serverHtml`<a href="${href(rows.page + 1)}">Next</a>` : ''}
  </nav>`;
}

/** "Showing 51–100 of 20000": where this page sits in the whole list. */
function showing(rows: PagedRows<unknown>, pageSize: number, what: string) {
  if (!rows.rows.length) return '';
  const first = (rows.page - 1) * pageSize + 1;
  return serverHtml`<p>Showing ${first}–${first + rows.rows.length - 1} of ${rows.total} ${what}.</p>`;
}

const average = (s: Summary) => (s.average === null ? '–' : s.average.toFixed(2));
const starCount = (s: Summary) => Object.values(s.stars).reduce((a, b) => a + b, 0);

export function dashboardPage(data: DashboardData) {
  const { filter, total } = data;
  const kept: Record<string, string> = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
  const query = new URLSearchParams(kept).toString();
  // The charts need only these; the long tables stay out of the page's data.
  const json = JSON.stringify({ total: data.total, perDay: data.perDay }).replace(/</g, '\\u003c');
  return page(
    'Ratings and bookmarks: map-embed collector',
    serverHtml`<body>
      <header>
        <h1>Ratings and bookmarks</h1>
        <form method="post" action="/auth/logout"><span class="user">${data.user}</span> <button type="submit">Sign out</button></form>
      </header>
      <main>
        <section aria-labelledby="filters-title">
          <h2 id="filters-title">Filter</h2>
          <form class="filters" method="get" action="/admin">
            <div><label for="item">Item id (empty for all)</label><input id="item" name="item" type="text" value="${filter.item}" /></div>
            <div><label for="from">From (received on or after)</label><input id="from" name="from" type="date" value="${filter.from}" /></div>
            <div><label for="to">To (received on or before)</label><input id="to" name="to" type="date" value="${filter.to}" /></div>
            <button type="submit">Apply</button>
          </form>
          <p>
            Download: <a href="/admin/export/ratings.csv${query ? `?${query}` : ''}">ratings.csv</a> (with these filters) ·
            <a href="/admin/export/bookmarks.csv">bookmarks.csv</a>
          </p>
        </section>

        <section aria-labelledby="overview-title">
          <h2 id="overview-title">${filter.item ? serverHtml`Ratings of ${filter.item}` : 'All ratings'}</h2>
          <p>
            ${total.count} ratings: ${starCount(total)} star ratings (average ${average(total)} out of 5),
            ${total.useful.yes} “yes” and ${total.useful.no} “no” to “Is this page useful?”.
          </p>
          <div class="charts">
            <figure>
              <figcaption>Star ratings</figcaption>
              <div class="chart" id="chart-stars" aria-hidden="true"></div>
              <table>
                <thead><tr><th>Stars</th><th class="n">Ratings</th></tr></thead>
                <tbody>${(['1', '2', '3', '4', '5'] as const).map((n) => serverHtml`<tr><td>${n}</td><td class="n">${total.stars[n]}</td></tr>`)}</tbody>
              </table>
            </figure>
            <figure>
              <figcaption>Is this page useful?</figcaption>
              <div class="chart" id="chart-useful" aria-hidden="true"></div>
              <table>
                <thead><tr><th>Answer</th><th class="n">Ratings</th></tr></thead>
                <tbody>
                  <tr><td>Yes</td><td class="n">${total.useful.yes}</td></tr>
                  <tr><td>No</td><td class="n">${total.useful.no}</td></tr>
                </tbody>
              </table>
            </figure>
          </div>
          <figure>
            <figcaption>Ratings per day (UTC)</figcaption>
            <div class="chart" id="chart-days" aria-hidden="true"></div>
            <details>
              <summary>Ratings per day as a table</summary>
              <table>
                <thead><tr><th>Day</th><th class="n">Star ratings</th><th class="n">Average stars</th><th class="n">Useful answers</th></tr></thead>
                <tbody>
                  ${data.perDay.map(
                    ([d, stars, avg, useful]) =>
                      serverHtml`<tr><td>${d}</td><td class="n">${stars}</td><td class="n">${avg === null ? '–' : avg.toFixed(2)}</td><td class="n">${useful}</td></tr>`,
                  )}
                </tbody>
              </table>
            </details>
          </figure>
        </section>

        <section aria-labelledby="items-title">
          <h2 id="items-title">Per item</h2>
          ${showing(data.summaries, data.pageSize, 'items')}
          <div class="scroll" tabindex="0" role="region" aria-label="Table of ratings per item">
          <table>
            <thead>
              <tr><th>Item</th><th class="n">Ratings</th><th class="n">Average stars</th><th class="n">1★</th><th class="n">2★</th><th class="n">3★</th><th class="n">4★</th><th class="n">5★</th><th class="n">Yes</th><th class="n">No</th></tr>
            </thead>
            <tbody>
              ${data.summaries.rows.map(
                (s) => serverHtml`<tr>
                  <td><a href="/admin?${new URLSearchParams({ ...kept, item: s.itemId }).toString()}">${s.itemId}</a></td>
                  <td class="n">${s.count}</td><td class="n">${average(s)}</td>
                  ${(['1', '2', '3', '4', '5'] as const).map((n) => serverHtml`<td class="n">${s.stars[n]}</td>`)}
                  <td class="n">${s.useful.yes}</td><td class="n">${s.useful.no}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          </div>
          ${data.summaries.rows.length ? '' : serverHtml`<p>No ratings match these filters.</p>`}
          ${pager('Per item', 'page', data.summaries, data.pageSize, kept)}
        </section>

        <section aria-labelledby="comments-title">
          <h2 id="comments-title">Latest comments</h2>
          ${data.comments.length
            ? serverHtml`<table>
                <thead><tr><th>Received (UTC)</th><th>Item</th><th>Rating</th><th>Comment</th></tr></thead>
                <tbody>
                  ${data.comments.map(
                    (c) => serverHtml`<tr><td>${c.receivedAt.slice(0, 16).replace('T', ' ')}</td><td>${c.itemId}</td><td>${c.rating}</td><td class="comment">${c.comment}</td></tr>`,
                  )}
                </tbody>
              </table>`
            : serverHtml`<p>No comments match these filters.</p>`}
        </section>

        <section aria-labelledby="bookmarks-title">
          <h2 id="bookmarks-title">Bookmarks</h2>
          ${showing(data.bookmarks, data.pageSize, 'bookmarked items')}
          ${data.bookmarks.rows.length
            ? serverHtml`<table>
                <thead><tr><th>Item</th><th>Title</th><th class="n">Saved</th><th class="n">Removed</th><th class="n">Bookmarked now</th></tr></thead>
                <tbody>
                  ${data.bookmarks.rows.map(
                    (b) => serverHtml`<tr><td>${b.itemId}</td><td>${b.title}</td><td class="n">${b.saves}</td><td class="n">${b.removals}</td><td class="n">${b.now}</td></tr>`,
                  )}
                </tbody>
              </table>`
            : serverHtml`<p>No bookmarks yet.</p>`}
          ${pager('Bookmarks', 'bookmarks', data.bookmarks, data.pageSize, { ...kept, page: String(data.summaries.page) })}
        </section>
      </main>
      <script type="application/json" id="dashboard-data">${raw(json)}</script>
      <script src="/assets/uPlot.iife.min.js"></script>
      <script src="/assets/dashboard.js"></script>
    </body>`,
  );
}
