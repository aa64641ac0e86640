// Relational Coordination (Gittell 2002, 2009): the index is the mean of seven 1–5 items. Values below
// are worked by hand; the thresholds are the documented defaults (weak < 3.5, strong ≥ 4).
import { type Tie, TvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import {
  RC_ITEMS,
  relationalCoordinationIndex,
  relationalCoordinationLevel,
  relationalCoordinationQuality,
} from "../src/index.js";

const tie = (extra: Partial<Tie>): Tie => ({
  source: "ward",
  target: "gp",
  kind: "communication",
  weight: 1,
  directed: false,
  ...extra,
});

describe("relationalCoordinationIndex", () => {
  it("is the mean of the seven items", () => {
    expect(RC_ITEMS).toHaveLength(7);
    expect(relationalCoordinationIndex([4, 3, 4, 3, 5, 4, 5])).toBe(4);
    expect(relationalCoordinationIndex([1, 1, 1, 1, 1, 1, 1])).toBe(1);
    expect(relationalCoordinationIndex([5, 4, 4, 3, 2, 3, 4])).toBeCloseTo(25 / 7, 15);
  });

  it("rejects a list that is not seven items", () => {
    expect(() => relationalCoordinationIndex([4, 4, 4, 4, 4, 4])).toThrow(/7 item scores, got 6 values/);
    expect(() => relationalCoordinationIndex([4, 4, 4, 4, 4, 4, 4, 4])).toThrow(TvaersInputError);
  });

  it("names every item off the 1–5 scale", () => {
    const error = (() => {
      try {
        relationalCoordinationIndex([0, 3, 6, 3, Number.NaN, 3, 3]);
      } catch (e) {
        return e as TvaersInputError;
      }
    })();
    expect(error).toBeInstanceOf(TvaersInputError);
    expect(error!.problems.map((p) => p.path)).toEqual(["rc[0]", "rc[2]", "rc[4]"]);
    expect(error!.problems[0]!.message).toMatch(/item 1 \(frequent communication\).*got 0/);
    expect(error!.problems[2]!.message).toMatch(/item 5 \(shared goals\)/);
  });
});

describe("relationalCoordinationLevel", () => {
  it("reads weak below 3.5 and strong from 4 by default", () => {
    expect(relationalCoordinationLevel(3.49)).toBe("weak");
    expect(relationalCoordinationLevel(3.5)).toBe("moderate");
    expect(relationalCoordinationLevel(3.99)).toBe("moderate");
    expect(relationalCoordinationLevel(4)).toBe("strong");
  });

  it("takes other thresholds, and rejects ones out of order or off the scale", () => {
    expect(relationalCoordinationLevel(3.2, { weak: 3 })).toBe("moderate");
    expect(relationalCoordinationLevel(4.2, { strong: 4.5 })).toBe("moderate");
    expect(() => relationalCoordinationLevel(3, { weak: 4.5, strong: 4 })).toThrow(RangeError);
    expect(() => relationalCoordinationLevel(3, { strong: 6 })).toThrow(RangeError);
  });
});

describe("relationalCoordinationQuality", () => {
  it("maps the index of attributes.rc onto the quality scale", () => {
    const surveyed = tie({ quality: 2, attributes: { rc: [3, 3, 3, 3, 3, 3, 3] } });
    expect(relationalCoordinationQuality(surveyed)).toBe(3);
    expect(relationalCoordinationQuality(surveyed, { min: 0, max: 100 })).toBe(50);
    expect(
      relationalCoordinationQuality(tie({ attributes: { rc: [5, 5, 5, 5, 5, 5, 5] } }), { min: 0, max: 1 }),
    ).toBe(1);
  });

  it("falls back to the tie's quality, or to nothing", () => {
    expect(relationalCoordinationQuality(tie({ quality: 2 }))).toBe(2);
    expect(relationalCoordinationQuality(tie({ attributes: { note: "x" } }))).toBeUndefined();
  });

  it("reports bad survey answers at attributes.rc", () => {
    expect(() => relationalCoordinationQuality(tie({ attributes: { rc: "high" } }))).toThrow(/got no list/);
    try {
      relationalCoordinationQuality(tie({ attributes: { rc: [3, 3, 3, "4", 3, 3, 3] } }));
      expect.unreachable();
    } catch (e) {
      expect((e as TvaersInputError).problems.map((p) => p.path)).toEqual(["attributes.rc[3]"]);
    }
  });
});
