import { openDatabase } from "./dist/engines/duckdb/connect.js";
import { loadEvents } from "./dist/engines/duckdb/load-events.js";
import { logFile } from "./dist/engines/duckdb/log-file.js";
import { buildLiftMap } from "./dist/engines/duckdb/lift-map.js";
const file = process.argv[2];
const db = await openDatabase();
const log = await logFile(file, {});
await loadEvents(db, log, {});
await buildLiftMap(db, "actor");
for (const q of process.argv.slice(3)) {
  const t = performance.now();
  const r = await db.connection.runAndReadAll(q);
  if (q.startsWith("explain")) { console.log(r.getRowObjectsJS()[0].explain_value); continue; }
  console.log(((performance.now() - t) / 1000).toFixed(2), "s", q.slice(0, 100), JSON.stringify(r.getRowObjectsJS()[0] ?? {}, (k, v) => typeof v === "bigint" ? Number(v) : v).slice(0, 200));
}
await db.close();
