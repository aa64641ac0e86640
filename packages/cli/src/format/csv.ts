/** A CSV cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** Options of {@link formatCsv}. */
export interface CsvOptions {
  /** The field separator: `,` (default) or `;` (what Danish Excel expects). */
  separator?: "," | ";";
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, safe to open in a spreadsheet: text that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`, so Excel and LibreOffice show it as text instead of running
 * it as a formula. Numbers are written as they are (a negative number stays a number; NaN and the
 * infinities become empty cells). Cells holding the separator, a quote or a line break are quoted,
 * quotes doubled (RFC 4180).
 */
export function csvCell(value: CsvCell, separator: "," | ";" = ","): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Formats a header and rows as CSV text, one line per row, each line ending in `\r\n` (RFC 4180). */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const separator = options.separator ?? ",";
  return [header, ...rows]
    .map((row) => `${row.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`)
    .join("");
}
