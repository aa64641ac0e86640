// `tvaers handoffs` engines: the stream and DuckDB engines give the hand-computed JSON, sorted or not,
// and print identical output (DuckDB only where @duckdb/node-api loads). The log is in handoffs-fixtures.ts.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { csvLog, HAND_COMPUTED, handoffsJson, ROWS } from "./handoffs-fixtures.js";
import { run } from "./support/run.js";

/** Whether `@duckdb/node-api` loads here (it is an optional dependency of @tvaers/pathways). */
const duckdbLoads = await import(
  createRequire(new URL("../../pathways/package.json", import.meta.url)).resolve("@duckdb/node-api")
).then(
  () => true,
  () => false,
);

describe("tvaers handoffs: engines", () => {
  // The same log with the cases interleaved (rows reversed): not sorted by case, so the stream
  // engine regroups it (partitioned); no two events of a case share a time, so nothing else changes.
  const both = duckdbLoads ? ["stream", "duckdb"] : ["stream"];

  it.each(both)("gives the hand-computed JSON with --engine %s, sorted or not", async (engine) => {
    const sorted = await handoffsJson([await csvLog(), "--engine", engine, "--suppress-below", "0"]);
    const shuffled = await handoffsJson([
      await csvLog([...ROWS].reverse()),
      "--engine",
      engine,
      "--suppress-below",
      "0",
    ]);
    expect(sorted.code).toBe(0);
    expect(sorted.out.handoffs).toMatchObject(HAND_COMPUTED.map(({ waitHours, ...rest }) => rest));
    expect({ ...shuffled.out, report: { ...shuffled.out.report, file: "" } }).toEqual({
      ...sorted.out,
      report: { ...sorted.out.report, file: "" },
    });
  });

  it.skipIf(!duckdbLoads)("prints identical JSON from both engines, bad rows and all", async () => {
    const log = await csvLog([...ROWS, "PT-0417-E,yesterday,gp-a,referral,general-practice"]);
    for (const extra of [
      ["--suppress-below", "0"],
      ["--level", "sector"],
      ["--max-gap-hours", "20"],
    ]) {
      const args = ["handoffs", log, "--on-error", "skip-and-report", ...extra];
      const stream = await run([...args, "--engine", "stream"]);
      const duckdb = await run([...args, "--engine", "duckdb"]);
      expect(stream.code).toBe(0);
      expect(duckdb.stdout).toBe(stream.stdout);
      expect(duckdb.stderr).toBe(stream.stderr);
    }
  });
});
