// The DuckDB engine's parts: timestamps and trimming in SQL exactly as the stream engine reads them
// (fuzzed), the summer-time days and ties in time on both engines, Parquet logs, sources other than a
// path, empty lines, the SQL files found from src/ and dist/, and the message when DuckDB is missing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mulberry32 } from "@tvaers/analysis";
import { parseNetwork } from "@tvaers/model";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../src/engines/duckdb/connect.js";
import { csvLayout } from "../src/engines/duckdb/csv-layout.js";
import { emptyLinesIn } from "../src/engines/duckdb/empty-lines.js";
import { defineMacros } from "../src/engines/duckdb/macros.js";
import { tiesInSample } from "../src/engines/duckdb/scan-csv.js";
import { readSql } from "../src/engines/duckdb/sql-files.js";
import {
  type EngineResult,
  eventLogCsv,
  generateEventLog,
  type Handoff,
  type HandoffEngineOptions,
  handoffEngine,
  parseTimestamp,
} from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "tvaers-duckdb-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs events.sql over rows of (case id, timestamp, actor) and returns its output in order, with the actor trimmed (as actors.sql does). */
async function eventsOf(rows: [string, string, string][]): Promise<Record<string, unknown>[]> {
  const db = await openDatabase();
  try {
    await defineMacros(db);
    await db.connection.run(
      "CREATE TABLE raw_events (case_id VARCHAR, ts VARCHAR, actor VARCHAR, sector VARCHAR, organisation VARCHAR, cluster VARCHAR, blank BOOLEAN, width_ok BOOLEAN)",
    );
    const appender = await db.connection.createAppender("raw_events");
    for (const [c, t, a] of rows) {
      appender.appendVarchar(c);
      appender.appendVarchar(t);
      appender.appendVarchar(a);
      appender.appendVarchar(a);
      appender.appendNull();
      appender.appendNull();
      appender.appendBoolean(false);
      appender.appendBoolean(true);
      appender.endRow();
    }
    appender.closeSync();
    const result = await db.connection.runAndReadAll(`CREATE TABLE e AS ${await readSql("events.sql")}`);
    expect(result).toBeDefined();
    return (
      await db.connection.runAndReadAll("SELECT *, js_trim(actor) AS actor_id FROM e ORDER BY rowid")
    ).getRowObjectsJS();
  } finally {
    await db.close();
  }
}

describe("events.sql", () => {
  it("reads every timestamp exactly as parseTimestamp does (fuzzed, with the summer-time days)", async () => {
    const random = mulberry32(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const seeds = [
      "2024-03-31 02:30",
      "2024-10-27 02:30",
      "2024-10-27T02:59:59.999",
      "31-03-2024 02:30",
      "27.10.2024 2.30",
      "27/10/2024 02:30:15,5",
      "2024-01-01",
      " 2024-01-01T10:00Z ",
      "2024-01-01T10:00+0130",
      "2024-01-01T10:00\u221201:00",
      "2024-02-29T00:00",
      "29-02-2023",
      "0001-01-01T00:00",
      "1900-03-25 02:30",
      "9999-12-31T23:59:59",
      "1-1-2024 9:05",
      "2024-01-01T10:00:00.123456789Z",
      "2024-01-01t10:00:00,1+05",
      "2024-06-15 12:00:00.5-02:00",
      "\t05-03-2024  14:07\r",
      // The quick way's shape (timestamps.sql), and texts DuckDB's own cast would read differently.
      "2024-03-31T02:30:00",
      "2024-10-27 02:30:00",
      "2024-06-15T12:00:00Z",
      "2024-06-15 12:00:00-02:30",
      "2024-01-01T24:00:00+01:00",
      "0000-01-01T00:00:00",
      "2023-02-29T10:00:00Z",
      "2024-01-01T10:60:00",
      "2024-01-01T10:00:60+01:00",
      "2024-01-01T10:00:00+24:00",
      "2024-01-01T10:00:00+01:60",
      " 024-01-01T10:00:00",
      "-024-01-01T10:00:00",
      "2024-01-01T 1:00:00",
      "2024-01-01T10:00:00 ",
      "2024-01-01T10:00:00+0100",
    ];
    const samples = [...seeds];
    const chars = "0123456789-./:T Zt+,\u2212\t";
    for (let i = 0; i < 6000; i++) {
      const s = pick(seeds).split("");
      for (let k = Math.floor(random() * 3); k > 0; k--) {
        const at = Math.floor(random() * (s.length + 1));
        const op = random();
        if (op < 0.33) s.splice(at, 0, pick([...chars]));
        else if (op < 0.66) s.splice(at, 1);
        else s[at] = pick([...chars]);
      }
      samples.push(s.join(""));
    }
    for (let i = 0; i < 4000; i++) {
      const [y, mo, d, h, mi] = [
        1 + Math.floor(random() * 2100),
        1 + Math.floor(random() * 12),
        1 + Math.floor(random() * 31),
        Math.floor(random() * 24),
        Math.floor(random() * 60),
      ];
      const two = (n: number) => String(n).padStart(2, "0");
      samples.push(
        random() < 0.5
          ? `${String(y).padStart(4, "0")}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}`
          : `${d}.${mo}.${String(y).padStart(4, "0")} ${h}:${two(mi)}`,
      );
    }
    // Every two-digit field of the quick shape over its whole range, valid or not.
    for (let i = 0; i < 4000; i++) {
      const two = () => String(Math.floor(random() * 100)).padStart(2, "0");
      const zone = pick(["", "Z", "+", "-"]);
      samples.push(
        `${String(Math.floor(random() * 10000)).padStart(4, "0")}-${two()}-${two()}${pick(["T", " "])}${two()}:${two()}:${two()}` +
          (zone === "+" || zone === "-" ? `${zone}${two()}:${two()}` : zone),
      );
    }
    const out = await eventsOf(samples.map((t) => ["c", t, "a"]));
    const got = out.map((r) => (r.time_ms === null ? Number.NaN : Number(r.time_ms)));
    const expected = samples.map((t) => parseTimestamp(t));
    expect(expected.filter((t) => !Number.isNaN(t)).length).toBeGreaterThan(4000);
    expect(got).toEqual(expected);
  });

  it("trims values as JavaScript's trim does and rejects empty ids", async () => {
    const spaces = [
      "",
      " ",
      "\t",
      "\n",
      "\v",
      "\f",
      "\r",
      "\u00a0",
      "\u1680",
      "\u2000",
      "\u200a",
      "\u2028",
      "\u2029",
      "\u202f",
      "\u205f",
      "\u3000",
      "\ufeff",
      "\u200b",
      "\u0085",
      "x",
    ];
    const random = mulberry32(5);
    const pad = () => Array.from({ length: 3 }, () => spaces[Math.floor(random() * spaces.length)]).join("");
    const values = Array.from({ length: 500 }, () => `${pad()}${random() < 0.3 ? "" : "a b"}${pad()}`);
    const out = await eventsOf(values.map((v) => [v, "2024-01-01", v]));
    out.forEach((row, i) => {
      const trimmed = values[i]!.trim();
      expect(row.status).toBe(trimmed === "" ? "bad" : "ok");
      if (trimmed !== "") expect([row.case_id, row.actor_id]).toEqual([trimmed, trimmed]);
    });
  });
});

const mine = (
  engine: string,
  source: Parameters<ReturnType<typeof handoffEngine>>[0],
  options: HandoffEngineOptions = {},
) => handoffEngine(engine)(source, options);
const pairs = (r: EngineResult) =>
  r.handoffs.map((h: Handoff) => [h.from, h.to, h.count, h.waitHours.median]);

describe("both engines, by hand", () => {
  for (const engine of ["stream", "duckdb"]) {
    it(`${engine}: Copenhagen summer time — the spring gap moves forward, the autumn repeat is its first occurrence`, async () => {
      const text = [
        "case_id;timestamp;actor",
        "S;31-03-2024 01:30;a", // 00:30 UTC
        "S;31-03-2024 02:30;b", // does not exist: 03:30 summer time, 01:30 UTC (1 h)
        "S;31-03-2024 03:30;c", // 01:30 UTC (0 h)
        "W;27-10-2024 01:30;a", // 23:30 UTC the day before
        "W;27-10-2024 02:30;b", // twice: the first, summer time, 00:30 UTC (1 h)
        "W;2024-10-27T02:30:00+01:00;c", // the second, 01:30 UTC (1 h)
        "W;27-10-2024 03:30;d", // 02:30 UTC (1 h)
      ].join("\n");
      const result = await mine(engine, { text, name: "dst.csv" });
      expect(pairs(result)).toEqual([
        ["a", "b", 2, 1],
        ["b", "c", 2, 0.5],
        ["c", "d", 1, 1],
      ]);
    });

    it(`${engine}: events at the same time keep file order`, async () => {
      const rows = ["x,2024-05-01T10:00Z,a", "x,2024-05-01T10:00Z,b", "x,2024-05-01T10:00Z,c"];
      const forward = await mine(engine, {
        text: ["case_id,timestamp,actor", ...rows].join("\n"),
        name: "t.csv",
      });
      const backward = await mine(engine, {
        text: ["case_id,timestamp,actor", ...rows.reverse()].join("\n"),
        name: "t.csv",
      });
      expect(pairs(forward)).toEqual([
        ["a", "b", 1, 0],
        ["b", "c", 1, 0],
      ]);
      expect(pairs(backward)).toEqual([
        ["b", "a", 1, 0],
        ["c", "b", 1, 0],
      ]);
    });
  }
});

describe("the DuckDB engine", () => {
  const klyngeVest = parseNetwork(
    JSON.parse(readFileSync(new URL("../../../data/networks/klynge-vest.json", import.meta.url), "utf8")),
  );
  const csvText = [...eventLogCsv(generateEventLog(klyngeVest, { events: 2000, seed: 4 }))].join("");
  const csvPath = join(dir, "log.csv");
  writeFileSync(csvPath, csvText);
  /** The result without what tells engines and sources apart; 90th percentiles to 12 digits (see handoffs.sql). */
  const strip = (r: EngineResult) => ({
    ...r,
    handoffs: r.handoffs.map((h) => ({
      ...h,
      waitHours: { ...h.waitHours, p90: Number(h.waitHours.p90.toPrecision(12)) },
    })),
    report: { ...r.report, engine: "", strategy: "", file: "" },
  });

  it("reads Parquet, typed columns included, as the stream engine reads the same rows as CSV", async () => {
    const parquet = join(dir, "log.parquet");
    const db = await openDatabase();
    try {
      await db.connection.run(
        `COPY (SELECT case_id, CAST(timestamp AS TIMESTAMPTZ) AS timestamp, actor, activity, sector, organisation, cluster
           FROM read_csv('${csvPath}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
      );
    } finally {
      await db.close();
    }
    const fromParquet = await mine("duckdb", parquet);
    const fromCsv = await mine("stream", csvPath);
    expect(fromParquet.report.format).toBe("parquet");
    expect(strip({ ...fromParquet, report: { ...fromParquet.report, format: "csv" } })).toEqual(
      strip(fromCsv),
    );
  });

  it("lists a Parquet log's bad rows by their position in the file", async () => {
    const parquet = join(dir, "bad.parquet");
    const db = await openDatabase();
    try {
      await db.connection.run(
        `COPY (SELECT * FROM (VALUES (1, '2024-01-01T10:00Z', 'a'), (1, '31-02-2024', 'b'), (2, '2024-01-02', NULL))
           AS t(case_id, timestamp, actor)) TO '${parquet}' (FORMAT parquet)`,
      );
    } finally {
      await db.close();
    }
    const result = await mine("duckdb", parquet, { onError: "skip-and-report", file: "bad.parquet" });
    expect(result.report).toMatchObject({ events: 1, rejected: 2, cases: 1 });
    expect(result.report.problems).toEqual([
      {
        file: "bad.parquet",
        line: 2,
        field: "timestamp",
        message: 'timestamp "31-02-2024" is not a date (February 2024 has 29 days)',
      },
      { file: "bad.parquet", line: 3, field: "actor", message: "actor (the actor) is empty" },
    ]);
  });

  it("reads text and bytes as it reads the file", async () => {
    const fromFile = strip(await mine("duckdb", csvPath));
    expect(strip(await mine("duckdb", { text: csvText, name: "log.csv" }))).toEqual(fromFile);
    expect(strip(await mine("duckdb", new TextEncoder().encode(csvText)))).toEqual(fromFile);
  });

  it("counts empty lines as the reader does, wherever chunks break", async () => {
    const text =
      "case_id,timestamp,actor\r\n" +
      "\r\n" + // empty
      'x,2024-01-01,"a\n\nb"\n' + // an empty line inside quotes is part of the value
      "\n" + // empty
      "\r" + // empty
      'y,2024-01-02,"q\r\n\r\n"\n' +
      ",,\n" + // blank, but not empty
      "\n"; // empty
    const bytes = new TextEncoder().encode(text);
    expect(await emptyLinesIn([bytes], ",", 1)).toBe(4);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await emptyLinesIn([bytes.subarray(0, cut), bytes.subarray(cut)], ",", 1), `cut at ${cut}`).toBe(
        4,
      );
    }
    const options = { onError: "skip-and-report" as const };
    const stream = await mine("stream", { text, name: "e.csv" }, options);
    const duckdb = await mine("duckdb", { text, name: "e.csv" }, options);
    expect(stream.report.blank).toBe(5);
    expect(strip(duckdb)).toEqual(strip(stream));
  });

  it.runIf(existsSync(new URL("../dist/engines/duckdb/sql-files.js", import.meta.url)))(
    "finds its SQL files from dist/ as from src/",
    async () => {
      const built = await import(new URL("../dist/engines/duckdb/sql-files.js", import.meta.url).href);
      expect(await built.readSql("handoffs.sql")).toBe(await readSql("handoffs.sql"));
    },
  );

  it("sees events of one case at the same time among the first rows", async () => {
    const header = "case_id,timestamp,actor";
    const write = (name: string, rows: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, [header, ...rows].join("\n"));
      return path;
    };
    const tied = write("tied.csv", ["x,2024-01-01,a", "y,2024-01-01,a", "x, 2024-01-01,b", "x,2024-01-01,c"]);
    const untied = write("untied.csv", ["x,2024-01-01,a", "y,2024-01-01,a", "x,2024-01-02,b"]);
    const db = await openDatabase();
    try {
      await defineMacros(db);
      for (const [path, expected] of [
        [tied, true],
        [untied, false],
      ] as const) {
        const layout = (await csvLayout(path, path, {}, false))!;
        expect(await tiesInSample(db, path, layout)).toBe(expected);
      }
    } finally {
      await db.close();
    }
  });

  it("says which package to install when @duckdb/node-api is missing", async () => {
    vi.resetModules();
    vi.doMock("@duckdb/node-api", () => {
      throw new Error("Cannot find package '@duckdb/node-api'");
    });
    try {
      const { loadDuckDB } = await import("../src/engines/duckdb/connect.js");
      await expect(loadDuckDB()).rejects.toThrow(/needs the optional package @duckdb\/node-api/);
    } finally {
      vi.doUnmock("@duckdb/node-api");
      vi.resetModules();
    }
  });
});
