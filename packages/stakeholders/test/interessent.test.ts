import { describe, expect, it } from "vitest";
import {
  INTERESSENT_CLASSES,
  INTERESSENT_CONVENTIONS,
  interessent,
  interessentClass,
  type Stakeholder,
} from "../src/index.js";

const s = (power?: number, affected?: number): Stakeholder => ({ id: "x", power, affected });

describe("interessent", () => {
  it("names the four fields in convention a (the default)", () => {
    expect(interessent(s(5, 5))).toBe("ressourcepersoner");
    expect(interessent(s(5, 1))).toBe("graa-eminencer");
    expect(interessent(s(1, 5))).toBe("gidsler");
    expect(interessent(s(1, 1))).toBe("eksterne-interessenter");
    expect(interessent(s(5, 5), { convention: "a" })).toBe("ressourcepersoner");
  });

  it("names the four fields in convention b", () => {
    const b = { convention: "b" } as const;
    expect(interessent(s(5, 5), b)).toBe("centrale-interessenter");
    expect(interessent(s(5, 1), b)).toBe("ressourcepersoner");
    expect(interessent(s(1, 5), b)).toBe("gidsler");
    expect(interessent(s(1, 1), b)).toBe("eksterne-interessenter");
  });

  it("uses power as influence and affected, not interest", () => {
    expect(interessent({ id: "x", power: 5, interest: 5, affected: 1 })).toBe("graa-eminencer");
  });

  it("counts a value on the midpoint as low, just above as high", () => {
    expect(interessent(s(3, 3))).toBe("eksterne-interessenter");
    expect(interessent(s(3.01, 3))).toBe("graa-eminencer");
    expect(interessent(s(3, 3.01))).toBe("gidsler");
    expect(interessent(s(3.01, 3.01), { convention: "b" })).toBe("centrale-interessenter");
  });

  it("follows declared scales and custom thresholds", () => {
    const scales = { power: { min: 1, max: 10 }, affected: { min: 1, max: 10 } };
    expect(interessent(s(5.5, 5.5), { scales })).toBe("eksterne-interessenter");
    expect(interessent(s(6, 6), { scales })).toBe("ressourcepersoner");
    expect(interessent(s(2, 2), { thresholds: { power: 1.5, affected: 2 } })).toBe("graa-eminencer");
  });

  it("gives null when power or affected is missing", () => {
    expect(interessent(s(5))).toBeNull();
    expect(interessent(s(undefined, 5), { convention: "b" })).toBeNull();
  });

  it("explains every field of both conventions in both languages, with its own handling per convention", () => {
    for (const convention of INTERESSENT_CONVENTIONS) {
      for (const info of Object.values(INTERESSENT_CLASSES[convention])) {
        expect(interessentClass(info.id, convention)).toBe(info);
        expect(info.label.da).not.toBe("");
        expect(info.handling.en).not.toBe(info.handling.da);
      }
    }
    expect(interessentClass("graa-eminencer")?.label).toEqual({ en: "Grey eminences", da: "Grå eminencer" });
    expect(interessentClass("graa-eminencer", "b")).toBeUndefined();
    expect(interessentClass("ressourcepersoner", "a")?.handling).not.toEqual(
      interessentClass("ressourcepersoner", "b")?.handling,
    );
  });
});
