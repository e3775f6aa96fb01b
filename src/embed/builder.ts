/**
 * dist/builder.html: writes the code a web editor pastes, for an element and attributes chosen
 * from controls generated out of custom-elements.json, with a live preview (the embed page itself,
 * whose reported height the iframe snippets use) and a feed check using the CLI's validator.
 */
import { FEED_ACCEPT, readFeed } from '../feed/document.js';
import { loadFeed } from '../feed/feed-cache.js';
import type { Feed } from '../feed/types.js';
import { renderFragment } from '../render/fragment.js';
import { AttributeError, ContentError, isRenderable } from '../render/views.js';
import { FeedFormatError, formatProblem, validateFeed } from '../feed/validate.js';
import type { FeedProblem } from '../feed/types.js';
import { ELEMENTS, embedUrl, shortName, type AttributeInfo, type ElementInfo } from './elements.js';
import { pageStrings } from './page-strings.js';
import { reportedHeight } from './resize-message.js';

const params = new URLSearchParams(location.search);
const { language, t, label } = pageStrings(params.get('lang'));

/** What a first-time editor sees in the preview, rather than an element's "choose a profession" error. */
const STARTING_VALUES: Record<string, Record<string, string>> = {
  'map-role-card': { profession: 'physician-associate' },
};

/** Sandbox tokens for the iframe snippets: scripts, storage, the rating form and links to the top window. */
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation';

/** The elements' own documentation (custom-elements.json) is in English, whatever the page's language. */
const MANIFEST_LANGUAGE = 'en-GB';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const elementSelect = byId<HTMLSelectElement>('element');
const attributesBox = byId<HTMLDivElement>('attributes');
const preview = byId<HTMLIFrameElement>('preview');
const measured = byId<HTMLParagraphElement>('measured');

let current: ElementInfo = ELEMENTS[0]!;
let previewHeight = 0;

function translatePage(): void {
  document.documentElement.lang = language === 'cy' ? 'cy' : 'en-GB';
  document.title = `${t('title')} – map-embed`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = el.dataset.t as Parameters<typeof t>[0];
    // t() answers a key no table has with the key itself: such an element keeps its text.
    const text = t(key);
    if (text !== key) el.textContent = text;
  }
  const other = byId<HTMLAnchorElement>('other-language');
  other.textContent = t('otherLanguage');
  other.lang = t('otherLanguageTag');
  other.hreflang = t('otherLanguageTag');
  other.href = t('otherLanguageTag') === 'cy' ? '?lang=cy' : '?';
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The manifest's Markdown `code` spans as <code>, the rest as text. */
function withCode(text: string): Node[] {
  return text.split('`').map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function controlId(attribute: AttributeInfo): string {
  return `attribute-${attribute.name}`;
}

function fieldFor(attribute: AttributeInfo, start: string | undefined): HTMLElement {
  const field = document.createElement('div');
  field.className = attribute.kind === 'boolean' ? 'field checkbox' : 'field';
  const id = controlId(attribute);
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.name;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.append(...withCode(attribute.description));
  hint.lang = MANIFEST_LANGUAGE;

  let control: HTMLInputElement | HTMLSelectElement;
  if (attribute.kind === 'enum') {
    const select = document.createElement('select');
    select.append(new Option(t('defaultOption'), ''));
    for (const value of attribute.values ?? []) select.append(new Option(value, value));
    select.value = start ?? '';
    control = select;
  } else {
    const input = document.createElement('input');
    if (attribute.kind === 'boolean') {
      input.type = 'checkbox';
      input.checked = start !== undefined;
    } else {
      input.type = attribute.kind === 'number' ? 'number' : 'text';
      if (attribute.kind === 'number') input.step = '1';
      if (attribute.name === 'src' || attribute.name === 'endpoint' || attribute.name === 'url') input.spellcheck = false;
      input.value = start ?? '';
    }
    control = input;
  }
  control.id = id;
  control.name = attribute.name;
  if (attribute.description) control.setAttribute('aria-describedby', hint.id);
  if (attribute.kind === 'boolean') field.append(control, label, hint);
  else field.append(label, hint, control);
  return field;
}

function showControls(): void {
  const start = STARTING_VALUES[current.tag] ?? {};
  attributesBox.replaceChildren(...current.attributes.map((attribute) => fieldFor(attribute, start[attribute.name])));
  const summary = byId('element-hint');
  summary.replaceChildren(...withCode(current.summary));
  summary.lang = MANIFEST_LANGUAGE;
}

/** The chosen attributes, in the element's own order; empty fields left out; booleans as ''. */
function values(): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const attribute of current.attributes) {
    const control = byId<HTMLInputElement | HTMLSelectElement>(controlId(attribute));
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) chosen.set(attribute.name, '');
    } else if (control.value.trim()) {
      chosen.set(attribute.name, control.value.trim());
    }
  }
  return chosen;
}

/** URLs in the snippets are absolute, resolved as the embed page resolves them, so both kinds show the same. */
function absolute(name: string, value: string): string {
  return name === 'src' || name === 'endpoint' ? new URL(value, location.href).href : value;
}

const isBoolean = (name: string) => current.attributes.find((a) => a.name === name)?.kind === 'boolean';

/** The feed the chosen element reads: its `src`, else the sample feed beside this page. */
const feedUrl = (chosen: Map<string, string>) => new URL(chosen.get('src') || 'feed/maps.json', location.href).href;

/** The feed the snippets were last made from, for the fallback link and the pasted HTML. */
let shownFeed: { url: string; feed: Feed } | undefined;

/** What a reader sees where the script never runs: a link to the feed's home page, when it has one. */
function fallback(chosen: Map<string, string>): string {
  const feed = shownFeed?.url === feedUrl(chosen) ? shownFeed.feed : undefined;
  if (!feed?.homePageUrl) return '';
  return `\n  <p slot="fallback"><a href="${escapeHtml(feed.homePageUrl)}">${escapeHtml(t('fallbackLink', { title: feed.title }))}</a></p>\n`;
}

function scriptSnippet(chosen: Map<string, string>): string {
  const script = new URL('map-embed.js', location.href).href;
  const attributes = [...chosen].map(([name, value]) =>
    value === '' && isBoolean(name) ? ` ${name}` : ` ${name}="${escapeHtml(absolute(name, value))}"`,
  );
  return `<script type="module" src="${escapeHtml(script)}"></script>\n<${current.tag}${attributes.join('')}>${fallback(chosen)}</${current.tag}>`;
}

/**
 * "Paste HTML": the chosen element as `map-embed render --format html` makes it, by the same
 * code (src/render/fragment.ts), from the feed as this browser reads it.
 */
function htmlSnippet(chosen: Map<string, string>): { code: string; note: string } {
  const name = shortName(current.tag);
  if (!isRenderable(name)) return { code: '', note: t('htmlUnavailable') };
  if (shownFeed?.url !== feedUrl(chosen)) return { code: '', note: t('htmlMaking') };
  const attributes = Object.fromEntries([...chosen].map(([key, value]) => [key, value === '' && isBoolean(key) ? true : value] as const));
  try {
    const html = renderFragment(name, shownFeed.feed, { format: 'html', attributes, lang: language });
    const stylesheet = new URL('map-embed.css', location.href).href;
    return { code: `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">\n${html}`, note: '' };
  } catch (error) {
    if (error instanceof ContentError) return { code: '', note: t('htmlCannot', { reason: error.shown }) };
    if (error instanceof AttributeError) return { code: '', note: t('htmlCannot', { reason: error.message }) };
    throw error;
  }
}

let feedRequest = 0;

/** Loads the chosen feed (once per URL, through the elements' cache), then makes the snippets again. */
async function loadSnippetFeed(chosen: Map<string, string>): Promise<void> {
  const url = feedUrl(chosen);
  if (shownFeed?.url === url) return;
  const request = ++feedRequest;
  try {
    const feed = await loadFeed(url);
    if (request !== feedRequest) return;
    shownFeed = { url, feed };
    showSnippets();
  } catch {
    if (request !== feedRequest) return;
    byId('html-note').textContent = t('htmlFeedFailed');
  }
}

function iframeSnippet(chosen: Map<string, string>, height: number): string {
  const src = embedUrl(new URL(location.href), current, chosen, language);
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(label(current.tag))}" ` +
    // height twice: rich text filters that strip style attributes (Drupal's) keep the height attribute.
    `sandbox="${SANDBOX}" loading="lazy" data-map-embed height="${height}" style="width:100%;height:${height}px;border:0"></iframe>`
  );
}

/** The frame height the snippets use: the preview's content once it has reported it. */
function snippetHeight(): number {
  return previewHeight || 150;
}

function showSnippets(): void {
  const chosen = values();
  const height = snippetHeight();
  setCode('code-script', scriptSnippet(chosen));
  const pasted = htmlSnippet(chosen);
  setCode('code-html', pasted.code);
  byId('html-note').textContent = pasted.note;
  setCode('code-iframe', iframeSnippet(chosen, height));
  setCode('code-sharepoint', iframeSnippet(chosen, height));
  byId('sharepoint-allow').textContent = t('sharepointAllow', { origin: new URL(location.href).origin });
  byId('sharepoint-height').textContent = t('sharepointHeight', { height });
}

/** A changed snippet is no longer the one "Copied" speaks of. */
function setCode(id: string, code: string): void {
  const element = byId(id);
  if (element.textContent === code) return;
  element.textContent = code;
  const status = document.querySelector(`button[data-code="${id}"] + .copied`);
  if (status) status.textContent = '';
}

function showPreview(): void {
  const src = embedUrl(new URL(location.href), current, values(), language);
  preview.title = t('previewTitle', { label: label(current.tag) });
  if (preview.src !== src) preview.src = src;
}

function update(): void {
  showPreview();
  showSnippets();
  void loadSnippetFeed(values());
}

addEventListener('message', (event: MessageEvent) => {
  const height = reportedHeight(event.data);
  if (event.source !== preview.contentWindow || height === undefined) return;
  previewHeight = height;
  preview.style.height = `${previewHeight}px`;
  measured.textContent = t('measured', { height: previewHeight });
  showSnippets();
});

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = byId(button.dataset.code!);
  const status = button.nextElementSibling!;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = t('copied');
  } catch {
    // No clipboard permission (an old browser, or a frame without it): select the code instead.
    getSelection()?.selectAllChildren(code);
    status.textContent = t('copyFailed');
  }
}

function problemItem(problem: FeedProblem): HTMLLIElement {
  const item = document.createElement('li');
  item.className = problem.severity;
  const severity = document.createElement('strong');
  severity.textContent = `${problem.severity === 'error' ? t('error') : t('warning')}: `;
  const text = document.createElement('code');
  text.textContent = formatProblem(problem);
  item.append(severity, text);
  return item;
}

function showCheck(status: string, counts?: [string, number][], problems: readonly FeedProblem[] = []): void {
  byId('check-status').textContent = status;
  const details: HTMLElement[] = [];
  if (counts) {
    const list = document.createElement('dl');
    list.className = 'counts';
    for (const [label, count] of counts) {
      const term = document.createElement('dt');
      term.textContent = label;
      const value = document.createElement('dd');
      value.textContent = String(count);
      list.append(term, value);
    }
    details.push(list);
  }
  if (problems.length) {
    const list = document.createElement('ul');
    list.className = 'problems';
    list.append(...problems.map(problemItem));
    details.push(list);
  }
  byId('check-details').replaceChildren(...details);
}

async function checkFeed(address: string): Promise<void> {
  let url: URL;
  const input = byId<HTMLInputElement>('feed-url');
  const error = byId('feed-url-error');
  try {
    url = new URL(address, location.href);
    if (!/^https?:$/.test(url.protocol) || !address.trim()) throw new TypeError('not http(s)');
  } catch {
    error.textContent = t('badUrl');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  error.textContent = '';
  input.removeAttribute('aria-invalid');
  showCheck(t('checking'));
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: FEED_ACCEPT } });
  } catch {
    showCheck(t('fetchFailed'));
    return;
  }
  if (!response.ok) {
    showCheck(t('httpError', { status: response.status }));
    return;
  }
  // Read as the elements read it: JSON Feed, or RSS and Atom as the JSON Feed they become.
  let json: unknown;
  try {
    ({ document: json } = await readFeed(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type')));
  } catch {
    showCheck(t('notJson'));
    return;
  }
  try {
    const feed = validateFeed(json, response.url || url.href);
    const counts: [string, number][] = [
      [t('roles'), feed.roles.length],
      [t('news'), feed.news.length],
      [t('caseStudies'), feed.caseStudies.length],
    ];
    showCheck(feed.problems.length ? t('problems', { count: feed.problems.length }) : t('noProblems'), counts, feed.problems);
  } catch (cause) {
    if (!(cause instanceof FeedFormatError)) throw cause;
    showCheck(t('notFeed'), undefined, cause.problems);
  }
}

translatePage();
for (const info of ELEMENTS) elementSelect.append(new Option(`${label(info.tag)} (${info.tag})`, shortName(info.tag)));
elementSelect.addEventListener('change', () => {
  current = ELEMENTS.find((info) => shortName(info.tag) === elementSelect.value) ?? current;
  showControls();
  update();
});
const form = byId<HTMLFormElement>('options');
// `change`, not `input`: a text field reloads the preview (and its feed) once, not at every key.
form.addEventListener('change', (event) => {
  if (event.target !== elementSelect) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', () => void copy(button));
}
byId<HTMLFormElement>('check').addEventListener('submit', (event) => {
  event.preventDefault();
  void checkFeed(byId<HTMLInputElement>('feed-url').value);
});
showControls();
update();
