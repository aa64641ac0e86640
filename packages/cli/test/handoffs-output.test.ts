// `tvaers handoffs` output: the JSON contract (the hand-computed handoffs and report, levels, relative
// frequencies, --max-gap-hours), the CSV and table formats, and stdout kept pure JSON while progress is
// drawn on a terminal. The log and its hand-computed handoffs are in handoffs-fixtures.ts.
import { describe, expect, it } from "vitest";
import { main } from "../src/index.js";
import { csvLog, HAND_COMPUTED, handoffsJson, ROWS } from "./handoffs-fixtures.js";
import { run } from "./support/run.js";

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
