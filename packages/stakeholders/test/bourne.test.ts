import { describe, expect, it } from "vitest";
import { BOURNE_DEFAULTS, bourne, type Stakeholder } from "../src/index.js";

const s = (power?: number, proximity?: number, urgency?: number): Stakeholder => ({
  id: "x",
  power,
  proximity,
  urgency,
});

describe("bourne", () => {
  it("runs from 0 (lowest on all three) to 1 (highest on all three)", () => {
    expect(bourne(s(1, 1, 1))).toBe(0);
    expect(bourne(s(5, 5, 5))).toBe(1);
    expect(bourne(s(3, 3, 3))).toBeCloseTo(0.5, 12);
  });

  it("weighs power 4, proximity 2, urgency 5 by default (the Stakeholder Circle's setting)", () => {
    expect(BOURNE_DEFAULTS.weights).toEqual({ power: 4, proximity: 2, urgency: 5 });
    expect(bourne(s(5, 1, 1))).toBeCloseTo(4 / 11, 12);
    expect(bourne(s(1, 5, 1))).toBeCloseTo(2 / 11, 12);
    expect(bourne(s(1, 1, 5))).toBeCloseTo(5 / 11, 12);
    // (4·0.75 + 2·0.25 + 5·0.5) / 11, by hand
    expect(bourne(s(4, 2, 3))).toBeCloseTo(6 / 11, 12);
  });

  it("normalises each rating by its own scale", () => {
    const scales = { power: { min: 1, max: 4 }, proximity: { min: 1, max: 4 }, urgency: { min: 0, max: 10 } };
    expect(bourne(s(4, 1, 5), { scales })).toBeCloseTo((4 * 1 + 2 * 0 + 5 * 0.5) / 11, 12);
  });

  it("takes other weights; only their ratios matter", () => {
    expect(bourne(s(5, 1, 3), { weights: { power: 1, proximity: 1, urgency: 1 } })).toBeCloseTo(0.5, 12);
    expect(bourne(s(4, 2, 3), { weights: { power: 8, proximity: 4, urgency: 10 } })).toBeCloseTo(6 / 11, 12);
    expect(bourne(s(5, 1, 1), { weights: { power: 0, proximity: 1, urgency: 1 } })).toBe(0);
  });

  it("rejects weights that are negative, not numbers or all zero", () => {
    expect(() => bourne(s(1, 1, 1), { weights: { power: -1, proximity: 1, urgency: 1 } })).toThrow(
      RangeError,
    );
    expect(() => bourne(s(1, 1, 1), { weights: { power: Number.NaN, proximity: 1, urgency: 1 } })).toThrow(
      RangeError,
    );
    expect(() => bourne(s(1, 1, 1), { weights: { power: 0, proximity: 0, urgency: 0 } })).toThrow(RangeError);
  });

  it("gives null when power, proximity or urgency is missing", () => {
    expect(bourne(s(5, 5))).toBeNull();
    expect(bourne(s(undefined, 5, 5))).toBeNull();
  });
});
