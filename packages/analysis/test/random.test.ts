// Reference outputs: an independent Python implementation of Mulberry32 in
// fixtures/scripts/communities.py (see fixtures/communities.json, "mulberry32").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mulberry32, shuffle } from "../src/index.js";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/communities.json", import.meta.url), "utf8")) as {
  mulberry32: Record<string, number[]>;
};

describe("mulberry32", () => {
  it("matches the Python reference implementation", () => {
    for (const [seed, values] of Object.entries(fixture.mulberry32)) {
      const random = mulberry32(Number(seed));
      expect(values.map(() => random())).toEqual(values);
    }
  });

  it("takes the seed modulo 2³², stays in [0, 1) and rejects a non-finite seed", () => {
    const a = mulberry32(1);
    const b = mulberry32(2 ** 32 + 1);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(() => mulberry32(Number.NaN)).toThrow(RangeError);
  });
});

describe("shuffle", () => {
  it("permutes in place, repeats with the same seed and differs with another", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const once = shuffle([...items], mulberry32(3));
    expect([...once].sort((x, y) => x - y)).toEqual(items);
    expect(shuffle([...items], mulberry32(3))).toEqual(once);
    expect(shuffle([...items], mulberry32(4))).not.toEqual(once);
    const typed = Int32Array.from(items);
    expect(shuffle(typed, mulberry32(3))).toBe(typed);
    expect([...typed]).toEqual(once);
  });

  it("gives each of the 3! orders about equally often", () => {
    const random = mulberry32(11);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const order = shuffle(["a", "b", "c"], random).join("");
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // 1000 expected each; the binomial standard deviation is about 29
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
