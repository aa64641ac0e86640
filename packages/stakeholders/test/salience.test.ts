import { describe, expect, it } from "vitest";
import { SALIENCE_CLASSES, type SalienceClass, type Stakeholder, salience } from "../src/index.js";

const s = (power?: number, legitimacy?: number, urgency?: number): Stakeholder => ({
  id: "x",
  power,
  legitimacy,
  urgency,
});

describe("salience", () => {
  it("names all eight classes of Mitchell, Agle & Wood (1997) from the attributes present", () => {
    const cases: [number, number, number, SalienceClass][] = [
      [5, 1, 1, "dormant"],
      [1, 5, 1, "discretionary"],
      [1, 1, 5, "demanding"],
      [5, 5, 1, "dominant"],
      [5, 1, 5, "dangerous"],
      [1, 5, 5, "dependent"],
      [5, 5, 5, "definitive"],
      [1, 1, 1, "non-stakeholder"],
    ];
    for (const [p, l, u, expected] of cases) expect(salience(s(p, l, u))).toBe(expected);
    expect(new Set(cases.map((c) => c[3])).size).toBe(Object.keys(SALIENCE_CLASSES).length);
  });

  it("treats an attribute exactly on the midpoint as absent and just above as present", () => {
    expect(salience(s(3, 3, 3))).toBe("non-stakeholder");
    expect(salience(s(3.01, 3, 3))).toBe("dormant");
    expect(salience(s(3, 3.01, 3))).toBe("discretionary");
    expect(salience(s(3, 3, 3.01))).toBe("demanding");
    expect(salience(s(3.01, 3.01, 3.01))).toBe("definitive");
  });

  it("uses thresholds per attribute", () => {
    const thresholds = { power: 4, legitimacy: 2, urgency: 4.5 };
    expect(salience(s(4, 2, 4.5), { thresholds })).toBe("non-stakeholder");
    expect(salience(s(4, 2.5, 4.5), { thresholds })).toBe("discretionary");
    expect(salience(s(4.1, 2.5, 5), { thresholds })).toBe("definitive");
  });

  it("uses the midpoints of declared scales", () => {
    const scales = { power: { min: 0, max: 1 }, legitimacy: { min: 0, max: 1 }, urgency: { min: 0, max: 1 } };
    expect(salience(s(0.5, 0.6, 0.4), { scales })).toBe("discretionary");
  });

  it("gives null when power, legitimacy or urgency is missing, not non-stakeholder", () => {
    expect(salience(s(5, 5))).toBeNull();
    expect(salience(s(undefined, 1, 1))).toBeNull();
    expect(salience({ id: "x", power: 1, legitimacy: null, urgency: 1 })).toBeNull();
  });

  it("explains every class in English and Danish", () => {
    for (const [id, info] of Object.entries(SALIENCE_CLASSES)) {
      expect(info.id).toBe(id);
      expect(info.label.en).not.toBe("");
      expect(info.handling.da).not.toBe("");
    }
    expect(SALIENCE_CLASSES.definitive.label.da).toBe("Afgørende");
  });
});
