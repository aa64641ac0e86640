import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/index.js";
import { run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const tempDir = tempDirs("tvaers-handoffs-");

// Twelve events in four cases (March 2026, winter time). The case ids are distinctive, so a test can
// look for them in every output. Per case, in time order:
//   PT-0417-A  gp-a 02 08:00 → ward-x 02 10:00 → ward-x 03 10:00 → home-care 04 10:00
//   PT-0417-B  gp-a 05 09:00 → ward-x 05 13:00 → home-care 07 13:00
//   PT-0417-C  gp-a 09 08:00 → ward-x 09 14:00 → jobcentre 10 14:00
//   PT-0417-D  gp-a 11 08:00 → ward-x 11 09:00
// Actor level, by hand (waits in hours; p90 is type 7: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = 0.9(n − 1)):
//   gp-a → ward-x        4 in 4 cases, waits 2, 4, 6, 1 → sorted 1 2 4 6: median 3, p90 4 + 0.7·2 = 5.4, mean 3.25
//   ward-x → home-care   2 in 2 cases, waits 24 (from ward-x's last event), 48: median 36, p90 45.6, mean 36
//   ward-x → jobcentre   1 in 1 case, wait 24
// One repeat (ward-x twice in A); transitions 3 + 2 + 2 + 1 = 8, so pm4py's relative = count / 8.
// Every pair crosses sectors. Sector level: general-practice → region 4 (4 cases), region →
// municipality 3 (3 cases, waits 24, 48, 24: median 24, mean 32).
const HEADER = "case_id,timestamp,actor,activity,sector";
const ROWS = [
  "PT-0417-A,2026-03-02T08:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-A,2026-03-02T10:00:00+01:00,ward-x,admission,region",
  "PT-0417-A,2026-03-03T10:00:00+01:00,ward-x,rounds,region",
  "PT-0417-A,2026-03-04T10:00:00+01:00,home-care,visit,municipality",
  "PT-0417-B,2026-03-05T09:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-B,2026-03-05T13:00:00+01:00,ward-x,admission,region",
  "PT-0417-B,2026-03-07T13:00:00+01:00,home-care,visit,municipality",
  "PT-0417-C,2026-03-09T08:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-C,2026-03-09T14:00:00+01:00,ward-x,admission,region",
  "PT-0417-C,2026-03-10T14:00:00+01:00,jobcentre,meeting,municipality",
  "PT-0417-D,2026-03-11T08:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-D,2026-03-11T09:00:00+01:00,ward-x,admission,region",
];
const HAND_COMPUTED = [
  {
    from: "gp-a",
    to: "ward-x",
    count: 4,
    cases: 4,
    waitHours: { median: 3, p90: 5.4, mean: 3.25 },
    crossSector: true,
    relative: 0.5,
  },
  {
    from: "ward-x",
    to: "home-care",
    count: 2,
    cases: 2,
    waitHours: { median: 36, p90: 45.6, mean: 36 },
    crossSector: true,
    relative: 0.25,
  },
  {
    from: "ward-x",
    to: "jobcentre",
    count: 1,
    cases: 1,
    waitHours: { median: 24, p90: 24, mean: 24 },
    crossSector: true,
    relative: 0.125,
  },
];

/** Writes a file into a fresh temporary folder and returns its path. */
async function file(name: string, text: string): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, text);
  return path;
}

const csvLog = (rows: readonly string[] = ROWS, header = HEADER) =>
  file("log.csv", `${[header, ...rows].join("\n")}\n`);

/** `tvaers handoffs` as parsed JSON, with the exit code and standard error. */
async function handoffsJson(args: string[]) {
  const { code, stdout, stderr } = await run(["handoffs", ...args, "--format", "json"]);
  return { code, stderr, out: code === 0 ? JSON.parse(stdout) : undefined };
}

/** Whether `@duckdb/node-api` loads here (it is an optional dependency of @tvaers/pathways). */
const duckdbLoads = await import(
  createRequire(new URL("../../pathways/package.json", import.meta.url)).resolve("@duckdb/node-api")
).then(
  () => true,
  () => false,
);

describe("tvaers handoffs: the JSON contract", () => {
  it("gives the hand-computed handoffs and report with --suppress-below 0", async () => {
    const { code, out } = await handoffsJson([await csvLog(), "--suppress-below", "0"]);
    expect(code).toBe(0);
    expect(out.handoffs).toHaveLength(3);
    out.handoffs.forEach((h: Record<string, unknown>, i: number) => {
      const { waitHours, ...rest } = HAND_COMPUTED[i]!;
      expect(h).toMatchObject(rest);
      expect(h).not.toHaveProperty("suppressed");
      for (const key of ["median", "p90", "mean"] as const) {
        expect((h.waitHours as Record<string, number>)[key]).toBeCloseTo(waitHours[key], 10);
      }
    });
    expect(out.report).toMatchObject({
      events: 12,
      cases: 4,
      rejected: 0,
      level: "actor",
      relative: "pm4py",
    });
    expect(out.report.totals).toEqual({ transitions: 8, handoffs: 7, repeats: 1, beyondMaxGap: 0 });
  });

  it("lifts actors to sectors with --level sector", async () => {
    const { out } = await handoffsJson([await csvLog(), "--suppress-below", "0", "--level", "sector"]);
    expect(out.handoffs).toMatchObject([
      { from: "general-practice", to: "region", count: 4, cases: 4, crossSector: true },
      { from: "region", to: "municipality", count: 3, cases: 3, waitHours: { median: 24, mean: 32 } },
    ]);
  });

  it("computes the relative frequency asked for", async () => {
    // bupar-relative: count / events of `from`; ward-x has 5 events, so ward-x → home-care is 2/5.
    const { out } = await handoffsJson([
      await csvLog(),
      "--suppress-below",
      "0",
      "--relative",
      "bupar-relative",
    ]);
    expect(out.handoffs[1].relative).toBeCloseTo(2 / 5, 12);
    expect(out.report.relative).toBe("bupar-relative");
  });

  it("counts consecutive events further apart than --max-gap-hours as no handoff", async () => {
    // 24 h and 48 h waits go; the four gp-a → ward-x handoffs (≤ 6 h) stay.
    const { out } = await handoffsJson([await csvLog(), "--suppress-below", "0", "--max-gap-hours", "12"]);
    expect(out.handoffs.map((h: { to: string }) => h.to)).toEqual(["ward-x"]);
    expect(out.report.totals.beyondMaxGap).toBe(3);
  });
});

describe("tvaers handoffs: disclosure control", () => {
  it("suppresses every pair with fewer than 5 cases by default, leaving the figures null", async () => {
    const { code, out, stderr } = await handoffsJson([await csvLog()]);
    expect(code).toBe(0);
    expect(out.report.suppressBelow).toBe(5);
    for (const h of out.handoffs) {
      expect(h).toMatchObject({
        count: null,
        cases: null,
        waitHours: { median: null, p90: null, mean: null },
        relative: null,
        suppressed: "primary",
      });
    }
    expect(out.report).not.toHaveProperty("totals");
    expect(stderr).toContain("3 handoff pairs have fewer than 5 cases and are suppressed");
  });

  it("adds secondary suppression so that totals cannot reveal a cell", async () => {
    // k = 2: ward-x → jobcentre (1 case) is primary; it would be the only hidden cell of the row
    // ward-x, so the row's other cell, ward-x → home-care, is hidden too.
    const { out } = await handoffsJson([await csvLog(), "--suppress-below", "2"]);
    expect(out.handoffs.map((h: { suppressed?: string }) => h.suppressed)).toEqual([
      undefined,
      "secondary",
      "primary",
    ]);
    expect(out.handoffs[0].count).toBe(4);
    expect(out.report.suppressed).toEqual({ primary: 1, secondary: 1 });
  });

  it("warns on stderr that --suppress-below 0 output is not protected", async () => {
    const { code, stderr } = await run(["handoffs", await csvLog(), "--suppress-below", "0"]);
    expect(code).toBe(0);
    expect(stderr).toContain("disclosure control is off");
    expect(stderr).toContain("must stay inside the data owner's secure environment");
    const protectedRun = await run(["handoffs", await csvLog(), "--suppress-below", "2"]);
    expect(protectedRun.stderr).not.toContain("disclosure control is off");
  });

  it("never writes a case id, in any format, suppressed or not, nor in problems", async () => {
    const log = await csvLog([...ROWS, "PT-0417-E,not a time,gp-a,referral,general-practice"]);
    for (const format of ["json", "csv", "table"]) {
      for (const k of ["0", "5"]) {
        const { code, stdout, stderr } = await run([
          "handoffs",
          log,
          "--format",
          format,
          "--suppress-below",
          k,
          "--on-error",
          "skip-and-report",
        ]);
        expect(code).toBe(0);
        expect(stdout + stderr).not.toContain("PT-0417");
      }
    }
    const failed = await run(["handoffs", log]);
    expect(failed.code).toBe(1);
    expect(failed.stdout + failed.stderr).not.toContain("PT-0417");
  });
});

describe("tvaers handoffs: formats", () => {
  it("writes CSV with empty cells for suppressed figures", async () => {
    const { code, stdout } = await run([
      "handoffs",
      await csvLog(),
      "--format",
      "csv",
      "--suppress-below",
      "2",
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\r\n")).toEqual([
      "from,to,count,cases,wait_hours_median,wait_hours_p90,wait_hours_mean,cross_sector,relative,suppressed",
      "gp-a,ward-x,4,4,3,5.4,3.25,true,0.5,",
      "ward-x,home-care,,,,,,true,,secondary",
      "ward-x,jobcentre,,,,,,true,,primary",
      "",
    ]);
  });

  it("neutralises actor names that a spreadsheet would run as formulas", async () => {
    const rows = ROWS.map((r) => r.replace(",gp-a,", ",=cmd|calc,"));
    const { stdout } = await run([
      "handoffs",
      await csvLog(rows),
      "--format",
      "csv",
      "--suppress-below",
      "0",
    ]);
    expect(stdout).toContain("\r\n'=cmd|calc,ward-x,4,");
  });

  it("prints an aligned table with the totals under it", async () => {
    const { stdout } = await run(["handoffs", await csvLog(), "--format", "table", "--suppress-below", "0"]);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^from\s+to\s+count\s+cases\s+median h\s+p90 h\s+mean h\s+cross-sector/);
    expect(lines[2]).toMatch(/^gp-a\s+ward-x\s+4\s+4\s+3\s+5\.4\s+3\.25\s+yes\s+0\.5$/);
    expect(stdout).toContain(
      "12 events in 4 cases (0 rejected); 8 transitions at the actor level: 7 handoffs, 1 repeat,",
    );
  });

  it("shows suppressed figures as – in the table and leaves the totals out", async () => {
    const { stdout } = await run(["handoffs", await csvLog(), "--format", "table"]);
    expect(stdout).toMatch(/^ward-x\s+jobcentre\s+–\s+–\s+–\s+–\s+–\s+yes\s+–\s+primary$/m);
    expect(stdout).toContain("totals are left out while pairs are suppressed (3)");
  });
});

describe("tvaers handoffs: column mapping", () => {
  it("reads a Danish export with --columns and gives the same handoffs", async () => {
    const danish = await file(
      "forloeb.csv",
      `${["sag;tidspunkt;aktør;aktivitet;sektor", ...ROWS.map((r) => r.replaceAll(",", ";"))].join("\n")}\n`,
    );
    const mapped = await handoffsJson([
      danish,
      "--suppress-below",
      "0",
      "--columns",
      "case_id=sag,timestamp=tidspunkt,actor=aktør,activity=aktivitet,sector=sektor",
    ]);
    const plain = await handoffsJson([await csvLog(), "--suppress-below", "0"]);
    expect(mapped.code).toBe(0);
    expect(mapped.out.handoffs).toEqual(plain.out.handoffs);
  });

  it("says which columns the file has when a mapping is needed (exit 1)", async () => {
    const danish = await file("forloeb.csv", "sag;tidspunkt;aktør\nK1;02-03-2026 08:00;gp\n");
    const { code, stderr } = await run(["handoffs", danish]);
    expect(code).toBe(1);
    expect(stderr).toContain('its columns are "sag", "tidspunkt", "aktør"');
  });

  it.each([
    ["case_id", "is not field=column"],
    ["patient=sag", 'unknown field "patient"'],
    ["case_id=", "no column given for case_id"],
    ["actor=a,actor=b", "actor is given twice"],
    ["actor=x,activity=X", 'actor and activity are both read from the column "X"'],
    ["actor=case_id", 'actor cannot be read from "case_id", the case id column'],
    ["case_id=sag,timestamp=sag", 'case_id and timestamp are both read from the column "sag"'],
    [",", "needs at least one field=column pair"],
  ])("refuses --columns %s as a usage error (exit 2)", async (mapping, message) => {
    const { code, stderr } = await run(["handoffs", await csvLog(), "--columns", mapping]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("tvaers handoffs: bad rows and usage", () => {
  const bad = () =>
    csvLog([
      ...ROWS.slice(0, 4),
      "PT-0417-B,31-02-2026 09:00,gp-a,referral,general-practice",
      "PT-0417-B,2026-03-05T13:00:00+01:00,,admission,region",
      ...ROWS.slice(6),
    ]);

  it("exits 1 with the problem table (file, line, field, message) under --on-error fail", async () => {
    const log = await bad();
    const { code, stdout, stderr } = await run(["handoffs", log]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("2 problems in the input");
    expect(stderr).toMatch(/log\.csv\s+6\s+timestamp\s+timestamp .*February 2026 has 28 days/);
    expect(stderr).toMatch(/log\.csv\s+7\s+actor\s+actor \(the actor\) is empty/);
  });

  it("skips and lists bad rows on stderr under --on-error skip-and-report (exit 0)", async () => {
    const { code, out, stderr } = await handoffsJson([
      await bad(),
      "--on-error",
      "skip-and-report",
      "--suppress-below",
      "0",
    ]);
    expect(code).toBe(0);
    expect(out.report).toMatchObject({ events: 10, rejected: 2 });
    expect(stderr).toContain("2 rows of");
    expect(stderr).toContain("could not be read and were skipped");
    expect(stderr).toMatch(/\s7\s+actor\s+actor \(the actor\) is empty/);
  });

  it("exits 1 when the log does not exist", async () => {
    const { code, stderr } = await run(["handoffs", join(await tempDir(), "missing.csv")]);
    expect(code).toBe(1);
    expect(stderr).toContain("there is no such file");
  });

  it.each([
    [["--suppress-below=-1"], "--suppress-below must be a whole number of at least 0"],
    [["--suppress-below", "2.5"], "--suppress-below must be a whole number"],
    [["--max-gap-hours", "soon"], "--max-gap-hours must be a number of hours"],
    [["--engine", "spark"], "--engine must be one of stream, duckdb"],
    [["--level", "region"], "--level must be one of actor, organisation, sector, cluster, kind"],
    [["--relative", "often"], "--relative must be one of"],
    [["--format", "xml"], "--format must be one of json, csv, table"],
  ])("refuses %j as a usage error (exit 2)", async (args, message) => {
    const { code, stderr } = await run(["handoffs", await csvLog(), ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("needs a log (exit 2)", async () => {
    const { code, stderr } = await run(["handoffs"]);
    expect(code).toBe(2);
    expect(stderr).toContain("missing argument <log>");
  });

  it("shows real examples in --help", async () => {
    const { code, stdout } = await run(["handoffs", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("tvaers handoffs data/logs/klynge-vest.csv --level sector");
    expect(stdout).toContain("--suppress-below");
  });
});

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

describe("tvaers handoffs: progress", () => {
  it("keeps stdout pure JSON when stderr is a terminal (the counted, re-readable source)", async () => {
    let stdout = "";
    let stderr = "";
    const io = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { isTTY: true, write: (text: string) => (stderr += text) },
    };
    const log = await csvLog([...ROWS].reverse());
    const code = await main(["handoffs", log, "--suppress-below", "0", "--format", "json"], io);
    expect(code).toBe(0);
    expect(stdout).not.toContain("\r");
    expect(stdout).not.toContain("\u001b");
    expect(JSON.parse(stdout).handoffs.map((h: { count: number }) => h.count)).toEqual([4, 2, 1]);
    const plain = await run(["handoffs", log, "--suppress-below", "0", "--format", "json"]);
    expect(stdout).toBe(plain.stdout);
    expect(stderr).toContain("disclosure control is off");
  });
});
