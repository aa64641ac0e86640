import { mulberry32 } from "@tvaers/analysis";
import { describe, expect, it } from "vitest";
import { gamma, sampleWeights } from "../src/index.js";

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const variance = (values: readonly number[]) => {
  const m = mean(values);
  return mean(values.map((v) => (v - m) ** 2));
};

describe("weight and impact sampling", () => {
  it("draws uniform simplex weights (Dirichlet(1)): each has mean 1/n and variance (n − 1)/(n²(n + 1))", () => {
    const random = mulberry32(3);
    const out = new Float64Array(4);
    const stated = new Float64Array(4);
    const first: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      sampleWeights(random, "uniform", stated, out, 0, 4);
      expect(out.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      first.push(out[0]!);
    }
    expect(mean(first)).toBeCloseTo(0.25, 2);
    expect(variance(first)).toBeCloseTo(3 / 80, 3);
  });

  it("centres weights on the stated ones: mean ŵ, variance ŵ(1 − ŵ)/(κ + 1); a zero weight stays 0", () => {
    const random = mulberry32(4);
    const stated = Float64Array.from([0, 0.6, 0.3, 0.1]);
    const out = new Float64Array(4);
    const second: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      sampleWeights(random, { centred: 9 }, stated, out, 0, 4);
      expect(out[0]).toBe(0);
      second.push(out[1]!);
    }
    expect(mean(second)).toBeCloseTo(0.6, 2);
    expect(variance(second)).toBeCloseTo((0.6 * 0.4) / 10, 3);
  });

  it("keeps fixed weights, and the one weight of a single item", () => {
    const random = mulberry32(1);
    const stated = Float64Array.from([0.2, 0.8, 1]);
    const out = new Float64Array(3);
    sampleWeights(random, "fixed", stated, out, 0, 2);
    sampleWeights(random, "uniform", stated, out, 2, 1);
    expect([...out]).toEqual([0.2, 0.8, 1]);
  });

  it("draws gamma variates with mean and variance equal to the shape (above and below 1)", () => {
    const random = mulberry32(9);
    for (const shape of [0.4, 3]) {
      const draws = Array.from({ length: 40_000 }, () => gamma(random, shape));
      expect(mean(draws)).toBeCloseTo(shape, 1);
      expect(variance(draws) / shape).toBeCloseTo(1, 1);
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    }
  });
});
