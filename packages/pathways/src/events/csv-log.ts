/**
 * Reads a CSV event log as a stream (csv-parse's stream API), so a file of any size is read in
 * bounded memory. The separator is `,`, `;` or a tab, detected from the header line (the most frequent
 * outside quotes; `,` on a tie) unless given; quoted fields may hold separators and line breaks; stray
 * quotes inside a field are kept as text. Line numbers in problems are where a row starts in the file,
 * counted here from the line breaks of each row (rows with quoted line breaks span several lines;
 * csv-parse's own `info` would double the reading time). A row whose number of fields differs from the
 * header is rejected (its values would land in the wrong columns, e.g. a decimal comma in a `,` file);
 * a row with no value at all (an empty line, `;;;`) is counted as blank and skipped.
 *
 * csv-parse is imported when a CSV log is first read, so a browser page that never reads CSV does not
 * load it; to read CSV in a browser, bundle `csv-parse/browser/esm` under the name `csv-parse`.
 */

import { TvaersInputError } from "@tvaers/model";
import { type CsvPiece, csvPieces, cutLines } from "./csv-pieces.js";
import { CsvRows } from "./csv-rows.js";
import type { ColumnMapping, PathwayEvent } from "./event.js";
import type { ProblemList, ReadReport } from "./report.js";

/** A CSV field separator. */
export type EventLogSeparator = "," | ";" | "\t";

/** What the CSV reader needs to know. */
export interface CsvReadContext {
  report: ReadReport;
  problems: ProblemList;
  columns: Partial<ColumnMapping> | undefined;
  separator: EventLogSeparator | undefined;
}

/** Picks the separator of a header line: the most frequent of `,`, `;` and tab outside quotes. */
export function detectSeparator(text: string): EventLogSeparator {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let i = 0;
  while (text[i] === "\n" || text[i] === "\r") i++;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "," || c === ";" || c === "\t") counts[c]++;
    else if (c === "\n" || c === "\r") break;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
}

/** Feeds text into csv-parse and yields the parsed records in batches, in order. */
async function* csvRecords(texts: AsyncIterable<string>, separator: string): AsyncGenerator<string[][]> {
  const { parse } = await import("csv-parse");
  const parser = parse({
    delimiter: separator,
    relax_column_count: true,
    relax_quotes: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  let batch: string[][] = [];
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const rouse = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  parser.on("data", (r: string[]) => batch.push(r));
  parser.on("error", (e) => {
    failure = e;
    rouse();
  });
  parser.on("end", () => {
    ended = true;
    rouse();
  });
  parser.on("drain", rouse);
  try {
    for await (const text of texts) {
      if (failure !== undefined) break;
      const flowing = parser.write(text);
      if (batch.length > 0) {
        const out = batch;
        batch = [];
        yield out;
      }
      if (!flowing && failure === undefined) await new Promise<void>((r) => (wake = r));
    }
    if (failure === undefined) {
      parser.end();
      while (!ended && failure === undefined) await new Promise<void>((r) => (wake = r));
    }
    if (batch.length > 0) yield batch;
    if (failure !== undefined) throw failure;
  } finally {
    // csv-parse's browser build has no destroy(); its parser holds nothing that needs freeing.
    parser.destroy?.();
  }
}

/** A csv-parse error (unclosed quote and the like) in plain words, with its line. */
function structuralError(error: unknown, file: string): unknown {
  const e = error as { code?: string; lines?: number; message?: string };
  if (typeof e.code !== "string" || !e.code.startsWith("CSV_")) return error;
  const message =
    e.code === "CSV_QUOTE_NOT_CLOSED"
      ? "a quote opened on this line is never closed, so the rest of the file cannot be read"
      : `the file cannot be read as CSV here (${e.message ?? e.code})`;
  return new TvaersInputError([{ file, line: e.lines, message }]);
}

/** How many line breaks the values of a record hold (`\r\n`, `\n` or `\r`: quoted line breaks). */
function lineBreaks(record: readonly string[]): number {
  let breaks = 0;
  for (const value of record) {
    if (value.indexOf("\n") < 0 && value.indexOf("\r") < 0) continue;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 10 || (c === 13 && value.charCodeAt(i + 1) !== 10)) breaks++;
    }
  }
  return breaks;
}

/** Reads the text until the end of the first line (or 1 MiB), for separator detection. */
async function headText(it: AsyncIterator<string>): Promise<string[]> {
  const pieces: string[] = [];
  let length = 0;
  for (;;) {
    const r = await it.next();
    if (r.done) return pieces;
    pieces.push(r.value);
    length += r.value.length;
    if (r.value.includes("\n") || r.value.includes("\r") || length >= 1 << 20) return pieces;
  }
}

/** A CSV log opened for reading: its separator, its text in pieces, and the row reader for it. */
export interface OpenedCsv {
  separator: EventLogSeparator;
  /** The text in pieces (see `csv-pieces.ts`); structural faults are thrown in plain words. */
  pieces: AsyncGenerator<CsvPiece>;
  rows: CsvRows;
}

/** Yields `pieces`, turning csv-parse's errors into plain words; at the end, checks there was a header. */
async function* checkedPieces(pieces: AsyncGenerator<CsvPiece>, rows: CsvRows, file: string) {
  try {
    yield* pieces;
  } catch (error) {
    throw structuralError(error, file);
  }
  rows.finish();
}

/**
 * Opens CSV text for reading: detects the separator from the header line (unless given) and splits the
 * text into pieces.
 */
export async function openCsv(texts: AsyncIterable<string>, ctx: CsvReadContext): Promise<OpenedCsv> {
  const it = texts[Symbol.asyncIterator]();
  const head = await headText(it);
  const separator = ctx.separator ?? detectSeparator(head.join(""));
  ctx.report.separator = separator;
  const rest = (async function* () {
    try {
      yield* head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      await it.return?.();
    }
  })();
  const rows = new CsvRows(ctx.report, ctx.problems, ctx.columns, separator);
  return {
    separator,
    pieces: checkedPieces(csvPieces(rest, separator, csvRecords), rows, ctx.report.file),
    rows,
  };
}

/**
 * Reads the records of a piece that begins on line `first` into events (pushed to `out`); returns the
 * line the next piece begins on.
 */
export function recordEvents(
  piece: CsvPiece,
  opened: OpenedCsv,
  first: number,
  out: { push(e: PathwayEvent): void },
): number {
  let records: string[][];
  let plain = true;
  if ("lines" in piece) {
    records = [];
    cutLines(piece.lines, opened.separator, true, records);
  } else {
    records = piece.records;
    plain = piece.plain;
  }
  let line = first;
  for (const record of records) {
    const event = opened.rows.event(record, line);
    line += plain ? 1 : 1 + lineBreaks(record);
    if (event !== undefined) out.push(event);
  }
  return line;
}

/** Yields the events of a CSV log in batches; problems and counts go to `ctx.report`. */
export async function* readCsvLog(
  texts: AsyncIterable<string>,
  ctx: CsvReadContext,
): AsyncGenerator<PathwayEvent[]> {
  const opened = await openCsv(texts, ctx);
  let line = 1;
  for await (const piece of opened.pieces) {
    const events: PathwayEvent[] = [];
    line = recordEvents(piece, opened, line, events);
    if (events.length > 0) yield events;
  }
}
