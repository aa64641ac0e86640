/**
 * Reads a Parquet log into the table `events` (`sql/scan-parquet.sql` feeding `sql/events.sql`). The
 * file's column names are mapped to the event fields as a CSV header is (exact name, else ignoring
 * case; a missing case id, timestamp or actor column is the same error), and every value is read as
 * text and checked in SQL exactly as a CSV value is. Only the stream engine's reader does not take
 * Parquet, so a row's "line" is its position in the file.
 */

import { columnMapping, findColumns } from "../../events/columns.js";
import type { ColumnMapping } from "../../events/event.js";
import type { ReadEventLogOptions } from "../../events/read-event-log.js";
import type { Database } from "./connect.js";
import { fillEvents } from "./scan-csv.js";
import { fillSlots, quoteIdentifier, readSql } from "./sql-files.js";

/** What was read: the raw-rows query (for listing problems) and the fields' names in the file. */
export interface ParquetScan {
  /** scan-parquet.sql with its slots filled; its only parameter is `$file`. */
  scan: string;
  names: ColumnMapping;
}

/** Fills `events` from the Parquet file at `path`. */
export async function scanParquet(
  db: Database,
  path: string,
  name: string,
  options: Pick<ReadEventLogOptions, "columns">,
): Promise<ParquetScan> {
  const described = await db.connection.runAndReadAll("DESCRIBE SELECT * FROM read_parquet($file)", {
    file: path,
  });
  const header = described.getRowObjectsJS().map((row) => String(row.column_name));
  const mapping = columnMapping(options.columns);
  const index = findColumns(header, mapping, name);
  const names = { ...mapping };
  const text = (i: number) => `CAST(${quoteIdentifier(header[i]!)} AS VARCHAR)`;
  const field = (key: keyof ColumnMapping) => {
    const i = index[key];
    if (i < 0) return "CAST(NULL AS VARCHAR)";
    names[key] = header[i]!.trim();
    return text(i);
  };
  const slots = {
    case_id: field("caseId"),
    ts: field("timestamp"),
    actor: field("actor"),
    sector: field("sector"),
    organisation: field("organisation"),
    cluster: field("cluster"),
    blank: `(${header.map((_, i) => `js_blank(${text(i)})`).join(" AND ")})`,
  };
  const scan = fillSlots(await readSql("scan-parquet.sql"), slots);
  await fillEvents(db, scan, { file: path });
  return { scan, names };
}
