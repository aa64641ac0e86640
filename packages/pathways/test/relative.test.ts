/**
 * Relative frequencies against pm4py's and bupaR's definitions, on fixtures/logs/pm4py-handover.csv,
 * computed by hand from their source code (pm4py could not be installed here: no network access to
 * PyPI; bupaR needs R). The log:
 *
 *   A: r1 → r2 → r2 → r3    B: r1 → r3    C: r2
 *
 * pm4py handover of work, β = 0: directly following resource pairs, self-handovers included:
 * (r1,r2), (r2,r2), (r2,r3) in A and (r1,r3) in B; the divisor is Σ (len − 1) = 3 + 1 + 0 = 4, so every
 * pair (r2 → r2 too) has 0.25. tvaers reports r2 → r2 as a repeat, the others as handoffs of 0.25.
 *
 * bupaR `resource_map(frequency(…))`: Start and End nodes are added per case. Edges leaving r1:
 * r1→r2, r1→r3 (2); leaving r2: r2→r2, r2→r3, r2→End (3); entering r2: Start→r2, r1→r2, r2→r2 (3);
 * entering r3: r2→r3, r1→r3 (2). So relative (= relative-antecedent): r1→r2 1/2, r1→r3 1/2,
 * r2→r3 1/3; relative-consequent: r1→r2 1/3, r1→r3 1/2, r2→r3 1/2; relative-case: each 1 case of 3.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mineHandoffs, RELATIVE_VARIANTS, relativeFrequency, relativeTotals } from "../src/index.js";

const LOG = fileURLToPath(new URL("fixtures/logs/pm4py-handover.csv", import.meta.url));

describe("relative frequencies", () => {
  it("match pm4py and bupaR, computed by hand", async () => {
    const { handoffs, report, groups } = await mineHandoffs(LOG);
    expect(handoffs.map((h) => `${h.from}>${h.to}`)).toEqual(["r1>r2", "r1>r3", "r2>r3"]);
    expect(report).toMatchObject({ transitions: 4, repeats: 1, handoffs: 3, cases: 3 });
    const totals = relativeTotals(report, groups);
    const table = Object.fromEntries(
      RELATIVE_VARIANTS.map((v) => [v, handoffs.map((h) => relativeFrequency(h, v, totals))]),
    );
    expect(table).toEqual({
      pm4py: [0.25, 0.25, 0.25],
      "bupar-relative": [1 / 2, 1 / 2, 1 / 3],
      "bupar-relative-consequent": [1 / 3, 1 / 2, 1 / 2],
      "bupar-relative-case": [1 / 3, 1 / 3, 1 / 3],
    });
  });

  it("fill the network's `relative` attribute (pm4py by default)", async () => {
    const pm4py = await mineHandoffs(LOG);
    expect(pm4py.network.ties.map((t) => t.attributes?.relative)).toEqual([0.25, 0.25, 0.25]);
    const bupar = await mineHandoffs(LOG, { relative: "bupar-relative" });
    expect(bupar.network.ties.map((t) => t.attributes?.relative)).toEqual([1 / 2, 1 / 2, 1 / 3]);
  });

  it("keep pm4py's denominator at a lifted level and when a gap removes handoffs", async () => {
    const { handoffs, report, groups } = await mineHandoffs(LOG, { maxGapHours: 2 });
    expect(handoffs.map((h) => `${h.from}>${h.to}`)).toEqual(["r1>r2", "r2>r3"]);
    expect(relativeFrequency(handoffs[0]!, "pm4py", relativeTotals(report, groups))).toBe(0.25);
  });

  it("are 0 when there is nothing to divide by", () => {
    const totals = { transitions: 0, cases: 0, groupEvents: new Map<string, number>() };
    for (const v of RELATIVE_VARIANTS)
      expect(relativeFrequency({ from: "a", to: "b", count: 0, cases: 0 }, v, totals)).toBe(0);
  });
});
