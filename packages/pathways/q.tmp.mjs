import { DuckDBInstance } from "@duckdb/node-api";
const inst = await DuckDBInstance.create(":memory:", {});
const c = await inst.connect();
const sqls = process.argv.slice(2);
for (const s of sqls) {
  const t = performance.now();
  const r = await c.runAndReadAll(s);
  const rows = r.getRowObjectsJS();
  console.log(((performance.now() - t) / 1000).toFixed(2), "s", JSON.stringify(rows.slice(0, 3), (k, v) => typeof v === "bigint" ? Number(v) : v).slice(0, 300));
}
