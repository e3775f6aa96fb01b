/**
 * HTML as a string, for `map-embed render` and the builder's "Paste HTML": the same output in
 * Node and in the browser, where Lit's server renderer does not run. Every value put into a
 * `markup` template is escaped (text and attribute values alike) unless it is already `Markup`,
 * so text from a feed can never become markup; arrays are joined; `undefined`, `null` and `false`
 * put nothing.
 */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

export type Value = Markup | string | number | boolean | null | undefined | readonly Value[];

function put(value: Value): string {
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(put).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** A template whose values are escaped: ``markup`<p title="${title}">${text}</p>` ``. */
export function markup(strings: TemplateStringsArray, ...values: readonly Value[]): Markup {
  let html = strings[0]!;
  values.forEach((value, index) => {
    html += put(value) + strings[index + 1]!;
  });
  return new Markup(html);
}

/** ` name="value"` for each attribute with a value; `true` writes the name alone. */
export function attributes(values: Readonly<Record<string, string | number | boolean | undefined>>): Markup {
  let html = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    html += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return new Markup(html);
}
