// Lit's css`` and html`` templates reach the output exactly as written, indentation and all:
// minifiers leave template literals alone because they cannot know the text's language. This
// squeezes our own templates, in the drop-in bundle (as a Vite plugin on src/) and in dist/lib/
// (on tsc's output), so bundler users get the same small templates.
//
// Why our own 80 lines rather than a package (measured with gzip -9 on the single file
// dist/map-embed.all.js / the one-role-card page with the loader):
//   these templates unminified            36.63 kB / 19.06 kB
//   this file                             35.15 kB / 18.72 kB
//   minify-literals 1.0.10                35.12 kB / 18.72 kB  (html-minifier-terser + clean-css:
//                                         49 packages, a second TypeScript (4.9) among them;
//                                         2.x needs Node 22, and so rollup-plugin-minify-template-
//                                         literals, built on 1.x, brings the same)
//   @lit-labs/rollup-plugin-minify-html-literals 0.2.0
//                                         35.25 kB / 18.71 kB  (fails to parse our lit/static-html
//                                         templates, `<${tag}>`, and leaves those files as written)
// So this pays (1.5 kB on the single file) and a package would save 36 bytes more at most, for a
// tree of dependencies; it uses the TypeScript the project already has.
import ts from 'typescript';

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

/**
 * Source-formatting whitespace out of one static part of an html`` template. Only runs that
 * contain a line break are touched, and they become one space (never nothing), so text and inline
 * elements keep the spaces between them; a break just before a tag's closing `>` goes entirely.
 * None of our templates has <pre>, or text inside <textarea> (its value is a property binding).
 */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*(\/?>)/g, '$1').replace(/\s*\n\s*/g, ' ');
}

/** Lit's html and svg tags, and lit/static-html.js's html as this project imports it. */
const HTML_TAGS = new Set(['html', 'svg', 'staticHtml']);

/** The static parts of a template literal as [start, end) offsets of their raw text. */
function staticParts(template, sourceFile) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(sourceFile) + 1, template.end - 1]];
  const parts = [[template.head.getStart(sourceFile) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const { literal } = span;
    parts.push([literal.getStart(sourceFile) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
  }
  return parts;
}

/**
 * `code` with the static text of every html``/svg``/staticHtml`` template, and of every css``
 * template without interpolations, minified. Parsed with TypeScript, so nested templates inside `${}` are found too
 * and nothing outside a template can change. Parts with a backslash are left as written.
 */
export function minifyTemplates(code, fileName) {
  if (!/\b(html|css|svg|staticHtml)\s*`/.test(code)) return code;
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sourceFile = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const isCss = tag === 'css' && ts.isNoSubstitutionTemplateLiteral(node.template);
      if (isCss || HTML_TAGS.has(tag)) {
        for (const [start, end] of staticParts(node.template, sourceFile)) {
          const raw = code.slice(start, end);
          if (raw.includes('\\')) continue;
          const minified = isCss ? minifyCss(raw) : minifyHtml(raw);
          if (minified !== raw) edits.push([start, end, minified]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** A Vite/Rollup plugin applying minifyTemplates to src/**.ts before the bundler sees them. */
export function minifyTemplateLiterals() {
  return {
    name: 'map-embed:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
