import { describe, expect, it } from "vitest";
import { type McdaProblem, scoreProblem, tornado } from "../src/index.js";

// The problem of score.test.ts: Ŵ = (0.75, 0.25); s1 weighs x, y 1 : 3, s2 1 : 1.
// A scores 0.5625, B 0.5.
const problem: McdaProblem = {
  models: ["a", "b"],
  groups: [
    {
      id: "s1",
      weight: 3,
      criteria: [
        { id: "x", weight: 1 },
        { id: "y", weight: 3 },
      ],
    },
    {
      id: "s2",
      weight: 1,
      criteria: [
        { id: "x", weight: 1 },
        { id: "y", weight: 1 },
      ],
    },
  ],
  impacts: [
    [
      [2, 0],
      [-2, 1],
    ],
    [
      [1, -1],
      [1, 2],
    ],
  ],
  uncertainty: [
    [
      [1, 0.25],
      [1, 1],
    ],
    [
      [1, 1],
      [1, 0],
    ],
  ],
};

describe("tornado", () => {
  const { models } = tornado(problem);
  const [a, b] = models;

  it("starts from the base scores and ranks", () => {
    expect(models.map((m) => [m.model, m.score, m.rank])).toEqual([
      ["a", 0.5625, 1],
      ["b", 0.5, 2],
    ]);
    expect(scoreProblem(problem).scores).toEqual([0.5625, 0.5]);
  });

  it("moves a stakeholder weight by ±50 % (capped at 1), rescaling the others", () => {
    const bar = a!.bars.find((x) => x.parameter === "stakeholder-weight" && x.stakeholder === "s1");
    // s1 at 0.375: A = 0.375·0.625 + 0.625·0.375 = 0.46875; s1 at 1 (0.75·1.5 capped), s2 at 0: 0.625.
    expect(bar).toEqual({
      parameter: "stakeholder-weight",
      stakeholder: "s1",
      low: { value: 0.375, score: 0.46875, rank: 2 },
      high: { value: 1, score: 0.625, rank: 1 },
      range: 0.15625,
    });
  });

  it("moves an impact by ± its uncertainty (or 1 without one), clamped to the scale", () => {
    const y = a!.bars.find((x) => x.parameter === "impact" && x.stakeholder === "s1" && x.criterion === "y");
    // weight 0.5625 × (±0.25 / 4).
    expect(y?.low).toEqual({ value: -0.25, score: 0.5625 - 0.03515625, rank: 1 });
    expect(y?.high).toEqual({ value: 0.25, score: 0.5625 + 0.03515625, rank: 1 });
    const x = a!.bars.find(
      (bar) => bar.parameter === "impact" && bar.stakeholder === "s1" && bar.criterion === "x",
    );
    expect([x?.low.value, x?.high.value]).toEqual([1, 2]);
    const fixed = b!.bars.find(
      (bar) => bar.parameter === "impact" && bar.stakeholder === "s2" && bar.criterion === "y",
    );
    expect([fixed?.low.value, fixed?.high.value]).toEqual([1, 2]);
  });

  it("sorts bars by range and gives each model's score range", () => {
    for (const m of models) {
      const ranges = m.bars.map((bar) => bar.range);
      expect(ranges).toEqual([...ranges].sort((p, q) => q - p));
      expect(m.bars).toHaveLength(2 + 4 + 4);
      expect(m.min).toBe(Math.min(m.score, ...m.bars.flatMap((bar) => [bar.low.score, bar.high.score])));
      expect(m.max).toBe(Math.max(m.score, ...m.bars.flatMap((bar) => [bar.low.score, bar.high.score])));
    }
    // A depends most on how s1 weighs y against x: ŵ_y from 0.75 to 0.375 (x 0.625) gives
    // 0.75·(0.625·1 + 0.375·0.5) + 0.09375 = 0.703125; to 1 (x 0) gives 0.75·0.5 + 0.09375 = 0.46875.
    expect(a!.bars[0]).toMatchObject({
      parameter: "criterion-weight",
      stakeholder: "s1",
      criterion: "y",
      low: { value: 0.375, score: 0.703125 },
      high: { value: 1, score: 0.46875 },
      range: 0.234375,
    });
  });

  it("rejects a negative swing", () => {
    expect(() => tornado(problem, { weightSwing: -1 })).toThrow(RangeError);
  });
});
