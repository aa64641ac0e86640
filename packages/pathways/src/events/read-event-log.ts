/**
 * `readEventLog(source, options)`: one entry point for CSV, TSV, XES and JSON Lines event logs,
 * streamed. The format comes from `options.format`, else the file name's extension (`.csv`, `.tsv`,
 * `.txt` → CSV; `.xes` → XES; `.jsonl`, `.ndjson` → JSON Lines), else the first character of the text
 * (`<` XES, `{` JSON Lines, anything else CSV).
 *
 * Bad rows follow `onError`: `"fail"` (the default) reads the whole log, then throws one
 * `TvaersInputError` listing every problem (so all can be fixed in one round); `"skip-and-report"`
 * skips them, and the report counts and lists them. Structural faults (a missing column, broken XML,
 * an unclosed quote) stop reading at once under either policy.
 */

import { readCsvColumns } from "./csv-columns.js";
import { type EventLogSeparator, readCsvLog } from "./csv-log.js";
import { decodeChunks } from "./decode.js";
import type { ColumnMapping, PathwayEvent } from "./event.js";
import { type EventColumns, EventColumnsBuilder } from "./event-columns.js";
import { readJsonLinesLog } from "./jsonl-log.js";
import {
  type EventLogFormat,
  emptyReport,
  MAX_LISTED_PROBLEMS,
  ProblemList,
  type ReadReport,
  rejectedRowsError,
} from "./report.js";
import { type EventLogSource, type OpenedSource, openSource } from "./source.js";
import { readXesLog } from "./xes-log.js";

/** What to do with a row that cannot be read. */
export type OnError = "fail" | "skip-and-report";

/** How to read an event log. */
export interface ReadEventLogOptions {
  /** The format; by default from the file name, else from the first character. `tsv` is CSV with tabs. */
  format?: EventLogFormat | "tsv";
  /** Column (or JSON key, or XES key) names, laid over the defaults. */
  columns?: Partial<ColumnMapping>;
  /** The CSV field separator; detected from the header line when left out. */
  separator?: EventLogSeparator;
  /** `"fail"` (default): throw after reading, listing every bad row; `"skip-and-report"`: skip and count. */
  onError?: OnError;
  /** The name shown in problems (default: the path, the source's name, or "event log"). */
  file?: string;
  /** How many problems to list in the report (the rest are counted). Default 1,000. */
  maxProblems?: number;
}

/**
 * An event log being read: iterate it (or its `batches()`, which is faster) for the events; `report`
 * describes the latest read. Each iteration reads the source from its beginning again, when it can.
 */
export interface EventLog extends AsyncIterable<PathwayEvent> {
  /** The events in batches (one per chunk of input), in file order. */
  batches(): AsyncGenerator<PathwayEvent[]>;
  /**
   * The same events in columns (see `event-columns.ts`), without their activities: what handoff mining
   * reads, fastest for large CSV logs.
   */
  columns(): AsyncGenerator<EventColumns>;
  /** What the latest read found; complete once an iteration has finished. */
  readonly report: ReadReport;
  /** The name shown in problems. */
  readonly file: string;
  /** Whether the log can be read more than once (false for a one-shot stream). */
  readonly rereadable: boolean;
  /** The file's path on disk, when the log is a file (the display `file` may differ). */
  readonly path?: string;
  /** Whether the log is a file on disk. */
  readonly isFile: boolean;
}

function extensionFormat(name: string): EventLogFormat | "tsv" | undefined {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf(".");
  const ext = dot < 0 ? "" : lower.slice(dot + 1);
  if (ext === "csv" || ext === "txt") return "csv";
  if (ext === "tsv" || ext === "tab") return "tsv";
  if (ext === "xes") return "xes";
  if (ext === "jsonl" || ext === "ndjson") return "jsonl";
  return undefined;
}

/** Peeks at the first text chunk to guess the format; yields every chunk unchanged. */
async function sniff(
  texts: AsyncIterable<string>,
): Promise<{ format: EventLogFormat; texts: AsyncIterable<string> }> {
  const it = texts[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.trim() === "") first = await it.next();
  const c = first.done ? "" : first.value.trimStart()[0];
  const format: EventLogFormat = c === "<" ? "xes" : c === "{" ? "jsonl" : "csv";
  const all = (async function* () {
    try {
      if (!first.done) yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      await it.return?.();
    }
  })();
  return { format, texts: all };
}

/**
 * Reads an event log (see the formats and policies at the top of this file). Nothing is read until the
 * result is iterated.
 *
 * @example
 * const log = readEventLog("forloeb.csv", { columns: { caseId: "sag", timestamp: "tidspunkt" } });
 * for await (const event of log) console.log(event.actor, new Date(event.time));
 * console.log(log.report.events, log.report.rejected);
 */
export function readEventLog(source: EventLogSource, options: ReadEventLogOptions = {}): EventLog {
  const opened: OpenedSource = openSource(source, options.file);
  const onError = options.onError ?? "fail";
  const given = options.format ?? extensionFormat(opened.name);
  let report = emptyReport(opened.name, given === "tsv" ? "csv" : (given ?? "csv"));

  /** Starts a read: a fresh report, and the decoded text with its format. */
  async function start() {
    report = emptyReport(opened.name, given === "tsv" ? "csv" : (given ?? "csv"));
    const problems = new ProblemList(report, options.maxProblems ?? MAX_LISTED_PROBLEMS);
    let texts: AsyncIterable<string> = decodeChunks(opened.chunks(), report, opened.name);
    let format = given;
    if (format === undefined) {
      const sniffed = await sniff(texts);
      format = sniffed.format;
      texts = sniffed.texts;
      report.format = format;
    }
    const ctx = { report, problems, columns: options.columns };
    const separator: EventLogSeparator | undefined = format === "tsv" ? "\t" : options.separator;
    const csv = { ...ctx, separator };
    return { format, texts, ctx, csv };
  }

  /** After a read: under `"fail"`, one error listing every rejected row. */
  function settle(): void {
    if (onError === "fail" && report.rejected > 0) throw rejectedRowsError(report, report.file);
  }

  async function* batches(): AsyncGenerator<PathwayEvent[]> {
    const { format, texts, ctx, csv } = await start();
    if (format === "xes") yield* readXesLog(texts, ctx);
    else if (format === "jsonl") yield* readJsonLinesLog(texts, ctx);
    else yield* readCsvLog(texts, csv);
    settle();
  }

  async function* columns(): AsyncGenerator<EventColumns> {
    const { format, texts, ctx, csv } = await start();
    if (format === "xes" || format === "jsonl") {
      const builder = new EventColumnsBuilder();
      for await (const batch of format === "xes" ? readXesLog(texts, ctx) : readJsonLinesLog(texts, ctx)) {
        for (const event of batch) builder.pushEvent(event);
        const out = builder.take();
        if (out !== undefined) yield out;
      }
    } else yield* readCsvColumns(texts, csv);
    settle();
  }

  return {
    batches,
    columns,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
    get report() {
      return report;
    },
    file: opened.name,
    ...(opened.path !== undefined && { path: opened.path }),
    rereadable: opened.rereadable,
    isFile: opened.isFile,
  };
}
