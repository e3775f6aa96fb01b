import { isServer } from 'lit';

const PROPERTY = '.textContent=';

/**
 * A template that sets an element's text with a `.textContent=${…}` property binding (cheaper in
 * the browser than a child binding: no marker node) comes out empty from Lit's server renderer,
 * which sets no properties (`map-embed render --format dsd`). On the server each such binding
 * becomes the element's child text, `<a …>${…}</a>`: the same text, escaped the same way. In the
 * browser the strings are returned as they are. Call it once per template, as Lit caches
 * templates by the identity of their strings.
 */
export function withServerText(strings: TemplateStringsArray): TemplateStringsArray {
  if (!isServer) return strings;
  const out = [...strings];
  for (let i = 0; i < out.length - 1; i++) {
    if (out[i]!.endsWith(PROPERTY) && out[i + 1]!.startsWith('>')) {
      out[i] = `${out[i]!.slice(0, -PROPERTY.length)}>`;
      out[i + 1] = out[i + 1]!.slice(1);
    }
  }
  // Lit accepts only arrays that carry `raw`, as a tagged template's strings do.
  return Object.assign(out, { raw: [...out] }) as unknown as TemplateStringsArray;
}
