// The DuckDB engine reads a CSV log without keeping file order when the first rows hold no two events
// of one case at the same time, and reads it again in file order when mining finds tied events whose
// order matters (scan-csv.ts). Here the sample is made to say "no ties", so both reads happen.
import { afterEach, describe, expect, it, vi } from "vitest";

const calls: boolean[] = [];
vi.mock("../src/engines/duckdb/scan-csv.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/engines/duckdb/scan-csv.js")>();
  return {
    ...original,
    tiesInSample: async () => false,
    scanCsv: (...args: Parameters<typeof original.scanCsv>) => {
      calls.push(args[3] ?? true);
      return original.scanCsv(...args);
    },
  };
});

const { handoffEngine } = await import("../src/index.js");

afterEach(() => {
  calls.length = 0;
});

const mine = (engine: string, text: string) =>
  handoffEngine(engine)({ text, name: "ties.csv" }, { level: "actor" });

describe("the DuckDB engine and file order", () => {
  it("reads the log again in file order when tied events of different actors decide the result", async () => {
    const text = [
      "case_id,timestamp,actor,sector",
      "x,2024-05-01T09:00Z,a,region",
      "x,2024-05-01T10:00Z,b,municipality",
      "x,2024-05-01T10:00Z,c,region",
      "y,2024-05-01T10:00Z,c,region",
      "y,2024-05-01T10:00Z,b,municipality",
    ].join("\n");
    const duckdb = await mine("duckdb", text);
    expect(calls).toEqual([false, true]);
    expect(duckdb.handoffs).toEqual((await mine("stream", text)).handoffs);
  });

  it("keeps the first read when tied events belong to one actor in one sector", async () => {
    const text = [
      "case_id,timestamp,actor,sector",
      "x,2024-05-01T09:00Z,a,region",
      "x,2024-05-01T10:00Z,b,municipality",
      "x,2024-05-01T10:00Z,b,municipality",
      "x,2024-05-01T11:00Z,c,region",
    ].join("\n");
    const duckdb = await mine("duckdb", text);
    expect(calls).toEqual([false]);
    expect(duckdb.handoffs).toEqual((await mine("stream", text)).handoffs);
  });
});
