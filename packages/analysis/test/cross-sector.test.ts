// crossSectorShare. Reference values: fixtures/mixing.json ("crossSectorShare"), plain Python loops
// in fixtures/scripts/mixing.py over sectors-directed with the seeded "cluster" attribute stored
// there (the network file itself has none). The small tvaers graph is worked by hand.
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { type CrossSectorPart, crossSectorShare } from "../src/index.js";
import { loadFixtureGraph } from "./support/load-network.js";

type Part = { [K in keyof CrossSectorPart]: number | null };
const fixture = JSON.parse(readFileSync(new URL("./fixtures/mixing.json", import.meta.url), "utf8")) as {
  attributes: { "sectors-directed": { cluster: Record<string, string> } };
  crossSectorShare: Record<string, { clusters: Record<string, Part>; between: Part }>;
};

const part = (p: Part): CrossSectorPart =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v ?? Number.NaN])) as unknown as CrossSectorPart;

function sectorsWithClusters() {
  const graph = loadFixtureGraph("sectors-directed");
  for (const [node, cluster] of Object.entries(fixture.attributes["sectors-directed"].cluster)) {
    graph.setNodeAttribute(node, "cluster", cluster);
  }
  return graph;
}

describe("crossSectorShare", () => {
  for (const [name, directed] of [
    ["sectors-directed", undefined],
    ["sectors-undirected", false],
  ] as const) {
    it(`matches the Python reference on ${name}`, () => {
      const expected = fixture.crossSectorShare[name]!;
      const r = crossSectorShare(sectorsWithClusters(), { weight: "weight", directed });
      expect(Object.keys(r.clusters)).toEqual(Object.keys(expected.clusters));
      for (const [cluster, p] of Object.entries(expected.clusters))
        expect(r.clusters[cluster]).toEqual(part(p));
      expect(r.between).toEqual(part(expected.between));
      expect(r.overall.ties).toBe(
        Object.values(expected.clusters).reduce((sum, p) => sum + p.ties!, 0) + expected.between.ties!,
      );
      expect(r.unassigned.ties).toBe(0);
      expect(r.excluded).toBe(0);
    });
  }

  it("separates unassigned and excluded ties in a tvaers multigraph (hand-worked)", () => {
    const g = new MultiDirectedGraph();
    g.addNode("h1", { sector: "region", cluster: "vest" });
    g.addNode("m1", { sector: "municipality", cluster: "vest" });
    g.addNode("g1", { sector: "general-practice", cluster: "vest" });
    g.addNode("h2", { sector: "region", cluster: "midt" });
    g.addNode("p", { sector: "citizen" });
    g.addNode("x", { cluster: "vest" });
    g.addEdge("h1", "m1", { kind: "handoff", weight: 2, directed: true });
    g.addEdge("h1", "m1", { kind: "handoff", weight: 3, directed: true });
    g.addEdge("m1", "g1", { kind: "communication", weight: 1, directed: false });
    g.addEdge("h1", "h2", { kind: "collaboration", weight: 4, directed: false });
    g.addEdge("p", "g1", { kind: "communication", weight: 1, directed: false });
    g.addEdge("x", "h1", { kind: "handoff", weight: 1, directed: true });
    const r = crossSectorShare(g, { weight: "weight", directed: false });
    expect(r.clusters.vest).toEqual({
      ties: 2,
      crossTies: 2,
      share: 1,
      weight: 6,
      crossWeight: 6,
      weightShare: 1,
    });
    expect(r.between).toEqual({ ties: 1, crossTies: 0, share: 0, weight: 4, crossWeight: 0, weightShare: 0 });
    expect(r.unassigned.ties).toBe(1);
    expect(r.overall).toMatchObject({ ties: 4, crossTies: 3, weight: 11, crossWeight: 7 });
    expect(r.excluded).toBe(1);
    expect(Object.keys(r.clusters)).toEqual(["vest"]);
    const empty = crossSectorShare(g, { kinds: ["governance"] });
    expect(empty.overall.share).toBeNaN();
    expect(empty.overall.weightShare).toBeNaN();
  });
});
