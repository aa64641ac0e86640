import { CsvError, parse } from "csv-parse/browser/esm/sync";
import type { Problem } from "../../errors/problem.js";
import { decodeText } from "../decode-text.js";
import { type CsvSeparator, detectSeparator } from "./separator.js";

/** The longest row tvaers reads (1 MiB): a longer one means the file is not a table. */
const MAX_ROW_BYTES = 1024 * 1024;

/** A cell's text: `""` for a quoted empty field (`""`), `undefined` for an empty one. */
export type Cell = string | undefined;

/** A data row with the physical line it starts on (line breaks inside quoted fields counted). */
export interface CsvRow {
  line: number;
  cells: Cell[];
}

/** A CSV file read into a header and rows, each row with as many cells as the header has columns. */
export interface CsvTable {
  file: string;
  separator: CsvSeparator;
  /** Column names exactly as written; `""` for a column without a name. */
  header: string[];
  rows: CsvRow[];
}

/** What {@link readCsvTable} found: the table when the file could be read, and every problem. */
export interface CsvTableResult {
  table?: CsvTable;
  problems: Problem[];
}

const BINARY =
  "this is not a text file (it looks like an image, an Excel workbook or other binary data); save the table as CSV";

/** Whether decoded text is full of control characters, as random bytes are. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x80 && code < 0xa0)) controls++;
  }
  return controls * 50 > sample.length;
}

/** The file's text, or the problem that stops it being read (empty, binary). */
function textOf(content: Uint8Array | string): { text: string } | { message: string } {
  if (typeof content === "string") {
    const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
    return text.trim() === ""
      ? { message: "the file is empty: it needs a header line with the column names" }
      : { text };
  }
  if (content.length === 0)
    return { message: "the file is empty (0 bytes): it needs a header line with the column names" };
  const decoded = decodeText(content);
  if (decoded.binary || looksBinary(decoded.text)) return { message: BINARY };
  if (decoded.text.trim() === "")
    return { message: "the file is empty: it needs a header line with the column names" };
  return { text: decoded.text };
}

/**
 * Counts physical lines in UTF-8 bytes (`\r\n`, `\n` or a lone `\r` ends a line). Returns the line a
 * record starts on, given the offset where the previous record ended; offsets must not decrease.
 */
function lineCounter(bytes: Uint8Array): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    let start = offset;
    while (bytes[start] === 10 || bytes[start] === 13) start++;
    for (; pos < start; pos++) {
      const b = bytes[pos];
      if (b === 10 || (b === 13 && bytes[pos + 1] !== 10)) line++;
    }
    return line;
  };
}

function parseErrorMessage(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'a quoted field starts on this row but its closing quote (") is missing';
    case "CSV_MAX_RECORD_SIZE":
      return "a row is longer than 1 MiB — is this really a CSV file?";
    default:
      return 'this row cannot be read as CSV (check the quotes: a " inside a quoted field is written "")';
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Reads one CSV file as real files arrive from Excel: UTF-8 with or without a byte-order mark or
 * Windows-1252, `,` or `;` between fields (detected from the header line), CRLF, quoted fields with
 * line breaks, empty lines. Rows whose cells are all empty are skipped. Never throws for bad input:
 * every problem (empty or binary file, unclosed quote, a row over 1 MiB, a row with the wrong number
 * of fields, a value in a column without a name) is returned with the file name and physical line.
 */
export function readCsvTable(content: Uint8Array | string, file: string): CsvTableResult {
  const source = textOf(content);
  if ("message" in source) return { problems: [{ file, message: source.message }] };
  const separator = detectSeparator(source.text, MAX_ROW_BYTES);
  const bytes = new TextEncoder().encode(source.text);
  const lineAt = lineCounter(bytes);
  const records: { cells: Cell[]; line: number }[] = [];
  let end = 0;
  try {
    parse(bytes, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: MAX_ROW_BYTES,
      cast: (value, context) => (value === "" && !context.quoting ? undefined : value),
      on_record: (record: Cell[], context) => {
        records.push({ cells: record, line: lineAt(end) });
        end = context.bytes;
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { problems: [{ file, line: lineAt(end), message: parseErrorMessage(error) }] };
  }
  const [first, ...rest] = records;
  if (first === undefined) {
    return {
      problems: [{ file, message: "the file is empty: it needs a header line with the column names" }],
    };
  }
  const header = first.cells.map((c) => c ?? "");
  while (header.length > 1 && header[header.length - 1] === "") header.pop();
  const problems: Problem[] = [];
  const rows: CsvRow[] = [];
  for (const { cells, line } of rest) {
    if (cells.every((c) => c === undefined)) continue;
    const extra = cells.slice(header.length);
    if (cells.length < header.length || extra.some((c) => c !== undefined)) {
      const hint =
        cells.length > header.length ? " (is a separator inside a value that should be in quotes?)" : "";
      const message = `this row has ${plural(cells.length, "field")}, but the header line has ${plural(header.length, "column")}${hint}`;
      problems.push({ file, line, message });
      continue;
    }
    const row = cells.slice(0, header.length);
    const unnamed = header.findIndex((name, i) => name === "" && row[i] !== undefined);
    if (unnamed !== -1) {
      problems.push({
        file,
        line,
        message: `there is a value in column ${unnamed + 1}, which has no name in the header line`,
      });
    }
    rows.push({ line, cells: row });
  }
  return { table: { file, separator, header, rows }, problems };
}
