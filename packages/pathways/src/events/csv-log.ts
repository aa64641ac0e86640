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
import { columnMapping, EVENT_FIELDS, type EventField, findColumns } from "./columns.js";
import { fastCsvRecords } from "./csv-fast-records.js";
import type { ColumnMapping, PathwayEvent } from "./event.js";
import { checkRawEvent, type RawEvent } from "./raw-event.js";
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

/** Whether no value of a record holds anything but spaces (an empty line, or `;;;`). */
function isBlank(record: readonly string[]): boolean {
  // A first character that is printable ASCII (never white space to `trim`) settles it at once.
  const first = record.length > 0 ? record[0]!.charCodeAt(0) : 0;
  if (first > 32 && first < 160) return false;
  for (const value of record) if (value.trim() !== "") return false;
  return true;
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

/** Yields the events of a CSV log in batches; problems and counts go to `ctx.report`. */
export async function* readCsvLog(
  texts: AsyncIterable<string>,
  ctx: CsvReadContext,
): AsyncGenerator<PathwayEvent[]> {
  const { report, problems } = ctx;
  const it = texts[Symbol.asyncIterator]();
  const head = await headText(it);
  const separator = ctx.separator ?? detectSeparator(head.join(""));
  report.separator = separator;
  const rest = (async function* () {
    try {
      yield* head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      await it.return?.();
    }
  })();
  const mapping = columnMapping(ctx.columns);
  let columns: [EventField, number][] | undefined;
  // Each field's column, or -1 when the file has none (read when a row becomes a raw event).
  let c0 = -1;
  let c1 = -1;
  let c2 = -1;
  let c3 = -1;
  let c4 = -1;
  let c5 = -1;
  let c6 = -1;
  let names = mapping;
  let width = 0;
  let nextLine = 1;
  try {
    for await (const { records, plain } of fastCsvRecords(rest, separator, csvRecords)) {
      const events: PathwayEvent[] = [];
      for (const record of records) {
        const line = nextLine;
        nextLine += plain ? 1 : 1 + lineBreaks(record);
        if (isBlank(record)) {
          if (columns !== undefined) report.blank++;
          continue;
        }
        if (columns === undefined) {
          const index = findColumns(record, mapping, report.file);
          columns = EVENT_FIELDS.map((f) => [f, index[f]] as [EventField, number]).filter(([, i]) => i >= 0);
          names = { ...mapping };
          for (const [field, i] of columns) names[field] = record[i]!.trim();
          width = record.length;
          c0 = index.caseId;
          c1 = index.timestamp;
          c2 = index.actor;
          c3 = index.activity;
          c4 = index.sector;
          c5 = index.organisation;
          c6 = index.cluster;
          continue;
        }
        if (record.length !== width) {
          const hint =
            record.length > width && separator !== ";"
              ? ` (is there a "${separator === "\t" ? "tab" : separator}" inside a value without quotes?)`
              : "";
          problems.add(
            line,
            undefined,
            `this row has ${record.length} fields, the header has ${width}${hint}`,
          );
          report.rejected++;
          continue;
        }
        const raw: RawEvent = {
          caseId: c0 < 0 ? undefined : record[c0],
          timestamp: c1 < 0 ? undefined : record[c1],
          actor: c2 < 0 ? undefined : record[c2],
          activity: c3 < 0 ? undefined : record[c3],
          sector: c4 < 0 ? undefined : record[c4],
          organisation: c5 < 0 ? undefined : record[c5],
          cluster: c6 < 0 ? undefined : record[c6],
        };
        const event = checkRawEvent(raw, line, names, problems);
        if (event === undefined) report.rejected++;
        else {
          report.events++;
          events.push(event);
        }
      }
      if (events.length > 0) yield events;
    }
  } catch (error) {
    throw structuralError(error, report.file);
  }
  if (columns === undefined) findColumns([], mapping, report.file);
}
