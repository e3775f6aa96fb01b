// Lit's css`` templates reach the bundle exactly as written, indentation and all; minifiers
// leave template literals alone. This squeezes the CSS in our own css`` templates (those with no
// ${} interpolation, which is all of them) before the bundler sees the file.

/** Whitespace and comments out of one stylesheet's text; selectors and values keep their meaning. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** A Vite/Rollup plugin applying minifyCss to css`` templates in src/**.ts. */
export function minifyTemplateLiterals() {
  return {
    name: 'map-embed:minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (whole, body) =>
        body.includes('${') || body.includes('\\') ? whole : `css\`${minifyCss(body)}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
