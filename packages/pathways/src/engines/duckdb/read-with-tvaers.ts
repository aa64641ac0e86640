/**
 * The DuckDB engine's way in for logs DuckDB does not read itself: XES, JSON Lines, and CSV files its
 * strict parser refuses (Windows-1252 text, stray structure). tvaers' own reader (the stream engine's,
 * `events/read-event-log.ts`) reads and checks the rows, and the accepted events are appended in file
 * order to the table behind `events`, in the shape `sql/events.sql` gives; mining then runs in SQL as
 * for any log. The
 * reading report (rejected and blank rows, problems) is the reader's own.
 */

import type { ReadEventLogOptions } from "../../events/read-event-log.js";
import { readEventLog } from "../../events/read-event-log.js";
import type { ReadReport } from "../../events/report.js";
import type { Database } from "./connect.js";
import type { LogFile } from "./log-file.js";
import { EVENTS_VIEW } from "./scan-csv.js";

/** The columns of the rows of `events`, as `sql/events.sql` makes them. */
const EVENT_COLUMNS =
  "status VARCHAR, problems INTEGER, case_id VARCHAR, actor VARCHAR, sector VARCHAR, " +
  "organisation VARCHAR, cluster VARCHAR, time_ms BIGINT";

/** Reads the log with tvaers' reader into `events` and returns the reader's report. */
export async function readWithTvaers(
  db: Database,
  log: LogFile,
  options: ReadEventLogOptions,
): Promise<ReadReport> {
  await db.connection.run(`CREATE OR REPLACE TEMP TABLE event_rows (${EVENT_COLUMNS})`);
  await db.connection.run(EVENTS_VIEW);
  const format = log.format === "parquet" ? undefined : log.format;
  const reader = readEventLog(log.path, { ...options, file: log.name, format, onError: "skip-and-report" });
  const appender = await db.connection.createAppender("event_rows");
  const text = (value: string | undefined) =>
    value === undefined ? appender.appendNull() : appender.appendVarchar(value);
  try {
    for await (const batch of reader.batches()) {
      for (const e of batch) {
        appender.appendVarchar("ok");
        appender.appendInteger(0);
        appender.appendVarchar(e.caseId);
        appender.appendVarchar(e.actor);
        text(e.sector);
        text(e.organisation);
        text(e.cluster);
        appender.appendBigInt(BigInt(e.time));
        appender.endRow();
      }
    }
  } finally {
    appender.closeSync();
  }
  return reader.report;
}
