/**
 * The header of a CSV log, read by tvaers itself so that DuckDB parses the rows exactly as the stream
 * engine's reader does: the same decoding (`events/decode.ts`), separator detection and column mapping
 * (`events/csv-log.ts`, `events/columns.ts`), and csv-parse with the same options for the header
 * record. DuckDB is then told everything (separator, how many lines to skip, the columns) and detects
 * nothing itself.
 */

import { parse } from "csv-parse";
import { type ColumnIndex, columnMapping, findColumns } from "../../events/columns.js";
import { detectSeparator, type EventLogSeparator } from "../../events/csv-log.js";
import { decodeChunks, type TextEncodingInfo } from "../../events/decode.js";
import type { ColumnMapping } from "../../events/event.js";
import type { ReadEventLogOptions } from "../../events/read-event-log.js";
import { openSource } from "../../events/source.js";

/** How a CSV log is laid out. */
export interface CsvLayout {
  separator: EventLogSeparator;
  /** Fields in the header. */
  width: number;
  /** Lines up to and including the header (blank rows before it included). */
  headerLines: number;
  /** Each field's column (0-based), or -1. */
  index: ColumnIndex;
  /** Each field's name as the file has it, for messages. */
  names: ColumnMapping;
}

/** Whether no value of a record holds anything but white space (the reader skips such rows). */
function isBlank(record: readonly string[]): boolean {
  return record.every((value) => value.trim() === "");
}

/**
 * The first record that is not blank (the header) and the line it ends on, or `undefined` when the
 * text has none. Blank records before it are skipped, as the reader skips them.
 */
async function headerRecord(
  texts: AsyncIterable<string>,
  separator: string,
): Promise<{ record: string[]; lines: number } | undefined> {
  const parser = parse({
    delimiter: separator,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  let settled = false;
  const found = new Promise<{ record: string[]; lines: number } | undefined>((resolve, reject) => {
    parser.on("data", (r: { record: string[]; info: { lines: number } }) => {
      if (settled || isBlank(r.record)) return;
      settled = true;
      resolve({ record: r.record, lines: r.info.lines });
      parser.destroy();
    });
    parser.on("end", () => resolve(undefined));
    parser.on("error", (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
  for await (const text of texts) {
    if (settled) break;
    parser.write(text);
  }
  if (!settled) parser.end();
  return found;
}

/**
 * Reads the layout of the CSV log at `path`, or `undefined` when csv-parse cannot read as far as the
 * header (tvaers' reader then reads the log and reports why). Throws the stream reader's errors for a
 * file that cannot be opened or decoded and for missing columns.
 */
export async function csvLayout(
  path: string,
  name: string,
  options: Pick<ReadEventLogOptions, "columns" | "separator">,
  tab: boolean,
): Promise<CsvLayout | undefined> {
  const info: TextEncodingInfo = { encoding: "utf-8", bom: false };
  const texts = decodeChunks(openSource(path, name).chunks(), info, name);
  const it = texts[Symbol.asyncIterator]();
  const head: string[] = [];
  try {
    let length = 0;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      head.push(r.value);
      length += r.value.length;
      if (r.value.includes("\n") || r.value.includes("\r") || length >= 1 << 20) break;
    }
    const separator = tab ? "\t" : (options.separator ?? detectSeparator(head.join("")));
    const rest = (async function* () {
      yield* head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })();
    const first = await headerRecord(rest, separator).catch((error: { code?: unknown }) => {
      if (typeof error.code === "string" && error.code.startsWith("CSV_")) return null;
      throw error;
    });
    if (first === null) return undefined;
    const mapping = columnMapping(options.columns);
    const index = findColumns(first?.record ?? [], mapping, name);
    const names = { ...mapping };
    for (const field of Object.keys(index) as (keyof ColumnIndex)[]) {
      const i = index[field];
      if (i >= 0) names[field] = first!.record[i]!.trim();
    }
    return { separator, width: first!.record.length, headerLines: first!.lines, index, names };
  } finally {
    await it.return?.(undefined);
  }
}
