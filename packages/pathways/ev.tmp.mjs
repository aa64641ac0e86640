import { openDatabase } from "./dist/engines/duckdb/connect.js";
import { csvLayout } from "./dist/engines/duckdb/csv-layout.js";
import { csvSlots } from "./dist/engines/duckdb/scan-csv.js";
import { readSql, fillSlots } from "./dist/engines/duckdb/sql-files.js";
const file = process.argv[2];
const db = await openDatabase();
await db.connection.run(await readSql("js-trim.sql"));
const layout = await csvLayout(file, file, {}, false);
const scan = fillSlots(await readSql("scan-csv.sql"), csvSlots(layout, true));
const events = await readSql("events.sql");
const values = { file, skip: layout.headerLines, delim: layout.separator, nullstr: "\u0001x\u0001" };
for (const q of process.argv.slice(3)) {
  const sql = q.replaceAll("SCAN", () => `(${scan})`).replaceAll("EVENTS", () => `(WITH raw_events AS (${scan}) SELECT * FROM (${events}))`);
  let best = 1e9, r;
  for (let k = 0; k < (Number(process.env.REPS) || 3); k++) { const t = performance.now(); r = await db.connection.runAndReadAll(sql, Object.fromEntries(Object.entries(values).filter(([k]) => sql.includes('$' + k)))); best = Math.min(best, performance.now() - t); }
  console.log((best / 1000).toFixed(2), "s", q.slice(0, 80), JSON.stringify(r.getRowObjectsJS()[0] ?? {}, (k, v) => typeof v === "bigint" ? Number(v) : v).slice(0, 200));
}
await db.close();
