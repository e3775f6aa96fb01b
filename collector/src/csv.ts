/** CSV for spreadsheets (RFC 4180), safe to open in Excel, LibreOffice or Google Sheets. */

/**
 * A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or carriage return
 * first) is prefixed with `'`, so a visitor's comment can never run as one.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
