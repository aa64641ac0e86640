// `tvaers handoffs` input and usage: column mapping with --columns, bad rows under --on-error, a missing
// log, and the usage errors and help. The log is in handoffs-fixtures.ts.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvLog, file, handoffsJson, ROWS, tempDir } from "./handoffs-fixtures.js";
import { run } from "./support/run.js";

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
