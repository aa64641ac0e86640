/**
 * Fills the table `events` from a log and says what reading found, in the same terms as the stream
 * engine's reader: accepted events, rejected and blank rows, listed problems. CSV and
 * Parquet are read by DuckDB and checked in SQL (`sql/events.sql`, counted by `sql/report.sql`; the
 * empty lines DuckDB skips are counted on the side, `empty-lines.ts`); everything else goes through
 * tvaers' own reader ({@link readWithTvaers}). `how` names the route
 * taken, for the report's `strategy`.
 */

import type { Problem } from "@tvaers/model";
import type { ReadEventLogOptions } from "../../events/read-event-log.js";
import type { Database } from "./connect.js";
import { csvLayout } from "./csv-layout.js";
import { countEmptyLines } from "./empty-lines.js";
import { type ListedProblems, listCsvProblems, listParquetProblems } from "./list-problems.js";
import type { LogFile } from "./log-file.js";
import { defineMacros } from "./macros.js";
import { readWithTvaers } from "./read-with-tvaers.js";
import { scanCsv, tiesInSample } from "./scan-csv.js";
import { scanParquet } from "./scan-parquet.js";
import { readSql } from "./sql-files.js";

/** What reading a log found. */
export interface ReadSummary {
  /** `duckdb-csv`, `duckdb-parquet` (read and checked in SQL) or `tvaers-reader`. */
  how: string;
  format: string;
  events: number;
  rejected: number;
  blank: number;
  problems: Problem[];
  problemsNotListed: number;
  /**
   * Present when `events` was filled without keeping file order: fills it again in file order (for a
   * log whose tied events turn out to need it; see `scan-csv.ts`).
   */
  reloadInFileOrder?: () => Promise<void>;
}

interface Counts {
  events: number;
  rejected: number;
  blank: number;
  problems: number;
}

async function counts(db: Database): Promise<Counts> {
  const rows = await db.connection.runAndReadAll(await readSql("report.sql"));
  const row = rows.getRowObjectsJS()[0]!;
  return {
    events: Number(row.events),
    rejected: Number(row.rejected),
    blank: Number(row.blank),
    problems: Number(row.problems),
  };
}

function summary(how: string, format: string, c: Counts, listed: ListedProblems): ReadSummary {
  const { events, rejected, blank } = c;
  return { how, format, events, rejected, blank, ...listed };
}

/** Fills `events` from `log` (see the top of this file). */
export async function loadEvents(
  db: Database,
  log: LogFile,
  options: ReadEventLogOptions,
): Promise<ReadSummary> {
  await defineMacros(db);
  if (log.format === "parquet") {
    const parquet = await scanParquet(db, log.path, log.name, options);
    const c = await counts(db);
    return summary(
      "duckdb-parquet",
      "parquet",
      c,
      await listParquetProblems(db, log, parquet, options, c.problems),
    );
  }
  if (log.format === "csv" || log.format === "tsv") {
    const layout = await csvLayout(log.path, log.name, options, log.format === "tsv");
    if (layout !== undefined) {
      const ordered = await tiesInSample(db, log.path, layout);
      const [scanned, emptyLines] = await Promise.all([
        scanCsv(db, log.path, layout, ordered),
        countEmptyLines(log.path, layout.separator, layout.headerLines),
      ]);
      if (scanned) {
        const c = await counts(db);
        c.blank += emptyLines;
        const read = summary("duckdb-csv", "csv", c, await listCsvProblems(log, options, c.problems));
        if (!ordered) {
          read.reloadInFileOrder = async () => {
            await scanCsv(db, log.path, layout, true);
          };
        }
        return read;
      }
    }
  }
  const report = await readWithTvaers(db, log, options);
  const { problems, problemsNotListed } = report;
  return summary(
    "tvaers-reader",
    report.format,
    { ...(await counts(db)), rejected: report.rejected, blank: report.blank, problems: 0 },
    { problems, problemsNotListed },
  );
}
