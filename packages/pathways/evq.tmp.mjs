import { openDatabase } from "./dist/engines/duckdb/connect.js";
import { csvLayout } from "./dist/engines/duckdb/csv-layout.js";
import { csvSlots } from "./dist/engines/duckdb/scan-csv.js";
import { readSql, fillSlots } from "./dist/engines/duckdb/sql-files.js";
import { readFileSync } from "node:fs";
const file = process.argv[2];
const db = await openDatabase();
await db.connection.run(await readSql("js-trim.sql")); if (process.env.MACROS) await db.connection.run(readFileSync(process.env.MACROS, "utf8"));
const layout = await csvLayout(file, file, {}, false);
const scan = fillSlots(await readSql("scan-csv.sql"), csvSlots(layout, true));
const values = { file, skip: layout.headerLines, delim: layout.separator, nullstr: "\u0001x\u0001" };
for (const f of process.argv.slice(3)) {
  const events = readFileSync(f, "utf8");
  for (const q of (process.env.QS ?? "select count(*), sum(time_ms), sum(length(status)), sum(length(case_id)) from EVENTS|create or replace temp table x as select * from EVENTS").split("|")) {
  const sql = q.replaceAll("EVENTS", () => `(WITH raw_events AS (${scan}) SELECT * FROM (${events}))`);
  const t = performance.now();
  const r = await db.connection.runAndReadAll(sql, values);
  console.log(((performance.now() - t) / 1000).toFixed(2), "s", f, q.slice(0, 30), JSON.stringify(r.getRowObjectsJS()[0] ?? {}, (k, v) => typeof v === "bigint" ? Number(v) : v).slice(0, 200));
  }
}
await db.close();
