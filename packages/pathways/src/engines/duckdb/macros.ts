/**
 * The macros the engine's SQL calls (`sql/js-trim.sql`: JavaScript's trim; `sql/timestamps.sql`: the
 * stream engine's timestamp reading), defined once per database before any of it runs.
 */

import type { Database } from "./connect.js";
import { readSql } from "./sql-files.js";

/** Defines the macros of `js-trim.sql` and `timestamps.sql` in `db`. */
export async function defineMacros(db: Database): Promise<void> {
  await db.connection.run(await readSql("js-trim.sql"));
  await db.connection.run(await readSql("timestamps.sql"));
}
