/**
 * The problems of the rows SQL rejected, listed exactly as the stream engine lists them: file, line,
 * field and message, the first `maxProblems` in file order, the rest only counted.
 *
 * - CSV: SQL knows which rows are bad but not on which line of the file each starts (blank lines and
 *   quoted line breaks shift lines). tvaers' own reader reads the file again, only as far as the last
 *   listed problem, and lists them; a clean file costs nothing.
 * - Parquet: the listed rows' values are fetched again and checked by the same function the reader
 *   uses (`checkRawEvent`); a row's line is its position in the file.
 */

import type { Problem } from "@tvaers/model";
import type { ColumnMapping } from "../../events/event.js";
import { blankRawEvent, checkRawEvent } from "../../events/raw-event.js";
import { type ReadEventLogOptions, readEventLog } from "../../events/read-event-log.js";
import { emptyReport, MAX_LISTED_PROBLEMS, ProblemList } from "../../events/report.js";
import type { Database } from "./connect.js";
import type { LogFile } from "./log-file.js";
import type { ParquetScan } from "./scan-parquet.js";
import { readSql } from "./sql-files.js";

/** The listed problems and how many more there are. */
export interface ListedProblems {
  problems: Problem[];
  problemsNotListed: number;
}

/** Lists the first problems of a CSV log that has `total` problems in all. */
export async function listCsvProblems(
  log: LogFile,
  options: ReadEventLogOptions,
  total: number,
): Promise<ListedProblems> {
  const listed = Math.min(total, options.maxProblems ?? MAX_LISTED_PROBLEMS);
  if (listed === 0) return { problems: [], problemsNotListed: total };
  const format = log.format === "tsv" ? "tsv" : "csv";
  const reader = readEventLog(log.path, { ...options, file: log.name, format, onError: "skip-and-report" });
  for await (const _ of reader.batches()) if (reader.report.problems.length >= listed) break;
  return { problems: reader.report.problems.slice(0, listed), problemsNotListed: total - listed };
}

/** Lists the first problems of a Parquet log that has `total` problems in all. */
export async function listParquetProblems(
  db: Database,
  log: LogFile,
  parquet: ParquetScan,
  options: ReadEventLogOptions,
  total: number,
): Promise<ListedProblems> {
  const limit = options.maxProblems ?? MAX_LISTED_PROBLEMS;
  const sql = `SELECT * FROM (${parquet.scan}) WHERE row_no IN (${await readSql("problem-rows.sql")}) ORDER BY row_no`;
  const rows = await db.connection.runAndReadAll(sql, { file: log.path, limit });
  const report = emptyReport(log.name, "csv");
  const list = new ProblemList(report, limit);
  const names: ColumnMapping = parquet.names;
  for (const row of rows.getRowObjectsJS()) {
    const raw = blankRawEvent();
    const text = (v: unknown) => (v === null ? undefined : String(v));
    raw.caseId = text(row.case_id);
    raw.timestamp = text(row.ts);
    raw.actor = text(row.actor);
    checkRawEvent(raw, Number(row.row_no), names, list);
  }
  return { problems: report.problems, problemsNotListed: total - report.problems.length };
}
