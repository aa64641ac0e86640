import { describe, expect, it } from "vitest";
import { MENDELOW_CLASSES, mendelow, type Stakeholder } from "../src/index.js";

const s = (power?: number, interest?: number): Stakeholder => ({ id: "x", power, interest });

describe("mendelow", () => {
  it("puts each corner of the grid in its quadrant", () => {
    expect(mendelow(s(5, 5))).toBe("manage-closely");
    expect(mendelow(s(5, 1))).toBe("keep-satisfied");
    expect(mendelow(s(1, 5))).toBe("keep-informed");
    expect(mendelow(s(1, 1))).toBe("monitor");
  });

  it("counts a value exactly on the midpoint (3 on 1–5) as low, and anything above as high", () => {
    expect(mendelow(s(3, 3))).toBe("monitor");
    expect(mendelow(s(3.001, 3))).toBe("keep-satisfied");
    expect(mendelow(s(3, 3.001))).toBe("keep-informed");
    expect(mendelow(s(3.001, 3.001))).toBe("manage-closely");
  });

  it("cuts at the midpoint of a declared scale", () => {
    const scales = { power: { min: 0, max: 10 }, interest: { min: 1, max: 7 } };
    expect(mendelow(s(5, 4), { scales })).toBe("monitor");
    expect(mendelow(s(6, 5), { scales })).toBe("manage-closely");
    expect(mendelow(s(4, 4), { scales })).toBe("monitor"); // 4 is high on 1–5, low on 0–10 and on 1–7
  });

  it("cuts at a custom threshold, a value on it still low", () => {
    const thresholds = { power: 4, interest: 2 };
    expect(mendelow(s(4, 2), { thresholds })).toBe("monitor");
    expect(mendelow(s(4.5, 2.5), { thresholds })).toBe("manage-closely");
    expect(mendelow(s(5, 2), { thresholds })).toBe("keep-satisfied");
  });

  it("gives null when power or interest is missing", () => {
    expect(mendelow(s(undefined, 5))).toBeNull();
    expect(mendelow({ id: "x", power: 5, interest: null })).toBeNull();
  });

  it("names and explains every quadrant in English and Danish", () => {
    for (const [id, info] of Object.entries(MENDELOW_CLASSES)) {
      expect(info.id).toBe(id);
      for (const text of [info.label.en, info.label.da, info.handling.en, info.handling.da]) {
        expect(text.length).toBeGreaterThan(3);
      }
    }
    expect(MENDELOW_CLASSES["keep-satisfied"].label.da).toBe("Hold tilfreds");
  });
});
