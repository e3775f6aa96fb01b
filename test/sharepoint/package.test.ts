/**
 * dist/sharepoint/map-embed.sppkg (after `npm run build:sharepoint`) is a package SharePoint's App
 * Catalog accepts and serves without a CDN: its app manifest, the web part's component manifest,
 * and every script and sample-feed file the web part loads, inside the package.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import JSZip from 'jszip';

const SPPKG = new URL('../../dist/sharepoint/map-embed.sppkg', import.meta.url);
const WEB_PART_ID = '37eb9943-45a2-4436-9c83-2b08c656fd12';

let zip: JSZip;

async function text(path: string): Promise<string> {
  const file = zip.file(path);
  assert.ok(file, `${path} is missing from the package; it has ${Object.keys(zip.files).join(', ')}`);
  return file.async('string');
}

/** An attribute of the first element named `element` in `xml`, entities decoded. */
function attribute(xml: string, element: string, name: string): string | undefined {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  const value = tag && new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value
    ?.replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface ComponentManifest {
  id: string;
  componentType: string;
  requiresCustomScript?: boolean;
  supportsThemeVariants?: boolean;
  preconfiguredEntries: Array<{ title: Record<string, string>; properties: Record<string, unknown> }>;
  loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    scriptResources: Record<string, { type: string; path?: string; paths?: Record<string, string>; defaultPath?: string }>;
  };
}

async function componentManifest(): Promise<ComponentManifest> {
  const path = Object.keys(zip.files).find((name) => name.endsWith(`/WebPart_${WEB_PART_ID}.xml`));
  assert.ok(path, 'the web part’s component definition (WebPart_<id>.xml) is missing');
  const json = attribute(await text(path), 'ClientSideComponent', 'ComponentManifest');
  assert.ok(json, 'the ClientSideComponent has no ComponentManifest');
  return JSON.parse(json) as ComponentManifest;
}

/** Every script file the manifest makes SharePoint load from the package. */
function scriptFiles(manifest: ComponentManifest): string[] {
  return Object.values(manifest.loaderConfig.scriptResources).flatMap((resource) =>
    resource.type === 'path' ? [resource.path!] : resource.type === 'localizedPath' ? [...Object.values(resource.paths ?? {}), resource.defaultPath!] : [],
  );
}

describe('dist/sharepoint/map-embed.sppkg', () => {
  before(async () => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(SPPKG);
    } catch {
      throw new Error('dist/sharepoint/map-embed.sppkg is missing: run `npm run build:sharepoint` first.');
    }
    zip = await JSZip.loadAsync(bytes);
  });

  it('is an Open Packaging Conventions zip whose start part is AppManifest.xml', async () => {
    assert.match(await text('[Content_Types].xml'), /<Types\b/);
    assert.match(await text('_rels/.rels'), /Target="\/AppManifest\.xml"/);
  });

  it('declares a client-side solution that can be made available to every site, with no feature deployment', async () => {
    const app = await text('AppManifest.xml');
    assert.equal(attribute(app, 'App', 'Name'), 'map-embed');
    assert.equal(attribute(app, 'App', 'IsClientSideSolution'), 'true');
    assert.equal(attribute(app, 'App', 'SkipFeatureDeployment'), 'true');
  });

  it('holds the "MAP content" web part: themeable, no custom script, element and src preconfigured', async () => {
    const manifest = await componentManifest();
    assert.equal(manifest.id, WEB_PART_ID);
    assert.equal(manifest.componentType, 'WebPart');
    assert.notEqual(manifest.requiresCustomScript, true);
    assert.equal(manifest.supportsThemeVariants, true);
    const [entry] = manifest.preconfiguredEntries;
    assert.equal(entry!.title.default, 'MAP content');
    assert.deepEqual(Object.keys(entry!.properties).slice(0, 2), ['element', 'src']);
    assert.equal(entry!.properties.element, 'role-card');
    assert.equal(entry!.properties.src, '');
  });

  it('carries every script the web part loads, served from the package, not a CDN', async () => {
    const manifest = await componentManifest();
    assert.deepEqual(manifest.loaderConfig.internalModuleBaseUrls, ['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
    const assets = await text('_rels/ClientSideAssets.xml.rels');
    const files = scriptFiles(manifest);
    assert.ok(files.length >= 3, `only ${files.join(', ')}`);
    for (const file of files) {
      assert.ok(zip.file(`ClientSideAssets/${file}`), `ClientSideAssets/${file} is missing`);
      assert.ok(assets.includes(`Target="/ClientSideAssets/${file}"`), `${file} is not listed as a client-side asset`);
    }
    const entry = await text(`ClientSideAssets/${manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId]!.path}`);
    for (const tag of ['map-feed', 'map-role-card', 'map-news-list', 'map-case-study-carousel', 'map-bookmark-button', 'map-bookmark-list', 'map-rating-widget']) {
      assert.ok(entry.includes(`"${tag}"`), `the web part's bundle does not include <${tag}>`);
    }
    assert.ok(!entry.includes('file:///'), 'the bundle refers to a file on the build machine');
  });

  it('carries the sample feed and every image it refers to', async () => {
    const feed = JSON.parse(await text('ClientSideAssets/feed/maps.json')) as { items: Array<{ image?: string }> };
    const images = feed.items.flatMap((item) => (item.image ? [item.image] : []));
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(zip.file(`ClientSideAssets/feed/${image}`), `ClientSideAssets/feed/${image} is missing`);
  });
});
