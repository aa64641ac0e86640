/**
 * CSV export that is safe to open in a spreadsheet. A text cell that starts with `=`, `+`, `-` or
 * `@` (or a tab or carriage return, which some spreadsheets skip before reading a formula) would run
 * as a formula in Excel or LibreOffice ("CSV injection", OWASP); such a cell is written with a
 * leading apostrophe, which the spreadsheet shows as text. Numbers are written as numbers (a negative
 * number is data, not a formula), with a decimal point.
 */

/** A column of a CSV export: the header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  /** Header text. */
  header: string;
  /** The cell's value. */
  value: (row: Row) => unknown;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell with a formula-like start made harmless (see the file comment). */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV: neutralised, and quoted when it holds the separator, a quote or a line break. */
function cell(value: unknown, separator: string): string {
  let text: string;
  if (value === undefined || value === null) text = "";
  else if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "string") text = neutraliseCell(value);
  else if (typeof value === "boolean") text = String(value);
  else text = neutraliseCell(JSON.stringify(value));
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV text with a header line, `\r\n` line ends and a UTF-8 byte-order mark (so Excel reads
 * æ, ø and å). `separator` is `,` by default; use `;` for Danish Excel.
 */
export function toCsv<Row>(
  rows: Iterable<Row>,
  columns: readonly CsvColumn<Row>[],
  { separator = "," }: { separator?: "," | ";" } = {},
): string {
  const lines = [columns.map((c) => cell(c.header, separator)).join(separator)];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row), separator)).join(separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
