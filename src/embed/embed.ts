/**
 * dist/embed.html: one map-embed element in an iframe, for platforms that allow an iframe but no
 * script tag (SharePoint Online's Embed web part, rich text editors). Query parameters choose the
 * element and its attributes; the page tells its parent how tall it is whenever that changes.
 */
import type { ReactiveControllerHost } from 'lit';
import { BoxWatch } from '../core/box-watch.js';
import { ELEMENTS, elementNamed, shortName, type ElementInfo } from './elements.js';
import { pageStrings } from './page-strings.js';
import { resizeMessage } from './resize-message.js';

const params = new URLSearchParams(location.search);
const { language, t, label } = pageStrings(params.get('lang'));
document.documentElement.lang = language === 'cy' ? 'cy' : 'en-GB';

const main = document.querySelector('main')!;
const name = params.get('element');
const element = elementNamed(name);

/** The element with every parameter it has an attribute for; anything else warned about once. */
function create(info: ElementInfo): HTMLElement {
  const el = document.createElement(info.tag);
  const ignored: string[] = [];
  for (const [key, value] of params) {
    if (key === 'element' || key === 'lang') continue;
    const attribute = info.attributes.find((candidate) => candidate.name === key);
    if (!attribute) {
      ignored.push(key);
    } else if (attribute.kind === 'boolean') {
      if (value !== 'false') el.setAttribute(key, '');
    } else if (key === 'src' || key === 'endpoint') {
      // Relative to this page, as the builder wrote them; the element still checks the scheme.
      el.setAttribute(key, new URL(value, location.href).href);
    } else {
      el.setAttribute(key, value);
    }
  }
  if (ignored.length) {
    console.warn(
      `map-embed embed.html: ignored ${ignored.map((key) => `"${key}"`).join(', ')}: not ${ignored.length === 1 ? 'an attribute' : 'attributes'} of <${info.tag}>. ` +
        `Its attributes: ${info.attributes.map((attribute) => attribute.name).join(', ')}.`,
    );
  }
  return el;
}

function showWrongElement(): void {
  const names = ELEMENTS.map((info) => shortName(info.tag));
  const message = document.createElement('p');
  message.className = 'problem';
  message.textContent = name ? t('unknownElement', { name, names: names.join(', ') }) : t('noElement', { names: names.join(', ') });
  main.append(message);
  console.warn(`map-embed embed.html: ${name ? `"element=${name}" is not one of` : 'add "element=" with one of'} ${names.join(', ')}.`);
}

let shown: HTMLElement | undefined;
if (element) {
  document.title = `${label(element.tag)} – map-embed`;
  shown = create(element);
  main.append(shown);
} else {
  document.title = `${t('wrongElementTitle')} – map-embed`;
  showWrongElement();
}

/** WordPress's embed secret (`#?secret=…`, ten letters and digits), as wp-embed-template.js reads it. */
const secret = /[#?&]secret=([A-Za-z0-9]{10})(?![A-Za-z0-9])/.exec(location.hash)?.[1];

let reported = -1;

/** The content's full height in CSS pixels (the page itself is as tall as its content). */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function report(): void {
  const height = contentHeight();
  if (height === reported || window.parent === window) return;
  reported = height;
  window.parent.postMessage(resizeMessage(height), '*');
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
  const native = (window as Window & { requestResize?: () => void }).requestResize;
  if (typeof native === 'function') {
    try {
      native.call(window);
    } catch {
      // Not allowed here (no frame-sizing on the iframe, or not in an iframe): the messages do it.
    }
  }
}

/** The first height is the rendered element's, not the empty page's, so a host's frame does not jump. */
async function rendered(el: HTMLElement): Promise<void> {
  await customElements.whenDefined(el.localName);
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

void (shown ? rendered(shown) : Promise.resolve()).then(() => {
  const page = new BoxWatch(document.documentElement, report);
  // Not watched while the element renders, which may be inside the resize-observer step (see BoxWatch).
  (shown as Partial<ReactiveControllerHost> | undefined)?.addController?.({ hostUpdate: () => page.soon() });
  page.soon();
  report();
});
