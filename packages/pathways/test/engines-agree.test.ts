// The stream and DuckDB engines give the same `{ handoffs, groups, report }` — every field of the
// report but `engine` and `strategy`; waits to the last bit, except the 90th percentile, which DuckDB
// interpolates in another (equally exact) order and so may differ by a relative 1e-15 (see
// sql/handoffs.sql); here within 1e-9 — or throw the same error, on every test log
// in fixtures/logs/ and on generated logs: sorted and shuffled, with follow-ups (repeats), events at the
// same minute, the summer-time switches, actors written as labels, and damaged rows of every kind.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mulberry32, shuffle } from "@tvaers/analysis";
import { type NetworkDocument, parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import {
  type EngineResult,
  eventLogCsv,
  generateEventLog,
  generateLargeNetwork,
  type HandoffEngineOptions,
  type HandoffLevel,
  handoffEngine,
} from "../src/index.js";

const fixtures = new URL("fixtures/logs/", import.meta.url);
const root = new URL("../../../", import.meta.url);
const network = (name: string) =>
  parseNetwork(JSON.parse(readFileSync(new URL(`data/networks/${name}.json`, root), "utf8")));
const klyngeVest = network("klynge-vest");
const vestklyngen = network("vestklyngen");
const LEVELS: HandoffLevel[] = ["actor", "organisation", "sector", "cluster", "kind"];

type Outcome = { result: EngineResult } | { error: { name: string; message: string; problems?: unknown } };
type Source = string | { text: string; name: string };

/** What an engine gives (the report without `engine` and `strategy`), and the strategy it took. */
async function outcome(
  engine: string,
  source: Source,
  options: HandoffEngineOptions,
): Promise<[Outcome, string]> {
  try {
    const result = await handoffEngine(engine)(source, options);
    const { strategy } = result.report;
    return [{ result: { ...result, report: { ...result.report, engine: "", strategy: "" } } }, strategy];
  } catch (e) {
    const error = e as Error & { problems?: unknown };
    return [{ error: { name: error.name, message: error.message, problems: error.problems } }, "error"];
  }
}

/** DuckDB's outcome with each 90th percentile replaced by the stream engine's when within 1e-9 relative. */
function levelled(duckdb: Outcome, stream: Outcome): Outcome {
  if (!("result" in duckdb) || !("result" in stream)) return duckdb;
  const handoffs = duckdb.result.handoffs.map((h, i) => {
    const s = stream.result.handoffs[i];
    if (s === undefined || s.from !== h.from || s.to !== h.to) return h;
    const [a, b] = [h.waitHours.p90, s.waitHours.p90];
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
      ? { ...h, waitHours: { ...h.waitHours, p90: b } }
      : h;
  });
  return { result: { ...duckdb.result, handoffs } };
}

/** Runs both engines and expects the same outcome; returns the DuckDB engine's strategy. */
async function agree(source: Source, options: HandoffEngineOptions): Promise<string> {
  const [stream] = await outcome("stream", source, options);
  const [duckdb, strategy] = await outcome("duckdb", source, options);
  expect(levelled(duckdb, stream), JSON.stringify({ ...options, network: undefined })).toEqual(stream);
  return strategy;
}

/** The CSV column names of the fixtures that do not use tvaers' names. */
const FIXTURE_COLUMNS: Record<string, HandoffEngineOptions["columns"]> = {
  "klynge-vest-forloeb.csv": {
    caseId: "sag",
    timestamp: "tidspunkt",
    actor: "aktør",
    activity: "aktivitet",
    sector: "sektor",
    cluster: "klynge",
  },
  "windows-1252.csv": { caseId: "sag", timestamp: "tidspunkt", actor: "aktør", sector: "sektor" },
};

describe("the engines agree on every test log", () => {
  const files = readdirSync(fixtures).filter((f) => /\.(csv|xes|jsonl)$/.test(f));

  it("finds the fixtures", () => {
    expect(files).toEqual(
      expect.arrayContaining(["bad-rows.csv", "hand-computed.csv", "klynge-vest-forloeb.csv"]),
    );
  });

  for (const file of files) {
    it(file, async () => {
      const path = fileURLToPath(new URL(file, fixtures));
      const columns = FIXTURE_COLUMNS[file];
      await agree(path, { columns });
      await agree(path, {
        columns,
        onError: "skip-and-report",
        level: "sector",
        network: klyngeVest,
        maxGapHours: 24,
      });
      await agree(path, { columns, onError: "skip-and-report", maxProblems: 2 });
      if (file === "klynge-vest-forloeb.csv") {
        for (const level of LEVELS) await agree(path, { columns, level, network: klyngeVest });
      }
      // Without the mapping, a fixture with other column names fails alike.
      await agree(path, { onError: "skip-and-report" });
    });
  }
});

describe("the engines agree on the example logs in data/logs/", () => {
  const logs = readdirSync(new URL("data/logs/", root)).filter((f) => f.endsWith(".csv"));
  for (const file of logs) {
    it(file, async () => {
      const path = fileURLToPath(new URL(`data/logs/${file}`, root));
      const doc = network(file.replace(/\.csv$/, ""));
      await agree(path, { level: "organisation", network: doc, maxGapHours: 72 });
    });
  }
});

/** Rows of a CSV text: header and data lines (no trailing empty line). */
function lines(text: string, newline = "\n"): string[] {
  return text.slice(0, text.endsWith(newline) ? -newline.length : undefined).split(newline);
}

/** A generated log as CSV text. */
function generated(
  doc: NetworkDocument,
  events: number,
  seed: number,
  options: Parameters<typeof eventLogCsv>[1] = {},
) {
  return [...eventLogCsv(generateEventLog(doc, { events, seed, meanEvents: 7 }), options)].join("");
}

/** Shuffles the data rows of a CSV text (seeded). */
function shuffled(text: string, seed: number): string {
  const [header, ...rows] = lines(text);
  return `${[header, ...shuffle(rows, mulberry32(seed))].join("\n")}\n`;
}

/**
 * Damages a `,`-separated log: every 37th row gets an impossible date, an empty actor, an empty case,
 * padded values (tabs, no-break and ideographic spaces), an extra field, a quoted line break, or is
 * followed by a blank or an all-empty line; `twoExtra` also gives one row two extra fields, which
 * DuckDB's strict parser refuses (so the log goes through tvaers' reader).
 */
function damaged(text: string, twoExtra: boolean): string {
  const [header, ...rows] = lines(text);
  const out = [header];
  rows.forEach((row, i) => {
    const f = row.split(",");
    switch (i % 37) {
      case 3:
        f[1] = "31-02-2024 10:00";
        break;
      case 7:
        f[2] = "";
        break;
      case 11:
        f[0] = " ";
        break;
      case 13:
        f[2] = `\t\u00a0${f[2]}\u3000`;
        f[4] = ` ${f[4]} `;
        break;
      case 17:
        f.push("extra");
        break;
      case 19:
        f[3] = '"follow\nup"';
        break;
      case 23:
        out.push(row, "", ",,,  ,,,");
        return;
      case 29:
        if (twoExtra && i < 37) f.push("x", "y");
        break;
      case 31:
        f[1] = f[1]!.replace("T", " ").slice(0, 16);
        break;
    }
    out.push(f.join(","));
  });
  return `${out.join("\n")}\n`;
}

/** Writes some actors by label (Danish when there is one) instead of id. */
function labelled(text: string, doc: NetworkDocument): string {
  const labels = new Map(
    doc.actors.map((a) => [a.id, typeof a.label === "string" ? a.label : (a.label.da ?? a.label.en)]),
  );
  const [header, ...rows] = lines(text);
  const out = rows.map((row, i) => {
    if (i % 3 !== 0) return row;
    const f = row.split(",");
    f[2] = labels.get(f[2]!)?.toUpperCase() ?? f[2]!;
    return f.map((v) => (v.includes(",") ? `"${v}"` : v)).join(",");
  });
  return `${[header, ...out].join("\n")}\n`;
}

describe("the engines agree on generated logs", () => {
  const large = generateLargeNetwork({ actors: 300, sectors: 5, seed: 3 });
  const logs: [string, string, NetworkDocument][] = [
    ["klynge-vest, sorted", generated(klyngeVest, 4000, 1), klyngeVest],
    ["klynge-vest, shuffled", shuffled(generated(klyngeVest, 4000, 2), 5), klyngeVest],
    [
      "vestklyngen, Danish Excel",
      generated(vestklyngen, 3000, 3, { separator: ";", timestamps: "danish", excel: true }),
      vestklyngen,
    ],
    ["large network, shuffled", shuffled(generated(large, 6000, 4), 6), large],
    ["klynge-vest, damaged", damaged(generated(klyngeVest, 3000, 7), false), klyngeVest],
    [
      "klynge-vest, damaged beyond DuckDB's parser",
      damaged(generated(klyngeVest, 3000, 8), true),
      klyngeVest,
    ],
    ["klynge-vest, actors by label", labelled(generated(klyngeVest, 3000, 9), klyngeVest), klyngeVest],
  ];

  for (const [name, text, doc] of logs) {
    it(name, async () => {
      const source = { text, name: `${name}.csv` };
      const strategies = new Set<string>();
      const levels: HandoffLevel[] = name === "klynge-vest, shuffled" ? LEVELS : ["actor", "cluster"];
      for (const level of levels) {
        strategies.add(await agree(source, { level, network: doc, onError: "skip-and-report" }));
      }
      strategies.add(await agree(source, { onError: "skip-and-report", level: "sector", maxGapHours: 48 }));
      strategies.add(await agree(source, { maxProblems: 3 }));
      const expected = name.includes("beyond") ? "tvaers-reader" : "duckdb-csv";
      expect([...strategies].filter((s) => s !== "error")).toEqual([expected]);
    });
  }

  it("ties in time and the summer-time switches", async () => {
    // One case per pattern: events at the same minute in file order, and local times on both DST days.
    const text = [
      "case_id,timestamp,actor,sector",
      "T1,2024-05-01T10:00:00+02:00,a,region",
      "T1,2024-05-01T10:00:00+02:00,b,municipality",
      "T1,2024-05-01T10:00:00+02:00,a,region",
      "T1,2024-05-01T10:00:00+02:00,c,region",
      "S1,31-03-2024 01:30,a,region",
      "S1,31-03-2024 02:30,b,region",
      "S1,31-03-2024 03:30,c,region",
      "W1,27-10-2024 01:30,a,region",
      "W1,27-10-2024 02:30,b,region",
      "W1,2024-10-27T02:30:00+01:00,c,region",
      "W1,27-10-2024 03:30,a,region",
      "T2,2024-05-01 10:00,c,region",
      "T2,2024-05-01 10:00,b,region",
    ].join("\n");
    await agree({ text, name: "dst.csv" }, {});
    await agree({ text: shuffled(text, 1), name: "dst.csv" }, { level: "sector" });
  });
});
