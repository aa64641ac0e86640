/**
 * The DuckDB engine's SQL, read at run time from the package's `sql/` folder (shipped with the
 * package), relative to this module, so it is found from `src/` and from `dist/` alike. Values are
 * bound as named parameters (`$file`); only what SQL cannot bind — column names and lists, generated
 * from a file's header — fills `{{slot}}`s. A slot left unfilled is an error, never silent SQL.
 */

/** The SQL files of the engine (see each file's header). */
export type SqlFile =
  | "js-trim.sql"
  | "timestamps.sql"
  | "scan-csv.sql"
  | "scan-parquet.sql"
  | "events.sql"
  | "report.sql"
  | "problem-rows.sql"
  | "actors.sql"
  | "handoffs.sql"
  | "tie-sample.sql";

const cache = new Map<SqlFile, Promise<string>>();

/** The text of an SQL file, read once per process. */
export function readSql(name: SqlFile): Promise<string> {
  let text = cache.get(name);
  if (text === undefined) {
    text = import("node:fs/promises").then(({ readFile }) =>
      readFile(new URL(`../../../sql/${name}`, import.meta.url), "utf8"),
    );
    cache.set(name, text);
  }
  return text;
}

/** Fills every `{{slot}}` of `sql` from `slots`; throws when a slot has no value. */
export function fillSlots(sql: string, slots: Readonly<Record<string, string>>): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(slots, name)) throw new Error(`SQL slot {{${name}}} has no value`);
    return slots[name]!;
  });
}

/** A DuckDB identifier in double quotes (a column name from a file header). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
