/**
 * Each element's attributes as custom-elements.json lists them: the one source of truth the
 * command checks `--<attribute>` flags against (the builder reads the same file at build time).
 */
import { readFileSync } from 'node:fs';

export interface ManifestAttribute {
  name: string;
  boolean: boolean;
}

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text?: string } }[] }[] }[];
}

let manifest: Manifest | undefined;

/** custom-elements.json at the package root: two folders up from src/render/, three from dist/node/render/. */
function readManifest(): Manifest {
  if (manifest) return manifest;
  for (const path of ['../../custom-elements.json', '../../../custom-elements.json']) {
    try {
      manifest = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Manifest;
      return manifest;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
    }
  }
  throw new Error('map-embed: custom-elements.json is missing from the package.');
}

/** The attributes of `<tag>`, or `undefined` when the manifest has no such element. */
export function attributesOf(tag: string): ManifestAttribute[] | undefined {
  for (const module of readManifest().modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName !== tag) continue;
      return (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        boolean: attribute.type?.text === 'boolean',
      }));
    }
  }
  return undefined;
}
