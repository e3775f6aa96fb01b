// In-page half of the benchmark (see scripts/bench.js): each function measures one figure in
// this page and returns plain numbers. Loaded after /dist/map-embed.all.js, the single-file build (it exports loadFeed).
import { loadFeed } from '/dist/map-embed.all.js';

const stage = () => document.getElementById('stage');
const PROFESSION = 'physician-associate';
let feedCounter = 0;

/** Collect garbage between samples, when the browser was started with --expose-gc. */
const collect = () => window.gc?.();

/**
 * With `?profile` (bench/profile.js --cpu), each timed window is also a console profile, so V8's
 * sampling profiler covers exactly what the clock covers. Without it these do nothing.
 */
const profiling = new URLSearchParams(location.search).has('profile');
const profileStart = (name) => profiling && console.profile(name);
const profileEnd = (name) => profiling && console.profileEnd(name);

/** Forces style and layout, so a figure includes the browser's work, not only the script's. */
const layout = (node) => node.getBoundingClientRect().height;

function feedUrl(document) {
  return URL.createObjectURL(new Blob([JSON.stringify(document)], { type: 'application/feed+json' }));
}

/** A fresh feed (new item objects, so nothing is cached from an earlier sample) of `count` news items. */
function newsFeed(count) {
  const run = ++feedCounter;
  const items = Array.from({ length: count }, (_, i) => ({
    id: `news-${run}-${i}`,
    title: `News item ${i}: workforce update for trusts & teams`,
    summary: `Summary ${i} of a news item about the medical associate professions, long enough to wrap on a narrow column.`,
    url: `https://example.org/news/${run}/${i}`,
    date_published: new Date(Date.UTC(2025, 0, 1) - i * 3_600_000).toISOString(),
    tags: i % 2 === 0 ? [PROFESSION, 'workforce'] : ['workforce'],
  }));
  return feedUrl({ version: 'https://jsonfeed.org/version/1.1', title: 'Bench news', items });
}

function caseStudyFeed(count) {
  const run = ++feedCounter;
  const items = Array.from({ length: count }, (_, i) => ({
    id: `case-${run}-${i}`,
    title: `Case study ${i}`,
    summary: `How trust ${i} brought physician associates into its emergency department.`,
    url: `https://example.org/case/${i}`,
    _map: { type: 'case-study', organisation: `Example NHS Trust ${i}`, quote: `Quote ${i} from a clinician.`, person: `Person ${i}` },
  }));
  return feedUrl({ version: 'https://jsonfeed.org/version/1.1', title: 'Bench case studies', items });
}

/** Resolves once `done()` holds, checking after each update and each microtask turn. */
async function until(element, done) {
  for (let i = 0; !done(); i++) {
    await element.updateComplete;
    if (done()) return;
    await (i < 50 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 0)));
    if (i > 10_000) throw new Error(`<${element.localName}> never finished`);
  }
}

// ---- The vanilla-DOM baseline: the same markup as <map-news-list>, written by hand. ----

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const numericDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/London' });

function ukIsoDate(time) {
  const parts = numericDate.formatToParts(time);
  const get = (type) => parts.find((p) => p.type === type).value.padStart(type === 'year' ? 4 : 2, '0');
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const itemTemplate = document.createElement('template');
itemTemplate.innerHTML =
  '<li class="item" part="item"><h3 class="title" part="title"><a part="link"></a></h3>' +
  '<p class="date" part="date">Published <time></time></p><p class="summary" part="summary"></p>' +
  '<a class="view" part="view-link">View article</a></li>';

function vanillaItem(item) {
  const li = itemTemplate.content.firstChild.cloneNode(true);
  const [heading, date, summary, view] = li.children;
  const link = heading.firstChild;
  link.textContent = item.title;
  if (item.url) {
    link.setAttribute('href', item.url);
    view.setAttribute('href', item.url);
  } else {
    view.hidden = true;
  }
  if (item.published === undefined) {
    date.hidden = true;
  } else {
    const time = date.lastChild;
    time.setAttribute('datetime', ukIsoDate(item.published));
    time.textContent = longDate.format(item.published);
  }
  if (item.summary) summary.textContent = item.summary;
  else summary.hidden = true;
  view.setAttribute('aria-label', `View article: ${item.title}`);
  return li;
}

function vanillaList(feed, sheets) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const list = document.createElement('ul');
  list.className = 'list';
  list.setAttribute('part', 'list');
  const nodes = new Map();
  for (const item of feed.news.slice(0, 1000)) {
    const li = vanillaItem(item);
    nodes.set(item.id, li);
    list.append(li);
  }
  // The same shadow tree MapElement makes: a block wrapper (so page CSS cannot break the layout)
  // and, after it, the slot that shows what a self-closed tag swallowed.
  const wrapper = document.createElement('div');
  wrapper.className = 'root';
  wrapper.append(list);
  const spill = document.createElement('slot');
  spill.className = 'spill';
  root.append(wrapper, spill);
  return { host, list, nodes };
}

const newsSheets = () => customElements.get('map-news-list').elementStyles.map((style) => style.styleSheet);

/** The shadow DOM as markup, without Lit's comment markers and the whitespace between tags. */
export function markup(root) {
  return root.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/ ?(<\/?(?:li|h3|p|a|span|time|ul)\b)/g, '$1')
    .replace(/>\s+/g, '>')
    .trim();
}

async function renderedNewsList(url) {
  const element = Object.assign(document.createElement('map-news-list'), { src: url, limit: 1000 });
  stage().append(element);
  await until(element, () => element.shadowRoot?.querySelectorAll('li.item').length === 1000);
  layout(element);
  return element;
}

/** One sample of first render: [element ms, baseline ms], in the given order. */
async function newsFirstRenderSample(elementFirst) {
  const url = newsFeed(1000);
  const feed = await loadFeed(url);
  const sheets = newsSheets();
  const timeElement = async () => {
    collect();
    profileStart('first-render:element');
    const start = performance.now();
    const element = await renderedNewsList(url);
    const ms = performance.now() - start;
    profileEnd('first-render:element');
    performance.measure('first-render:element', { start, duration: ms });
    return { ms, markup: markup(element.shadowRoot), node: element };
  };
  const timeBaseline = async () => {
    collect();
    profileStart('first-render:baseline');
    const start = performance.now();
    const { host } = vanillaList(feed, sheets);
    stage().append(host);
    layout(host);
    const ms = performance.now() - start;
    profileEnd('first-render:baseline');
    performance.measure('first-render:baseline', { start, duration: ms });
    return { ms, markup: markup(host.shadowRoot), node: host };
  };
  const first = elementFirst ? await timeElement() : await timeBaseline();
  first.node.remove();
  const second = elementFirst ? await timeBaseline() : await timeElement();
  second.node.remove();
  const [element, baseline] = elementFirst ? [first, second] : [second, first];
  URL.revokeObjectURL(url);
  return { element: element.ms, baseline: baseline.ms, same: element.markup === baseline.markup, elementMarkup: element.markup.slice(0, 600), baselineMarkup: baseline.markup.slice(0, 600) };
}

/** One sample of a filter change (all 1,000 → the 500 tagged with a profession). */
async function newsFilterSample(elementFirst) {
  const url = newsFeed(1000);
  const feed = await loadFeed(url);
  const sheets = newsSheets();
  const timeElement = async () => {
    const element = await renderedNewsList(url);
    collect();
    profileStart('filter:element');
    const start = performance.now();
    element.profession = PROFESSION;
    await element.updateComplete;
    const script = performance.now() - start;
    layout(element);
    const ms = performance.now() - start;
    profileEnd('filter:element');
    performance.measure('filter:element', { start, duration: ms });
    // Checked after the clock stops: the baseline is not charged for a query either.
    const shown = element.shadowRoot.querySelectorAll('li.item').length;
    if (shown !== 500) throw new Error(`<map-news-list> showed ${shown} items after the filter change, not 500`);
    const result = { ms, script, markup: markup(element.shadowRoot) };
    element.remove();
    return result;
  };
  const timeBaseline = async () => {
    const { host, list, nodes } = vanillaList(feed, sheets);
    stage().append(host);
    layout(host);
    collect();
    profileStart('filter:baseline');
    const start = performance.now();
    const shown = feed.news.filter((item) => item.tags.some((tag) => tag.trim().toLowerCase() === PROFESSION)).slice(0, 1000);
    // Keyed, touching only what changes: items no longer shown are removed, the rest stay put,
    // and any newly shown item is inserted in its place.
    const wanted = new Set(shown.map((item) => item.id));
    for (const [id, li] of nodes) if (!wanted.has(id)) li.remove();
    let at = list.firstElementChild;
    for (const item of shown) {
      const li = nodes.get(item.id) ?? vanillaItem(item);
      if (li === at) at = at.nextElementSibling;
      else list.insertBefore(li, at);
    }
    const script = performance.now() - start;
    layout(host);
    const ms = performance.now() - start;
    profileEnd('filter:baseline');
    performance.measure('filter:baseline', { start, duration: ms });
    const result = { ms, script, markup: markup(host.shadowRoot) };
    host.remove();
    return result;
  };
  const first = elementFirst ? await timeElement() : await timeBaseline();
  const second = elementFirst ? await timeBaseline() : await timeElement();
  const [element, baseline] = elementFirst ? [first, second] : [second, first];
  URL.revokeObjectURL(url);
  return { element: element.ms, baseline: baseline.ms, elementScript: element.script, baselineScript: baseline.script, same: element.markup === baseline.markup };
}

/** Slide change cost with `count` slides: ms per click on "Next slide", each to the DOM settled and laid out. */
async function carouselSamples(count, changes) {
  const url = caseStudyFeed(count);
  await loadFeed(url);
  const carousel = Object.assign(document.createElement('map-case-study-carousel'), { src: url });
  stage().append(carousel);
  await until(carousel, () => carousel.shadowRoot?.querySelectorAll('[part~="slide"]').length === count);
  layout(carousel);
  const next = carousel.shadowRoot.querySelector('[part~="next"]');
  const samples = [];
  for (let i = 0; i < changes; i++) {
    const before = carousel.shadowRoot.querySelector('[part~="picker-button-current"]');
    const start = performance.now();
    next.click();
    await until(carousel, () => carousel.shadowRoot.querySelector('[part~="picker-button-current"]') !== before);
    layout(carousel);
    samples.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  carousel.remove();
  URL.revokeObjectURL(url);
  return samples;
}

/** 20 elements of every kind naming one feed URL; resolves once all have rendered it. */
async function twentyElements(url) {
  const professions = ['physician-associate', 'physician-assistant-anaesthesia', 'advanced-critical-care-practitioner', 'surgical-care-practitioner'];
  const elements = [];
  for (let i = 0; i < 20; i++) {
    const kind = i % 4;
    if (kind === 0) elements.push(Object.assign(document.createElement('map-news-list'), { src: url }));
    if (kind === 1) elements.push(Object.assign(document.createElement('map-role-card'), { src: url, profession: professions[i % 3] }));
    if (kind === 2) elements.push(Object.assign(document.createElement('map-case-study-carousel'), { src: url }));
    if (kind === 3) elements.push(Object.assign(document.createElement('map-news-list'), { src: url, profession: professions[0] }));
  }
  stage().append(...elements);
  await Promise.all(
    elements.map((element) =>
      until(element, () => Boolean(element.shadowRoot?.firstElementChild) && !element.shadowRoot.querySelector('[part~="loading"]')),
    ),
  );
  const errors = elements.filter((element) => element.shadowRoot.querySelector('[part~="error"]')).length;
  for (const element of elements) element.remove();
  return { elements: elements.length, errors };
}

window.bench = { newsFirstRenderSample, newsFilterSample, carouselSamples, twentyElements, ready: true };
