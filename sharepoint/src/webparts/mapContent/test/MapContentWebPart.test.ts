/// <reference types="node" />
/**
 * The web part class with SharePoint's context stubbed: BaseClientSideWebPart is a plain class
 * holding `domElement`, `context` and `properties` (what SharePoint sets before render()), and the
 * localized strings are the real loc/*.js files. map-embed itself is stood in for
 * (config/jest.config.json), so these tests see exactly the elements and attributes the web part
 * creates; test/sharepoint/webpart.test.ts renders the real bundle in a browser.
 */
// SharePoint's runtime packages load only inside SharePoint (sp-core-library needs Microsoft's
// internal flighting module): each is replaced by what the web part uses of it.
jest.mock('@microsoft/sp-webpart-base', () => ({
  BaseClientSideWebPart: class {
    public domElement!: HTMLElement;
    public context!: unknown;
    public properties!: unknown;
  },
}));
jest.mock('@microsoft/sp-core-library', () => ({ Version: { parse: (version: string) => ({ version }) } }));
jest.mock('@microsoft/sp-property-pane', () => {
  // The shape SharePoint's own field functions return: { type, targetProperty, properties }.
  const field = (type: string): ((targetProperty: string, properties: unknown) => unknown) => (targetProperty, properties) => ({ type, targetProperty, properties });
  return { PropertyPaneDropdown: field('Dropdown'), PropertyPaneTextField: field('TextField'), PropertyPaneToggle: field('Toggle') };
});
jest.mock('../sampleFeed', () => ({ SAMPLE_FEED_URL: 'https://contoso.sharepoint.com/sites/apps/ClientSideAssets/x/feed/maps.json' }));

import { readFileSync } from 'fs';
import { join } from 'path';

/** The repository's root, from lib-commonjs/webparts/mapContent/test/. */
const repository = join(__dirname, '..', '..', '..', '..', '..');

/** A loc/*.js file's strings: it is an AMD module, as SharePoint loads it. */
function locStrings(locale: string): Record<string, string> {
  const source = readFileSync(join(__dirname, '..', 'loc', `${locale}.js`), 'utf8');
  let strings: Record<string, string> = {};
  // eslint-disable-next-line no-new-func
  new Function('define', source)((_dependencies: string[], factory: () => Record<string, string>) => {
    strings = factory();
  });
  return strings;
}

interface IField {
  type: string;
  targetProperty: string;
  properties: { label?: string; options?: Array<{ key: string; text: string }> };
}

interface ITestPart {
  domElement: HTMLElement;
  context: unknown;
  properties: Record<string, unknown>;
  render(): void;
  fieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void;
  pane(): { pages: Array<{ groups: Array<{ groupName: string; groupFields: IField[] }> }> };
  theme(theme: unknown): void;
}

/** A web part as SharePoint sets one up, in `culture`, with that culture's strings. */
function webPart(properties: Record<string, unknown>, culture: string = 'en-GB'): ITestPart {
  let part: ITestPart | undefined;
  jest.isolateModules(() => {
    jest.doMock('MapContentWebPartStrings', () => locStrings(culture.toLowerCase().startsWith('cy') ? 'cy-gb' : 'en-us'), { virtual: true });
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const MapContentWebPart = require('../MapContentWebPart').default;
    class TestPart extends MapContentWebPart {
      public pane(): unknown {
        return this.getPropertyPaneConfiguration();
      }
      public theme(theme: unknown): void {
        this.onThemeChanged(theme);
      }
      public fieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
        this.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
      }
    }
    part = new TestPart() as unknown as ITestPart;
  });
  part!.domElement = document.createElement('div');
  part!.context = { pageContext: { cultureInfo: { currentUICultureName: culture } }, propertyPane: { refresh: jest.fn() } };
  part!.properties = properties;
  return part!;
}

interface IManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string }>;
}

/** Each element's attribute names, straight from custom-elements.json. */
function manifestAttributes(tag: string): string[] {
  const manifest: { modules: Array<{ declarations?: IManifestDeclaration[] }> } = JSON.parse(
    readFileSync(join(repository, 'custom-elements.json'), 'utf8'),
  );
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName === tag) return (declaration.attributes ?? []).map((attribute) => attribute.name);
    }
  }
  throw new Error(`${tag} is not in custom-elements.json`);
}

const elementOf = (part: ITestPart): Element => part.domElement.querySelector('map-feed > *')!;

describe('MapContentWebPart', () => {
  afterEach(() => jest.restoreAllMocks());

  it('offers every element the builder offers, then the feed URL', () => {
    const [content] = webPart({ element: 'role-card', src: '' }).pane().pages[0].groups;
    const [element, src] = content.groupFields;
    expect(element.targetProperty).toBe('element');
    expect(element.properties.options!.map((option) => option.key)).toEqual([
      'role-card',
      'news-list',
      'case-study-carousel',
      'bookmark-button',
      'bookmark-list',
      'rating-widget',
    ]);
    expect(element.properties.options![0].text).toBe('Role card');
    expect(src.targetProperty).toBe('src');
    expect(src.properties.label).toBe('Feed URL');
  });

  it.each(['role-card', 'news-list', 'case-study-carousel', 'bookmark-button', 'bookmark-list', 'rating-widget'])(
    'builds the %s settings from custom-elements.json',
    (name) => {
      const groups = webPart({ element: name, src: '' }).pane().pages[0].groups;
      expect(groups).toHaveLength(2);
      const fields = groups[1].groupFields.map((field) => field.targetProperty);
      expect(fields).toEqual(manifestAttributes(`map-${name}`).filter((attribute) => attribute !== 'src'));
    },
  );

  it('shows the new element’s settings in the open pane when the element changes', () => {
    const part = webPart({ element: 'news-list', src: '' });
    const { refresh } = (part.context as { propertyPane: { refresh: jest.Mock } }).propertyPane;
    part.fieldChanged('src', '', 'https://example.org/feed.json');
    expect(refresh).not.toHaveBeenCalled();
    part.properties.element = 'rating-widget';
    part.fieldChanged('element', 'news-list', 'rating-widget');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(part.pane().pages[0].groups[1].groupFields.map((field) => field.targetProperty)).toContain('endpoint');
  });

  it('offers the four professions and the layouts as choices, with the default first', () => {
    const fields = webPart({ element: 'role-card', src: '' }).pane().pages[0].groups[1].groupFields;
    const options = (name: string): string[] => fields.find((field) => field.targetProperty === name)!.properties.options!.map((option) => option.key);
    expect(options('profession')).toEqual([
      '',
      'advanced-critical-care-practitioner',
      'physician-assistant-anaesthesia',
      'physician-associate',
      'surgical-care-practitioner',
    ]);
    expect(options('layout')).toEqual(['', 'compact', 'full']);
  });

  it('renders the element inside a <map-feed> with the properties as attributes', () => {
    const part = webPart({
      element: 'news-list',
      src: ' https://example.org/feed.json ',
      limit: '3',
      more: true,
      tag: ' regulation ',
      heading: '',
      profession: 'physician-associate',
      layout: 'full', // a role card's: not a news list attribute
    });
    part.render();
    const feed = part.domElement.firstElementChild!;
    expect(feed.localName).toBe('map-feed');
    expect(feed.getAttribute('src')).toBe('https://example.org/feed.json');
    const list = elementOf(part);
    expect(list.localName).toBe('map-news-list');
    expect(Object.fromEntries([...list.attributes].map((attribute) => [attribute.name, attribute.value]))).toEqual({
      limit: '3',
      more: '',
      tag: 'regulation',
      profession: 'physician-associate',
    });
  });

  it('updates the same element while its settings change, and replaces it for another element', () => {
    const part = webPart({ element: 'rating-widget', src: '', mode: 'useful', endpoint: 'https://ratings.example.org/ratings' });
    part.render();
    const widget = elementOf(part);
    expect(widget.getAttribute('endpoint')).toBe('https://ratings.example.org/ratings');
    part.properties.mode = '';
    part.properties.comment = true;
    part.render();
    expect(elementOf(part)).toBe(widget);
    expect(widget.hasAttribute('mode')).toBe(false);
    expect(widget.getAttribute('comment')).toBe('');
    part.properties.element = 'bookmark-list';
    part.render();
    expect(elementOf(part).localName).toBe('map-bookmark-list');
    expect(part.domElement.children).toHaveLength(1);
  });

  it('shows the sample feed in the package when the feed URL is empty', () => {
    const part = webPart({ element: 'role-card', src: '  ' });
    part.render();
    expect(part.domElement.firstElementChild!.getAttribute('src')).toBe('https://contoso.sharepoint.com/sites/apps/ClientSideAssets/x/feed/maps.json');
  });

  it('maps the theme’s semantic colours to --map-* properties, and clears them when the theme drops them', () => {
    const part = webPart({ element: 'role-card', src: '' });
    part.theme({ semanticColors: { bodyText: '#ffffff', link: '#a6e9ff', bodyBackground: '#004e8c', primaryButtonBackground: '#ffffff', errorText: '#ffb3b3' } });
    const style = part.domElement.style;
    expect(style.getPropertyValue('--map-text-colour')).toBe('#ffffff');
    expect(style.getPropertyValue('--map-link-colour')).toBe('#a6e9ff');
    expect(style.getPropertyValue('--map-link-visited-colour')).toBe('#a6e9ff');
    expect(style.getPropertyValue('--map-card-background-colour')).toBe('#004e8c');
    expect(style.getPropertyValue('--map-button-colour')).toBe('#ffffff');
    expect(style.getPropertyValue('--map-error-colour')).toBe('#ffb3b3');
    expect(style.getPropertyValue('--map-focus-colour')).toBe('');
    part.theme({ semanticColors: { bodyText: '#323130' } });
    expect(style.getPropertyValue('--map-text-colour')).toBe('#323130');
    expect(style.getPropertyValue('--map-link-colour')).toBe('');
    part.theme(undefined);
    expect(style.getPropertyValue('--map-text-colour')).toBe('');
  });

  it('speaks Welsh on a cy-GB page: the elements’ language, the property pane and its element names', () => {
    const part = webPart({ element: 'role-card', src: '' }, 'cy-GB');
    part.render();
    expect(part.domElement.lang).toBe('cy-GB');
    const [content, settings] = part.pane().pages[0].groups;
    expect(content.groupName).toBe('Cynnwys');
    expect(content.groupFields[0].properties.options![0].text).toBe('Cerdyn rôl');
    expect(content.groupFields[1].properties.label).toBe('Cyfeiriad y ffrwd');
    expect(settings.groupName).toBe('Cerdyn rôl: gosodiadau');
  });

  it('keeps English elsewhere', () => {
    const part = webPart({ element: 'role-card', src: '' }, 'en-US');
    part.render();
    expect(part.domElement.lang).toBe('en-US');
    expect(part.pane().pages[0].groups[1].groupName).toBe('Role card: settings');
  });

  it('says on the page and once in the console when the saved element is unknown', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const part = webPart({ element: 'map-widget', src: '' }, 'cy-GB');
    part.render();
    part.render();
    expect(part.domElement.textContent).toContain('"map-widget"');
    expect(part.domElement.textContent).toContain('Golygwch y rhan we');
    expect(part.domElement.querySelector('map-feed')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('property "element" is "map-widget"');
  });
});
