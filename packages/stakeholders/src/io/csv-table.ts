/**
 * Reading a CSV file into a header and rows, as planners' spreadsheets arrive from Excel: UTF-8
 * with or without a byte-order mark, or Windows-1252 (via the model's `decodeText`); `,` or `;`
 * between fields, detected from the header line; CRLF or LF line ends; quoted fields with line
 * breaks; empty lines skipped. A row shorter than the header is padded with empty cells (values left
 * out at the end); a longer one is reported. Every row keeps the physical line it starts on.
 */
import { decodeText, type Problem } from "@tvaers/model";
import { CsvError, parse } from "csv-parse/browser/esm/sync";

/** The field separators a CSV file may use: `,` (international) or `;` (Danish Excel). */
export type Separator = "," | ";";

/** A data row: its cells (`undefined` for an empty cell) and the 1-based line it starts on. */
export interface TableRow {
  line: number;
  cells: (string | undefined)[];
}

/** A CSV file read as a header and rows. */
export interface Table {
  separator: Separator;
  /** Column names as written, trimmed. */
  header: string[];
  rows: TableRow[];
}

/** A record as csv-parse returns it with `info` and `raw`. */
type ParsedRecord = { record: (string | undefined)[]; info: { lines: number }; raw: string };

/** The file's text, or the problem that stops it being read (empty, binary). */
function textOf(content: Uint8Array | string): { text: string } | { message: string } {
  const empty = { message: "the file is empty: it needs a header line with the column names" };
  if (typeof content === "string") {
    const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
    return text.trim() === "" ? empty : { text };
  }
  const decoded = decodeText(content);
  if (decoded.binary) {
    return {
      message:
        "this is not a text file (it looks like an Excel workbook or other binary data); save it as CSV",
    };
  }
  return decoded.text.trim() === "" ? empty : { text: decoded.text };
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
function detectSeparator(text: string): Separator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text.replace(/^\n+/, "")) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ",") commas++;
    else if (c === ";") semicolons++;
    else if (c === "\n") break;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Reads a CSV file (see the file comment). Returns the table (without the rows that cannot be read)
 * and every problem (an empty or binary file, an unclosed quote, a row with too many fields), each
 * naming `file` and, for a row, its line.
 */
export function readTable(
  content: Uint8Array | string,
  file: string,
): { table?: Table; problems: Problem[] } {
  const source = textOf(content);
  if ("message" in source) return { problems: [{ file, message: source.message }] };
  const text = source.text.replace(/\r\n?/g, "\n");
  const separator = detectSeparator(text);
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      cast: (value, context) => (value === "" && !context.quoting ? undefined : value),
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const message =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? 'a quoted field is never closed: a closing quote (") is missing'
        : 'the file cannot be read as CSV (check the quotes: a " inside a quoted field is written "")';
    return { problems: [{ file, message }] };
  }
  const rows = records.map(({ record, info, raw }) => {
    const inside = raw.replace(/^\n+/, "").replace(/\n$/, "");
    return { line: info.lines - (inside.split("\n").length - 1), cells: record };
  });
  const [first, ...rest] = rows;
  if (first === undefined) {
    return {
      problems: [{ file, message: "the file is empty: it needs a header line with the column names" }],
    };
  }
  const header = first.cells.map((c) => (c ?? "").trim());
  while (header.length > 1 && header[header.length - 1] === "") header.pop();
  const problems: Problem[] = [];
  const kept: TableRow[] = [];
  for (const row of rest) {
    if (row.cells.every((c) => c === undefined || c.trim() === "")) continue;
    if (row.cells.slice(header.length).some((c) => c !== undefined && c.trim() !== "")) {
      problems.push({
        file,
        line: row.line,
        message: `this row has ${row.cells.length} fields, but the header line has ${header.length} columns (is a separator inside a value that should be in quotes?)`,
      });
      continue;
    }
    kept.push({ line: row.line, cells: Array.from({ length: header.length }, (_, i) => row.cells[i]) });
  }
  return { table: { separator, header, rows: kept }, problems };
}
