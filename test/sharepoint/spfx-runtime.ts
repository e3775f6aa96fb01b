/**
 * Loads the built web part (sharepoint/release/: the files `heft package-solution` puts in the
 * .sppkg) as SharePoint's module loader does: the strings module, then the bundle, each an AMD
 * `define` call, with the SPFx runtime modules it asks for stubbed. The stubs do what SharePoint
 * does before it calls render(): set `domElement`, `context` and `properties`.
 */
const RELEASE = '/sharepoint/release';
const WEB_PART_ID = '37eb9943-45a2-4436-9c83-2b08c656fd12';

export interface WebPart {
  domElement: HTMLElement;
  context: { pageContext: { cultureInfo: { currentUICultureName: string } } };
  properties: Record<string, string | boolean>;
  render(): void;
  onThemeChanged(theme: unknown): void;
}

class BaseClientSideWebPart {
  domElement!: HTMLElement;
  context!: WebPart['context'];
  properties!: WebPart['properties'];
}

/** What the bundle imports from the SPFx runtime, as far as the web part uses it. */
const runtime: Record<string, unknown> = {
  '@microsoft/sp-core-library': { Version: { parse: (version: string) => ({ version }) } },
  '@microsoft/sp-webpart-base': { BaseClientSideWebPart },
  '@microsoft/sp-property-pane': {
    PropertyPaneDropdown: (targetProperty: string, properties: unknown) => ({ type: 'Dropdown', targetProperty, properties }),
    PropertyPaneTextField: (targetProperty: string, properties: unknown) => ({ type: 'TextField', targetProperty, properties }),
    PropertyPaneToggle: (targetProperty: string, properties: unknown) => ({ type: 'Toggle', targetProperty, properties }),
  },
};

type AmdFactory = (...dependencies: unknown[]) => unknown;
type Define = ((id: string, dependencies: string[], factory: AmdFactory) => void) & ((dependencies: string[], factory: AmdFactory) => void);

/** Runs one AMD script: resolves with what its factory returns, given `modules` for its dependencies. */
function loadAmd(src: string, modules: Record<string, unknown>): Promise<unknown> {
  const page = window as unknown as { define?: Define };
  return new Promise<unknown>((resolve, reject) => {
    page.define = ((...args: unknown[]) => {
      const [dependencies, factory] = (args.length === 3 ? args.slice(1) : args) as [string[], AmdFactory];
      const missing = dependencies.filter((name) => !(name in modules));
      if (missing.length) reject(new Error(`${src} needs ${missing.join(', ')}, which the stub runtime lacks`));
      else resolve(factory(...dependencies.map((name) => modules[name])));
    }) as Define;
    const script = document.createElement('script');
    script.src = src;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  }).finally(() => delete page.define);
}

interface Manifest {
  loaderConfig: {
    entryModuleId: string;
    scriptResources: Record<string, { type: string; path?: string; defaultPath?: string }>;
  };
}

let loaded: Promise<new () => WebPart> | undefined;

/** The web part class from the built bundle, loaded once per page as SharePoint does. */
export function webPartClass(): Promise<new () => WebPart> {
  loaded ??= (async () => {
    const manifest = (await (await fetch(`${RELEASE}/manifests/${WEB_PART_ID}.manifest.json`)).json()) as Manifest;
    const resources = manifest.loaderConfig.scriptResources;
    const strings = await loadAmd(`${RELEASE}/assets/${resources.MapContentWebPartStrings!.defaultPath}`, {});
    const entry = resources[manifest.loaderConfig.entryModuleId]!;
    const exports = (await loadAmd(`${RELEASE}/assets/${entry.path}`, { ...runtime, MapContentWebPartStrings: strings })) as {
      default: new () => WebPart;
    };
    return exports.default;
  })();
  return loaded;
}

/** A web part on the page, set up as SharePoint does, then rendered. */
export async function addWebPart(properties: WebPart['properties'], culture = 'en-GB'): Promise<WebPart> {
  const WebPartClass = await webPartClass();
  const part = new WebPartClass();
  part.domElement = document.createElement('div');
  part.context = { pageContext: { cultureInfo: { currentUICultureName: culture } } };
  part.properties = properties;
  document.body.append(part.domElement);
  part.render();
  return part;
}
