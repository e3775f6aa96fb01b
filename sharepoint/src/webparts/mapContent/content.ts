import type { ElementInfo } from '../../../../dist/lib/embed/catalogue.js';

/** The web part's saved properties: `element`, `src`, then the chosen element's attributes by name. */
export interface IMapContentWebPartProps {
  /** An element's short name, such as `role-card`. */
  element: string;
  /** The feed's URL; empty for the sample feed in the package. */
  src: string;
  [attribute: string]: string | boolean | undefined;
}

/**
 * The attributes the properties give an element, in the element's own order: a boolean that is on
 * is present (empty value), text is trimmed and left out when empty. `src` is the surrounding
 * `<map-feed>`'s, so every element reads the one feed the editor named.
 */
export function attributesFor(info: ElementInfo, properties: Readonly<IMapContentWebPartProps>): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of info.attributes) {
    if (attribute.name === 'src') continue;
    const value = properties[attribute.name];
    if (attribute.kind === 'boolean') {
      if (value === true) attributes.set(attribute.name, '');
    } else if (typeof value === 'string' && value.trim() !== '') {
      attributes.set(attribute.name, value.trim());
    }
  }
  return attributes;
}

/**
 * `<map-feed src="…"><map-…></map-…></map-feed>` in `container`. The same element is updated in
 * place when only its attributes changed, so a carousel keeps its slide and a rating its state
 * while an editor works in the property pane; another element replaces it.
 */
export function renderElement(container: HTMLElement, info: ElementInfo, attributes: ReadonlyMap<string, string>, feedUrl: string): HTMLElement {
  let feed = container.firstElementChild;
  let element = feed?.firstElementChild;
  if (!feed || feed.localName !== 'map-feed' || !element || element.localName !== info.tag || container.childElementCount !== 1) {
    feed = document.createElement('map-feed');
    element = document.createElement(info.tag);
    feed.append(element);
    container.replaceChildren(feed);
  }
  if (feed.getAttribute('src') !== feedUrl) feed.setAttribute('src', feedUrl);
  for (const attribute of info.attributes) {
    const value = attributes.get(attribute.name);
    if (value === undefined) element.removeAttribute(attribute.name);
    else if (element.getAttribute(attribute.name) !== value) element.setAttribute(attribute.name, value);
  }
  return element as HTMLElement;
}
