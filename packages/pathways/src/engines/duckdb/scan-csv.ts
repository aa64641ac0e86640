/**
 * Reads a CSV log with DuckDB's own CSV reader into the table `events` (`sql/scan-csv.sql` feeding
 * `sql/events.sql`): every row checked in SQL, file order kept. DuckDB is told the layout tvaers read
 * from the header and runs its strict parser; when it refuses the file (bytes that are not UTF-8,
 * unclosed quotes, a row with two or more extra fields), {@link scanCsv} returns false and the caller
 * reads the log with tvaers' own reader instead. Quoted line breaks need DuckDB's single-threaded
 * scan, which is tried when the parallel one says so.
 */

import type { Database } from "./connect.js";
import type { CsvLayout } from "./csv-layout.js";
import { fillSlots, readSql } from "./sql-files.js";

/** What an empty field reads as is '' only if `nullstr` is something no field holds. */
const NULL_TEXT = "\u0001tvaers:absent\u0001";

const EXTRA = "c_extra";

/** The relation `events` of the SQL files: the table's rows with their position in the file as row_no. */
export const EVENTS_VIEW =
  "CREATE OR REPLACE TEMP VIEW events AS SELECT rowid + 1 AS row_no, * FROM event_rows";

/** The `{{slots}}` of scan-csv.sql for a layout (see that file). */
export function csvSlots(layout: CsvLayout, parallel: boolean): Record<string, string> {
  const all = Array.from({ length: layout.width }, (_, i) => `c${i + 1}`);
  const field = (i: number) => (i >= 0 ? `c${i + 1}` : "CAST(NULL AS VARCHAR)");
  const { index } = layout;
  return {
    columns: `{${[...all, EXTRA].map((c) => `'${c}': 'VARCHAR'`).join(", ")}}`,
    case_id: field(index.caseId),
    ts: field(index.timestamp),
    actor: field(index.actor),
    sector: field(index.sector),
    organisation: field(index.organisation),
    cluster: field(index.cluster),
    blank: `CASE WHEN js_blank(c1) THEN ${[...all.slice(1), EXTRA].map((c) => `js_blank(${c})`).join(" AND ")} ELSE false END`,
    width_ok: `(c${layout.width} IS NOT NULL AND ${EXTRA} IS NULL)`,
    parallel: String(parallel),
  };
}

/**
 * Fills `events` from `scan` (the text of a scan-*.sql with its slots filled): events.sql runs over the
 * scan in one CREATE TABLE … AS, on every thread. When `ordered`, DuckDB keeps the rows in file order
 * (preserve_insertion_order), so the table's rowid numbers them; otherwise the rows land in any order
 * (about a fifth faster at 10⁷ rows) and row_no means nothing (see {@link scanCsv}).
 */
export async function fillEvents(
  db: Database,
  scan: string,
  values: Record<string, string | number>,
  ordered = true,
): Promise<void> {
  const events = await readSql("events.sql");
  if (!ordered) await db.connection.run("SET preserve_insertion_order = false");
  try {
    await db.connection.run(
      `CREATE OR REPLACE TEMP TABLE event_rows AS WITH raw_events AS (${scan}) SELECT * FROM (${events})`,
      values,
    );
  } finally {
    if (!ordered) await db.connection.run("RESET preserve_insertion_order");
  }
  await db.connection.run(EVENTS_VIEW);
}

function refusedByDuckDB(error: unknown): boolean {
  return error instanceof Error && /CSV|unicode|max_line_size/i.test(error.message);
}

/** How many rows {@link tiesInSample} looks at. */
const TIE_SAMPLE = 100_000;

/**
 * Whether the first rows of the CSV file hold two events of one case with the same timestamp text
 * (`sql/tie-sample.sql`); false too when DuckDB cannot read them (the scan then says why).
 */
export async function tiesInSample(db: Database, path: string, layout: CsvLayout): Promise<boolean> {
  const scan = fillSlots(await readSql("scan-csv.sql"), csvSlots(layout, true));
  const sql = `WITH raw_events AS (${scan}) ${await readSql("tie-sample.sql")}`;
  try {
    const result = await db.connection.runAndReadAll(sql, {
      ...scanValues(path, layout),
      sample: TIE_SAMPLE,
    });
    return Number(result.getRowObjectsJS()[0]!.ties) > 0;
  } catch (error) {
    if (refusedByDuckDB(error)) return false;
    throw error;
  }
}

function scanValues(path: string, layout: CsvLayout) {
  return { file: path, skip: layout.headerLines, delim: layout.separator, nullstr: NULL_TEXT };
}

/**
 * Fills `events` from the CSV file; false when DuckDB's strict parser refuses the file.
 *
 * File order matters only for events of one case at the same time: it decides which of them comes
 * first. A log without such ties can be read without keeping file order (`ordered` false), which is
 * faster; `handoffs.sql` counts the transitions between tied events of different groups or sectors
 * (whose order would change the result), and the engine reads the log again in file order when there
 * are any. {@link tiesInSample} tells a log with many ties (dates without times) ahead, so it is read
 * in order at once.
 */
export async function scanCsv(
  db: Database,
  path: string,
  layout: CsvLayout,
  ordered = true,
): Promise<boolean> {
  const template = await readSql("scan-csv.sql");
  for (const parallel of [true, false]) {
    try {
      await fillEvents(
        db,
        fillSlots(template, csvSlots(layout, parallel)),
        scanValues(path, layout),
        ordered,
      );
      return true;
    } catch (error) {
      if (!refusedByDuckDB(error)) throw error;
      if (!(parallel && error instanceof Error && /quoted new ?lines/i.test(error.message))) return false;
    }
  }
  return false;
}
