/** CSV for spreadsheets (RFC 4180), safe to open in Excel, LibreOffice or Google Sheets. */

/**
 * Text a spreadsheet could read as a formula: `=`, `+`, `-` or `@` (or their full-width forms,
 * which Excel also accepts) first, after any spaces, tabs or line breaks a spreadsheet skips; or a
 * tab or carriage return first.
 */
const FORMULA = /^(?:[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

/**
 * One cell. Numbers are written as numbers; text that could run as a formula is prefixed with
 * `'`, so a visitor's comment can never be one.
 */
export function csvCell(value: unknown): string {
  let text: string;
  if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else {
    text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
    if (FORMULA.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: UTF-8 with a byte-order mark, so Excel reads accented letters right. */
export function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
