/**
 * Writes events as a tvaers CSV event log, in chunks of text, so a log of any size streams out in
 * constant memory. Columns are `case_id, timestamp, actor, activity, sector, organisation, cluster`
 * (missing values are empty). Timestamps are Copenhagen local time, ISO 8601 with offset by default, or
 * the Danish `dd-mm-yyyy hh:mm`; `excel` adds what Danish Excel writes as well (a UTF-8 byte-order mark
 * and CRLF line ends), usually with `separator: ";"`. Fields holding the separator, a quote or a line
 * break are quoted. Events should be whole minutes: seconds are not written.
 */

import { DEFAULT_COLUMNS, type PathwayEvent } from "../events/event.js";
import { CopenhagenClock, type TimestampStyle } from "./copenhagen-time.js";

/** How to write a CSV event log. */
export interface CsvLogOptions {
  /** Field separator. Default `,`. */
  separator?: "," | ";";
  /** `iso` (`2024-03-05T14:07:00+01:00`, default) or `danish` (`05-03-2024 14:07`, local time). */
  timestamps?: TimestampStyle;
  /** Write as Danish Excel does: byte-order mark and CRLF line ends. Default false. */
  excel?: boolean;
  /** Approximate characters per chunk. Default 1 MiB. */
  chunkSize?: number;
}

const COLUMN_ORDER = [
  "caseId",
  "timestamp",
  "actor",
  "activity",
  "sector",
  "organisation",
  "cluster",
] as const;

/**
 * The CSV text of an event log, as chunks (header first). Joining the chunks gives the whole file.
 *
 * @example
 * writeFileSync("log.csv", [...eventLogCsv(generateEventLog(doc, { events: 1000 }))].join(""));
 */
export function* eventLogCsv(events: Iterable<PathwayEvent>, options: CsvLogOptions = {}): Generator<string> {
  const separator = options.separator ?? ",";
  const newline = options.excel ? "\r\n" : "\n";
  const chunkSize = options.chunkSize ?? 1 << 20;
  const clock = new CopenhagenClock(options.timestamps ?? "iso");
  const needsQuotes = separator === "," ? /[",\r\n]/ : /[";\r\n]/;
  const quote = (value: string) => (needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const cache = new Map<string, string>();
  const cached = (value: string | undefined) => {
    const key = value ?? "";
    let out = cache.get(key);
    if (out === undefined) {
      out = quote(key);
      if (cache.size > 100_000) cache.clear();
      cache.set(key, out);
    }
    return out;
  };
  const header = COLUMN_ORDER.map((c) => quote(DEFAULT_COLUMNS[c])).join(separator);
  let rows: string[] = [`${options.excel ? "\uFEFF" : ""}${header}`];
  let length = 0;
  for (const e of events) {
    const row = `${quote(e.caseId)}${separator}${clock.format(e.time)}${separator}${cached(e.actor)}${separator}${cached(e.activity)}${separator}${cached(e.sector)}${separator}${cached(e.organisation)}${separator}${cached(e.cluster)}`;
    rows.push(row);
    length += row.length;
    if (length >= chunkSize) {
      yield `${rows.join(newline)}${newline}`;
      rows = [];
      length = 0;
    }
  }
  if (rows.length > 0) yield `${rows.join(newline)}${newline}`;
}
