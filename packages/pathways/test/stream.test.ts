/**
 * The stream engine: one pass over a log sorted by case, the partitioned fallback (in memory and in
 * temporary files) for anything else, and the property that the order of rows never changes the result
 * (as long as events of one case at the same time keep their relative order, which decides ties).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type MinedHandoffs, mineHandoffs } from "../src/index.js";

const LOG = fileURLToPath(new URL("fixtures/logs/hand-computed.csv", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "tvaers-stream-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Everything but how the engine went about it. */
function outcome(result: MinedHandoffs) {
  const { strategy: _strategy, ...report } = result.report;
  return { handoffs: result.handoffs, groups: result.groups, report, network: result.network };
}

const lines = readFileSync(LOG, "utf8").trim().split("\n");
const header = lines[0]!;
// Rows in another order; rows 2 and 3 of case P1 (same time) keep their order.
const permuted = [header, ...[10, 3, 1, 7, 2, 9, 5, 0, 8, 4, 6].map((i) => lines[i + 1]!)].join("\n");

describe("stream engine", () => {
  it("mines a log sorted by case in one pass, ids ascending as text or naturally", async () => {
    expect((await mineHandoffs(LOG)).report.strategy).toBe("sorted");
    const natural = [
      "case_id,timestamp,actor",
      "C2,2026-03-02 08:00,a",
      "C2,2026-03-02 09:00,b",
      "C10,2026-03-02 08:00,a",
      "C10,2026-03-02 09:00,b",
    ];
    const result = await mineHandoffs({ text: natural.join("\n") });
    expect(result.report.strategy).toBe("sorted");
    expect(result.handoffs[0]).toMatchObject({ count: 2, cases: 2 });
  });

  it("gives the same result for an unsorted log, partitioned in memory", async () => {
    const sorted = await mineHandoffs(LOG, { name: "x" });
    const unsorted = await mineHandoffs({ text: permuted, name: LOG }, { name: "x" });
    expect(unsorted.report.strategy).toBe("partitioned");
    expect(outcome(unsorted)).toEqual(outcome(sorted));
  });

  it("gives the same result partitioned in temporary files, and removes them", async () => {
    const path = join(scratch, "permuted.csv");
    writeFileSync(path, permuted);
    const temp = mkdtempSync(join(scratch, "spill-"));
    const result = await mineHandoffs(path, { partitions: 3, tempDir: temp, name: "x", level: "sector" });
    expect(result.report.strategy).toBe("partitioned");
    expect(readdirSync(temp)).toEqual([]);
    const sorted = await mineHandoffs(LOG, { name: "x", level: "sector" });
    expect(outcome(result).handoffs).toEqual(sorted.handoffs);
    expect(outcome(result).groups).toEqual(sorted.groups);
  });

  it("keeps case ids with line breaks, tabs and quotes intact in temporary files", async () => {
    const text = [
      "case_id,timestamp,actor",
      '"a\nb",2026-03-02 08:00,gp',
      '"q""x\tz",2026-03-02 08:00,gp',
      "zz,2026-03-02 08:00,gp",
      '"a\nb",2026-03-02 09:00,ward',
      '"q""x\tz",2026-03-02 10:00,ward',
      "zz,2026-03-02 11:00,home",
    ].join("\n");
    const result = await mineHandoffs({ text }, { spill: "disk", partitions: 2, tempDir: scratch });
    expect(result.handoffs.map((h) => [h.from, h.to, h.cases, h.waitHours.mean])).toEqual([
      ["gp", "home", 1, 3],
      ["gp", "ward", 2, 1.5],
    ]);
  });

  it("partitions a one-shot stream straight away", async () => {
    const bytes = readFileSync(LOG);
    async function* once() {
      yield bytes.subarray(0, 100);
      yield bytes.subarray(100);
    }
    const result = await mineHandoffs(once(), { spill: "memory", format: "csv", name: "x" });
    expect(result.report.strategy).toBe("partitioned");
    expect(result.handoffs).toEqual((await mineHandoffs(LOG)).handoffs);
  });

  it("reports every bad row once, even after falling back to a second read", async () => {
    const text = `${permuted}\nP9,31-02-2026 10:00,gp-a,referral,general-practice\n`;
    const result = await mineHandoffs({ text, name: "p.csv" }, { onError: "skip-and-report" });
    expect(result.report).toMatchObject({ strategy: "partitioned", rejected: 1, events: 11 });
    expect(result.report.problems).toHaveLength(1);
    await expect(mineHandoffs({ text, name: "p.csv" })).rejects.toThrow(
      /p\.csv line 13: timestamp "31-02-2026 10:00"/,
    );
  });

  it("never changes its result when rows are shuffled (property)", async () => {
    const actors = ["gp", "ward", "icu", "home", "job"];
    const sectors: Record<string, string> = {
      gp: "gp",
      ward: "region",
      icu: "region",
      home: "muni",
      job: "muni",
    };
    const caseArb = fc.array(
      fc.record({ actor: fc.constantFrom(...actors), step: fc.integer({ min: 1, max: 5000 }) }),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { minLength: 1, maxLength: 12 }),
        fc.integer(),
        async (cases, seed) => {
          const rows: string[] = [];
          cases.forEach((events, c) => {
            let minute = 0;
            for (const e of events) {
              minute += e.step; // distinct times within a case
              const t = new Date(Date.UTC(2026, 2, 28, 0, minute)).toISOString();
              rows.push(`K${c},${t},${e.actor},${sectors[e.actor]}`);
            }
          });
          const shuffled = [...rows];
          let s = seed >>> 0;
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const head = "case_id,timestamp,actor,sector\n";
          for (const level of ["actor", "sector"] as const) {
            const a = await mineHandoffs({ text: head + rows.join("\n") }, { level, maxGapHours: 40 });
            const b = await mineHandoffs({ text: head + shuffled.join("\n") }, { level, maxGapHours: 40 });
            expect(outcome(b)).toEqual(outcome(a));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
