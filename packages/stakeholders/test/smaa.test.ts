import { mulberry32 } from "@tvaers/analysis";
import { describe, expect, it } from "vitest";
import { type McdaProblem, rankAcceptability, scoreProblem } from "../src/index.js";

const groups = [
  { id: "g1", weight: 1, criteria: [{ id: "c", weight: 1 }] },
  { id: "g2", weight: 1, criteria: [{ id: "c", weight: 1 }] },
];

// A is better than B for every stakeholder, whatever the weights and within every impact's uncertainty.
const clear: McdaProblem = {
  models: ["a", "b"],
  groups,
  impacts: [
    [[2], [1.5]],
    [[-1], [-2]],
  ],
  uncertainty: [
    [[0.5], [0.5]],
    [[0.5], [0.5]],
  ],
};

// A is best for g1, B for g2, by the same amount: A ranks first exactly when W_g1 > W_g2, which under
// uniform weights on the simplex (W_g1 ~ Uniform(0, 1)) happens with probability 1/2.
const symmetric: McdaProblem = {
  models: ["a", "b"],
  groups,
  impacts: [
    [[2], [0]],
    [[0], [2]],
  ],
  uncertainty: [
    [[0], [0]],
    [[0], [0]],
  ],
};

describe("rankAcceptability (SMAA)", () => {
  it("gives a clear winner rank-1 acceptability 1", () => {
    const { models } = rankAcceptability(clear, { samples: 2000 });
    expect(models.map((m) => [m.model, m.acceptability, m.expectedRank])).toEqual([
      ["a", [1, 0], 1],
      ["b", [0, 1], 2],
    ]);
  });

  it("gives symmetric models about 1/2 each: the exact seeded value, within sampling error", () => {
    const result = rankAcceptability(symmetric, { samples: 10_000, seed: 1 });
    const b = result.models[0]!.acceptability[0]!;
    expect(b).toBe(0.5059);
    // Four standard errors of a proportion at 1/2 with 10,000 draws: 4·√(0.25/10,000) = 0.02.
    expect(Math.abs(b - 0.5)).toBeLessThan(0.02);
    expect(result.models[1]!.acceptability[0]).toBeCloseTo(1 - b, 12);
    expect(result.samples).toBe(10_000);
    expect(result.seed).toBe(1);
  });

  it("repeats with the same seed, differs with another, and takes randomness passed in", () => {
    const a = rankAcceptability(symmetric, { samples: 3000, seed: 5 });
    const b = rankAcceptability(symmetric, { samples: 3000, seed: 5 });
    const c = rankAcceptability(symmetric, { samples: 3000, seed: 6 });
    const d = rankAcceptability(symmetric, { samples: 3000, random: mulberry32(5) });
    expect(b).toEqual(a);
    expect(c.models[0]!.acceptability).not.toEqual(a.models[0]!.acceptability);
    expect(d.models).toEqual(a.models);
    expect(d.seed).toBeNull();
  });

  it("shares ranks equally between models tied in a draw", () => {
    const tied: McdaProblem = {
      ...symmetric,
      impacts: [
        [[1], [1]],
        [[1], [1]],
      ],
    };
    const { models } = rankAcceptability(tied, { samples: 100 });
    expect(models.map((m) => m.acceptability)).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });

  it("has rows and columns that sum to 1, with three models and uncertain impacts", () => {
    const three: McdaProblem = {
      models: ["a", "b", "c"],
      groups: [
        {
          id: "g",
          weight: 1,
          criteria: [
            { id: "x", weight: 1 },
            { id: "y", weight: 2 },
          ],
        },
        groups[1]!,
      ],
      impacts: [
        [[1, 0], [0]],
        [[0, 1], [-1]],
        [[0.5, 0.5], [0.5]],
      ],
      uncertainty: [
        [[1, 1], [1]],
        [[1, 1], [1]],
        [[1, 1], [1]],
      ],
    };
    for (const impacts of ["uniform", "triangular"] as const) {
      const { models } = rankAcceptability(three, { samples: 4000, impacts });
      for (const m of models) expect(m.acceptability.reduce((s, b) => s + b, 0)).toBeCloseTo(1, 12);
      for (let r = 0; r < 3; r++)
        expect(models.reduce((s, m) => s + m.acceptability[r]!, 0)).toBeCloseTo(1, 12);
    }
  });

  it("ranks as the deterministic score does when nothing is uncertain", () => {
    const three: McdaProblem = {
      ...clear,
      models: ["a", "b"],
      uncertainty: [
        [[0], [0]],
        [[0], [0]],
      ],
    };
    const fixed = rankAcceptability(three, {
      samples: 10,
      stakeholderWeights: "fixed",
      criterionWeights: "fixed",
      impacts: "fixed",
    });
    expect(fixed.models.map((m) => m.acceptability.indexOf(1) + 1)).toEqual(scoreProblem(three).ranks);
  });

  it("returns central weights: the mean weights of the draws where a model ranks first", () => {
    const { models } = rankAcceptability(symmetric, { samples: 20_000, centralWeights: true });
    // A ranks first when W_g1 > 1/2; W_g1 is then uniform on (1/2, 1), with mean 3/4.
    expect(models[0]!.centralWeights!.stakeholders.g1).toBeCloseTo(0.75, 2);
    expect(models[1]!.centralWeights!.stakeholders.g2).toBeCloseTo(0.75, 2);
    expect(models[0]!.centralWeights!.criteria).toEqual({ g1: { c: 1 }, g2: { c: 1 } });
    const never = rankAcceptability(clear, { samples: 100, centralWeights: true });
    expect(never.models[1]!.centralWeights).toBeNull();
  });

  it("centres weights on the stated ones with a concentration", () => {
    const leaning: McdaProblem = { ...symmetric, groups: [{ ...groups[0]!, weight: 3 }, groups[1]!] };
    const loose = rankAcceptability(leaning, { samples: 5000, stakeholderWeights: "uniform" });
    const tight = rankAcceptability(leaning, { samples: 5000, stakeholderWeights: { centred: 50 } });
    // Stated weights 0.75 / 0.25 favour A; centring on them makes A's first place nearly certain.
    expect(loose.models[0]!.acceptability[0]).toBeLessThan(0.55);
    expect(tight.models[0]!.acceptability[0]).toBeGreaterThan(0.99);
  });

  it("rejects bad options", () => {
    expect(() => rankAcceptability(symmetric, { samples: 0 })).toThrow(RangeError);
    expect(() => rankAcceptability(symmetric, { stakeholderWeights: { centred: 0 } })).toThrow(RangeError);
  });
});
