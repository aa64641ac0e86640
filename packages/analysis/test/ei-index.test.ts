// eiIndex. Reference values: fixtures/mixing.json ("ei"), written by fixtures/scripts/mixing.py with
// plain Python loops over the stored edge lists (independent of networkx and igraph); small cases
// are worked by hand, and the permutation test is checked against an exactly enumerable null.
import { readFileSync } from "node:fs";
import Graph, { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { eiIndex, mulberry32 } from "../src/index.js";
import { loadFixtureGraph } from "./support/load-network.js";

interface EIFixture {
  index: number;
  external: number;
  internal: number;
  possibleExternal: number;
  possibleInternal: number;
  expected: number;
  groups: Record<string, number>;
  actors: Record<string, number | null>;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/mixing.json", import.meta.url), "utf8")) as {
  ei: Record<string, EIFixture>;
};

const close = (actual: number, expected: number | null) => {
  if (expected === null) expect(actual).toBeNaN();
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

function careNetwork() {
  const g = new MultiDirectedGraph();
  g.addNode("h1", { sector: "region" });
  g.addNode("h2", { sector: "region" });
  g.addNode("m1", { sector: "municipality" });
  g.addNode("g1", { sector: "general-practice" });
  g.addNode("x", {});
  g.addEdge("h1", "m1", { kind: "handoff", weight: 2, directed: true });
  g.addEdge("h1", "m1", { kind: "handoff", weight: 3, directed: true });
  g.addEdge("m1", "g1", { kind: "communication", weight: 1, directed: false });
  g.addEdge("h1", "h2", { kind: "collaboration", weight: 4, directed: false });
  g.addEdge("h2", "x", { kind: "handoff", weight: 1, directed: true });
  return g;
}

describe("eiIndex", () => {
  it("computes whole, group and actor E-I and the expected value (hand-worked, undirected)", () => {
    const r = eiIndex(careNetwork(), { directed: false, permutations: 0 });
    // ties between grouped actors: h1–m1 (E), m1–g1 (E), h1–h2 (I); h2–x is left out
    expect([r.external, r.internal]).toEqual([2, 1]);
    close(r.index, 1 / 3);
    // 4 grouped actors, sizes 2/1/1: 1 internal and 5 external pairs
    expect([r.possibleInternal, r.possibleExternal]).toEqual([1, 5]);
    close(r.expected, 4 / 6);
    expect(r.groups).toEqual({ "general-practice": 1, municipality: 1, region: 0 });
    expect(r.actors.h1).toBe(0);
    expect(r.actors.h2).toBe(-1);
    expect(r.actors.m1).toBe(1);
    expect(r.actors.x).toBeNaN();
    expect(r.pValue).toBeNaN();
    const weighted = eiIndex(careNetwork(), { directed: false, weight: "weight", permutations: 0 });
    close(weighted.index, (6 - 4) / 10);
  });

  it("counts each arc once in a directed view", () => {
    const r = eiIndex(careNetwork(), { permutations: 0 });
    // arcs: h1→m1, m1→g1, g1→m1 (E); h1→h2, h2→h1 (I)
    expect([r.external, r.internal]).toEqual([3, 2]);
    expect([r.possibleInternal, r.possibleExternal]).toEqual([2, 10]);
  });

  for (const [name, graphName, group, weight, directed] of [
    ["karate-club", "karate", "club", null, undefined],
    ["karate-club-weighted", "karate", "club", "weight", undefined],
    ["sectors-directed-sector", "sectors-directed", "sector", null, undefined],
    ["sectors-directed-sector-weighted", "sectors-directed", "sector", "weight", undefined],
    ["sectors-undirected-sector", "sectors-directed", "sector", null, false],
  ] as const) {
    it(`matches the Python reference on ${name}`, () => {
      const expected = fixture.ei[name]!;
      const r = eiIndex(loadFixtureGraph(graphName), { group, weight, directed, permutations: 0 });
      close(r.index, expected.index);
      close(r.expected, expected.expected);
      expect([r.external, r.internal]).toEqual([expected.external, expected.internal]);
      expect([r.possibleExternal, r.possibleInternal]).toEqual([
        expected.possibleExternal,
        expected.possibleInternal,
      ]);
      expect(Object.keys(r.groups)).toEqual(Object.keys(expected.groups));
      for (const [g, value] of Object.entries(expected.groups)) close(r.groups[g]!, value);
      expect(Object.keys(r.actors).sort()).toEqual(Object.keys(expected.actors).sort());
      for (const [v, value] of Object.entries(expected.actors)) close(r.actors[v]!, value);
    });
  }

  it("follows the exact permutation null of a path a–b–c–d split {a,b} | {c,d}", () => {
    // The 6 labellings give E-I −1/3, 1 or 1/3, each with probability 1/3; expected = 1/3; the
    // observed −1/3 lies 2/3 from it, as do the permuted values −1/3 and 1 (probability 2/3).
    const g = new Graph({ type: "undirected" });
    for (const [v, s] of [
      ["a", "X"],
      ["b", "X"],
      ["c", "Y"],
      ["d", "Y"],
    ])
      g.addNode(v, { sector: s });
    g.addEdge("a", "b");
    g.addEdge("b", "c");
    g.addEdge("c", "d");
    const r = eiIndex(g, { permutations: 3000, seed: 5 });
    close(r.index, -1 / 3);
    close(r.expected, 1 / 3);
    expect(Math.abs(r.pValue - 2 / 3)).toBeLessThan(0.03);
    expect(Math.abs(r.pLess - 1 / 3)).toBeLessThan(0.03);
    expect(r.pGreater).toBe(1);
    expect(Math.abs(r.permutationMean - 1 / 3)).toBeLessThan(0.03);
    expect(Math.abs(r.permutationSd - Math.sqrt(8 / 27))).toBeLessThan(0.03);
  });

  it("repeats its p-values with the same seed; its permutation mean is the expected value", () => {
    const g = loadFixtureGraph("sectors-directed");
    const a = eiIndex(g, { permutations: 500, seed: 9 });
    const b = eiIndex(g, { permutations: 500, seed: 9 });
    expect(b).toEqual(a);
    expect(Math.abs(a.permutationMean - a.expected)).toBeLessThan((4 * a.permutationSd) / Math.sqrt(500));
  });

  it("gives a small p for a planted strongly assortative graph, and a large one for a random graph", () => {
    const random = mulberry32(21);
    const planted = new Graph({ type: "undirected" });
    const mixed = new Graph({ type: "undirected" });
    for (let i = 0; i < 40; i++) {
      planted.addNode(`n${i}`, { sector: `s${i % 4}` });
      mixed.addNode(`n${i}`, { sector: `s${i % 4}` });
    }
    for (let i = 0; i < 40; i++) {
      for (let j = i + 1; j < 40; j++) {
        const same = i % 4 === j % 4;
        if (random() < (same ? 0.6 : 0.03)) planted.addEdge(`n${i}`, `n${j}`);
        if (random() < 0.15) mixed.addEdge(`n${i}`, `n${j}`);
      }
    }
    const r = eiIndex(planted, { permutations: 999 });
    expect(r.index).toBeLessThan(r.expected);
    expect(r.pValue).toBe(1 / 1000);
    expect(r.pLess).toBe(1 / 1000);
    expect(r.pGreater).toBe(1);
    expect(eiIndex(mixed, { permutations: 999 }).pValue).toBeGreaterThan(0.05);
  });

  it("returns NaN without ties and rejects a bad permutation count", () => {
    const g = new Graph();
    g.addNode("a", { sector: "x" });
    g.addNode("b", { sector: "y" });
    const r = eiIndex(g);
    expect(r.index).toBeNaN();
    expect(r.actors.a).toBeNaN();
    expect(r.pValue).toBeNaN();
    expect(() => eiIndex(g, { permutations: -1 })).toThrow(RangeError);
    expect(() => eiIndex(g, { permutations: 1.5 })).toThrow(RangeError);
  });
});
