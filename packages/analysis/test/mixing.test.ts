// mixingMatrix. Reference values: fixtures/mixing.json, written by fixtures/scripts/mixing.py
// (plain Python counts over the stored edge lists, cross-checked there against networkx's
// attribute_mixing_dict); the small tvaers graph below is worked by hand.
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { mixingMatrix } from "../src/index.js";
import { loadFixtureGraph } from "./support/load-network.js";

type Table = Record<string, Record<string, number | null>>;
interface MixingFixture {
  groups: string[];
  sizes: Record<string, number>;
  ties: Table;
  weights: Table;
  possible: Table;
  density: Table;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/mixing.json", import.meta.url), "utf8")) as {
  mixing: Record<string, MixingFixture>;
};

const nan = (table: Table) =>
  Object.fromEntries(
    Object.entries(table).map(([g, row]) => [
      g,
      Object.fromEntries(Object.entries(row).map(([h, v]) => [h, v === null ? Number.NaN : v])),
    ]),
  );

/** A small tvaers network: parallel handoffs, undirected ties, and an actor without a sector. */
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

describe("mixingMatrix", () => {
  it("counts arcs, weights, possible pairs and densities in a directed view (hand-worked)", () => {
    const m = mixingMatrix(careNetwork(), { weight: "weight" });
    expect(m.directed).toBe(true);
    expect(m.groups).toEqual(["general-practice", "municipality", "region"]);
    expect(m.sizes).toEqual({ "general-practice": 1, municipality: 1, region: 2 });
    expect(m.ties.region).toEqual({ "general-practice": 0, municipality: 1, region: 2 });
    expect(m.ties.municipality).toEqual({ "general-practice": 1, municipality: 0, region: 0 });
    expect(m.ties["general-practice"]).toEqual({ "general-practice": 0, municipality: 1, region: 0 });
    expect(m.weights.region).toEqual({ "general-practice": 0, municipality: 5, region: 8 });
    expect(m.possible.region).toEqual({ "general-practice": 2, municipality: 2, region: 2 });
    expect(m.density.region!.region).toBe(1);
    expect(m.density.region!.municipality).toBe(0.5);
    expect(m.density.municipality!.municipality).toBeNaN();
    expect(m.ungrouped).toEqual({ nodes: 1, ties: 1 });
  });

  it("counts an undirected tie once per unordered pair, in both cells between groups", () => {
    const m = mixingMatrix(careNetwork(), { directed: false });
    expect(m.ties.region).toEqual({ "general-practice": 0, municipality: 1, region: 1 });
    expect(m.ties.municipality).toEqual({ "general-practice": 1, municipality: 0, region: 1 });
    expect(m.possible.region!.region).toBe(1);
    // unweighted: weights count the underlying ties, so the parallel handoffs weigh 2
    expect(m.weights.region!.municipality).toBe(2);
    const handoffs = mixingMatrix(careNetwork(), { kinds: ["handoff"], group: (_n, a) => a.sector });
    expect(handoffs.ties.region!.municipality).toBe(1);
    expect(handoffs.ties.region!.region).toBe(0);
  });

  for (const [name, graphName, directed, group] of [
    ["karate-club", "karate", undefined, "club"],
    ["sectors-directed-sector", "sectors-directed", undefined, "sector"],
    ["sectors-undirected-sector", "sectors-directed", false, "sector"],
  ] as const) {
    it(`matches the Python reference on ${name}`, () => {
      const expected = fixture.mixing[name]!;
      const m = mixingMatrix(loadFixtureGraph(graphName), { group, weight: "weight", directed });
      expect(m.groups).toEqual(expected.groups);
      expect(m.sizes).toEqual(expected.sizes);
      expect(m.ties).toEqual(expected.ties);
      expect(m.weights).toEqual(expected.weights);
      expect(m.possible).toEqual(expected.possible);
      expect(m.density).toEqual(nan(expected.density));
    });
  }

  it("keeps a group called __proto__ as an ordinary key", () => {
    const g = new MultiDirectedGraph();
    g.addNode("a", { sector: "__proto__" });
    g.addNode("b", { sector: "x" });
    g.addEdge("a", "b", { directed: true });
    const m = mixingMatrix(g);
    expect(Object.keys(m.ties)).toEqual(["__proto__", "x"]);
    const row = Object.getOwnPropertyDescriptor(m.ties, "__proto__")?.value as Record<string, number>;
    expect(Object.entries(row)).toEqual([
      ["__proto__", 0],
      ["x", 1],
    ]);
  });
});
