// `tvaers handoffs` disclosure control: small cells suppressed by default (primary and secondary), a
// warning when it is off, and never a case id in any output. The log is in handoffs-fixtures.ts.
import { describe, expect, it } from "vitest";
import { csvLog, handoffsJson, ROWS } from "./handoffs-fixtures.js";
import { run } from "./support/run.js";

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
