// What the embed page, the builder and the SharePoint web part know about each element: its tag,
// summary and attributes with their kinds, read from custom-elements.json (one source of truth).
import { readFileSync } from 'node:fs';
import { root } from './elements.js';

/** `'a' | 'b'` → ['a', 'b']; anything else → undefined. */
function literalUnion(text) {
  const parts = text.split('|').map((part) => part.trim());
  if (!parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** A named type such as `RatingMode`, looked up in the module that declares the element. */
function aliasValues(typeText, modulePath) {
  if (!/^[A-Z]\w*$/.test(typeText)) return undefined;
  const code = readFileSync(`${root}${modulePath}`, 'utf8');
  const declared = new RegExp(`export type ${typeText} =([^;]+);`).exec(code);
  return declared ? literalUnion(declared[1]) : undefined;
}

function kindOf(typeText, modulePath) {
  const types = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (types.length === 1 && types[0] === 'boolean') return { kind: 'boolean' };
  if (types.includes('number')) return { kind: 'number' };
  const values = literalUnion(types.join(' | ')) ?? aliasValues(types.join(' | '), modulePath);
  return values ? { kind: 'enum', values } : { kind: 'text' };
}

/** What the embed page and the builder need to know about each element, from custom-elements.json. */
export function embedElements(manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'))) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName && declaration.tagName !== 'map-feed')
      .map((declaration) => ({
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
          ...kindOf(attribute.type?.text ?? 'string', mod.path),
        })),
      })),
  );
}
