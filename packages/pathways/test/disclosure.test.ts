/**
 * Disclosure control: primary suppression of cells with fewer than k cases, secondary suppression so
 * that no row, column or grand total gives a lone suppressed cell away. The table below is worked by
 * hand in the test's comments.
 */
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import {
  describeSuppression,
  type Handoff,
  mineHandoffs,
  suppressHandoffTies,
  suppressionPlan,
  suppressSmallCells,
} from "../src/index.js";

const cell = (from: string, to: string, cases: number, count = cases): Handoff => ({
  from,
  to,
  count,
  cases,
  waitHours: { median: 1, p90: 2, mean: 1.5 },
  crossSector: true,
});

//        b        c        d
//  a   10/12    3/3 P    8/9 → S (smallest published in row a)
//  b            7/7 → S  2/2 P   (only published cell in row b)
//  c                     6/6
// Columns c and d then hold two suppressed cells each, and the grand total four.
const TABLE = [
  cell("a", "b", 10, 12),
  cell("a", "c", 3),
  cell("a", "d", 8, 9),
  cell("b", "c", 7),
  cell("b", "d", 2),
  cell("c", "d", 6),
];

describe("suppressSmallCells", () => {
  it("suppresses small cells, then the cells that would give them away", () => {
    const out = suppressSmallCells(TABLE, { k: 5 });
    expect(out.map((h) => [h.from, h.to, h.suppressed ?? "-"])).toEqual([
      ["a", "b", "-"],
      ["a", "c", "primary"],
      ["a", "d", "secondary"],
      ["b", "c", "secondary"],
      ["b", "d", "primary"],
      ["c", "d", "-"],
    ]);
    expect(out[1]).toEqual({
      from: "a",
      to: "c",
      count: null,
      cases: null,
      waitHours: { median: null, p90: null, mean: null },
      crossSector: true,
      suppressed: "primary",
    });
    expect(out[0]).toEqual(TABLE[0]);
  });

  it("uses k = 5 by default and turns off with k = 0", () => {
    expect(suppressSmallCells(TABLE).filter((h) => h.suppressed !== undefined)).toHaveLength(4);
    expect(suppressSmallCells(TABLE, { k: 0 })).toEqual(TABLE);
    // k = 3: b>d primary; row b → b>c; column d → c>d (6 < 8); column c → a>c; row a → a>d (8 < 10).
    expect(suppressSmallCells(TABLE, { k: 3 }).map((h) => h.suppressed ?? "-")).toEqual([
      "-",
      "secondary",
      "secondary",
      "secondary",
      "primary",
      "secondary",
    ]);
  });

  it("breaks ties by count, then by pair, and protects the grand total", () => {
    // One small cell in a table where every row and column has one cell: only the grand total can
    // give it away, so the next smallest cell is suppressed too.
    const plan = suppressionPlan([cell("a", "b", 2), cell("c", "d", 9, 20), cell("e", "f", 9, 10)], 5);
    expect(plan).toEqual(["primary", undefined, "secondary"]);
  });

  it("says what it did", () => {
    const out = suppressSmallCells(TABLE);
    expect(describeSuppression(out, 5)).toBe(
      "2 handoff pairs have fewer than 5 cases and are suppressed; 2 more are suppressed so that totals cannot reveal them.",
    );
    expect(describeSuppression([], 5)).toBe("No handoff has fewer than 5 cases; nothing was suppressed.");
    expect(describeSuppression([], 0)).toMatch(/^Disclosure control is off/);
  });
});

describe("suppressHandoffTies", () => {
  it("leaves suppressed ties out of a mined network, which stays valid", async () => {
    const rows = ["case_id,timestamp,actor"];
    for (let i = 0; i < 6; i++)
      rows.push(`C${i},2026-03-02 08:00,gp`, `C${i},2026-03-02 09:00,ward`, `C${i},2026-03-02 10:00,home`);
    rows.push("X,2026-03-02 08:00,gp", "X,2026-03-02 09:00,home");
    const { network } = await mineHandoffs({ text: rows.join("\n") });
    expect(network.ties.map((t) => `${t.source}>${t.target}`)).toEqual(["gp>home", "gp>ward", "ward>home"]);
    const published = suppressHandoffTies(network);
    // gp>home (1 case) is primary; row gp and column home then need a second: gp>ward (6) and ward>home (6).
    expect(published.ties).toEqual([]);
    expect(published.description).toMatch(/1 handoff tie with fewer than 5 cases and 2 more/);
    expect(() => parseNetwork(published)).not.toThrow();
    expect(suppressHandoffTies(network, { k: 0 }).ties).toEqual(network.ties);
  });
});
