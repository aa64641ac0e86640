// communities, modularity, normalizedMutualInformation, adjustedRandIndex. Reference values:
// python-igraph (compare_communities, GraphBase.modularity) in fixtures/communities.json, written by
// fixtures/scripts/communities.py for fixed partitions stored there by node id.
import { readFileSync } from "node:fs";
import Graph, { MultiDirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex, communities, modularity, normalizedMutualInformation } from "../src/index.js";
import { loadFixtureGraph } from "./support/load-network.js";

interface ModularityCase {
  partition: string;
  weighted: boolean;
  resolution: number;
  directed: boolean;
  q: number;
}
interface NetworkFixture {
  partitions: Record<string, Record<string, number>>;
  compare?: { a: string; b: string; nmi: number; ari: number }[];
  modularity: ModularityCase[];
  modularityUndirected?: ModularityCase[];
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/communities.json", import.meta.url), "utf8"),
) as Record<"karate" | "florentine" | "sectors-directed", NetworkFixture>;

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe("normalizedMutualInformation and adjustedRandIndex", () => {
  for (const name of ["karate", "florentine"] as const) {
    it(`match igraph.compare_communities on ${name}`, () => {
      const { partitions, compare } = fixture[name];
      for (const { a, b, nmi, ari } of compare!) {
        close(normalizedMutualInformation(partitions[a]!, partitions[b]!), nmi);
        close(adjustedRandIndex(partitions[a]!, partitions[b]!), ari);
        const nodes = Object.keys(partitions[a]!);
        const left = nodes.map((v) => partitions[a]![v]!);
        const right = nodes.map((v) => `c${partitions[b]![v]}`);
        close(normalizedMutualInformation(left, right), nmi);
        close(adjustedRandIndex(right, left), ari);
      }
    });
  }

  it("handle identical, trivial and tiny partitions", () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], ["b", "b", "a", "a"])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], ["b", "b", "a", "a"])).toBe(1);
    expect(normalizedMutualInformation([0, 0, 0], [1, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 0, 0], [1, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 1, 0])).toBe(1);
    expect(normalizedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    // by hand: Σ C(n_ij,2) = 1, Σ C(a_i,2) = 2, Σ C(b_j,2) = 1, E = 2·1/6 → (1 − 1/3) / (1.5 − 1/3)
    close(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]), 4 / 7);
    expect(normalizedMutualInformation([], [])).toBeNaN();
    expect(adjustedRandIndex([1], [1])).toBeNaN();
  });

  it("reject partitions of different items", () => {
    expect(() => normalizedMutualInformation([0, 1], [0])).toThrow(RangeError);
    expect(() => adjustedRandIndex({ a: 0, b: 1 }, { a: 0, c: 1 })).toThrow(/node b/);
    expect(() => adjustedRandIndex({ a: 0 }, [0])).toThrow(TypeError);
  });
});

describe("modularity", () => {
  for (const name of ["karate", "florentine", "sectors-directed"] as const) {
    it(`matches igraph's modularity on ${name}`, () => {
      const graph = loadFixtureGraph(name);
      const { partitions, modularity: cases, modularityUndirected = [] } = fixture[name];
      for (const c of [...cases, ...modularityUndirected]) {
        const options = {
          weight: c.weighted ? "weight" : null,
          resolution: c.resolution,
          directed: c.directed,
        };
        close(modularity(graph, partitions[c.partition]!, options), c.q);
      }
    });
  }

  it("reads a partition from a node attribute or getter; unlabelled nodes stand alone", () => {
    const graph = loadFixtureGraph("karate");
    const club = fixture.karate.modularity.find((c) => c.partition === "club" && !c.weighted)!.q;
    close(modularity(graph, "club"), club);
    close(
      modularity(graph, (_node, attributes) => attributes.club as string),
      club,
    );
    const labels = fixture.karate.partitions.club!;
    const { "0": _dropped, ...withoutZero } = labels;
    const alone = { ...withoutZero, "0": 99 };
    close(modularity(graph, withoutZero), modularity(graph, alone));
    expect(modularity(new Graph(), {})).toBeNaN();
  });
});

describe("communities", () => {
  it("finds Louvain communities on karate, with their modularity and comparison with the clubs", () => {
    const graph = loadFixtureGraph("karate");
    const r = communities(graph, { compare: ["club", "cluster"] });
    expect(Object.keys(r.assignment)).toEqual(graph.nodes());
    expect(new Set(Object.values(r.assignment)).size).toBe(r.count);
    expect(r.assignment["0"]).toBe(0);
    close(r.modularity, modularity(graph, r.assignment));
    // Louvain on karate finds Q ≈ 0.42 (the best known partition has 0.4198)
    expect(r.modularity).toBeGreaterThan(0.4);
    expect(r.modularity).toBeLessThanOrEqual(0.4198 + 1e-4);
    const clubs = fixture.karate.partitions.club!;
    close(r.comparisons.club!.nmi, normalizedMutualInformation(r.assignment, clubs));
    close(r.comparisons.club!.ari, adjustedRandIndex(r.assignment, clubs));
    close(r.comparisons.club!.formalModularity, fixture.karate.modularity[0]!.q);
    expect(r.comparisons.club).toMatchObject({ groups: 2, nodes: 34 });
    expect(r.comparisons.cluster).toEqual({
      nmi: Number.NaN,
      ari: Number.NaN,
      formalModularity: Number.NaN,
      groups: 0,
      nodes: 0,
    });
  });

  it("agrees with graphology-communities-louvain's own modularity", () => {
    const graph = loadFixtureGraph("karate");
    const r = communities(graph, { weight: "weight", seed: 3 });
    const own = louvain.detailed(graph, { getEdgeWeight: "weight", rng: () => 0.5 });
    close(modularity(graph, own.communities, { weight: "weight" }), own.modularity);
    close(r.modularity, modularity(graph, r.assignment, { weight: "weight", directed: false }));
  });

  it("gives the same result for the same seed", () => {
    const graph = loadFixtureGraph("sectors-directed");
    const a = communities(graph, { seed: 7, weight: "weight", compare: ["sector"] });
    expect(communities(graph, { seed: 7, weight: "weight", compare: ["sector"] })).toEqual(a);
    const seeds = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        JSON.stringify(communities(graph, { seed, weight: "weight" }).assignment),
      ),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });

  it("recovers planted clusters in a tvaers multigraph with mixed ties", () => {
    const g = new MultiDirectedGraph();
    const clusters = ["vest", "midt", "syd"];
    for (const cluster of clusters) {
      for (let i = 0; i < 5; i++) g.addNode(`${cluster}${i}`, { sector: `s${i % 2}`, cluster });
      for (let i = 0; i < 5; i++) {
        for (let j = i + 1; j < 5; j++) {
          g.addEdge(`${cluster}${i}`, `${cluster}${j}`, {
            kind: "communication",
            weight: 1,
            directed: i % 2 === 0,
          });
        }
      }
    }
    g.addEdge("vest0", "midt0", { kind: "handoff", weight: 1, directed: true });
    g.addEdge("midt1", "syd1", { kind: "handoff", weight: 1, directed: true });
    const r = communities(g);
    expect(r.count).toBe(3);
    expect(r.comparisons.cluster).toMatchObject({ nmi: 1, ari: 1, groups: 3, nodes: 15 });
    close(r.comparisons.cluster!.formalModularity, r.modularity);
    expect(r.comparisons.organisation!.nodes).toBe(0);
  });

  it("puts every node of a graph without ties in its own community", () => {
    const g = new Graph();
    g.addNode("a");
    g.addNode("b");
    const r = communities(g);
    expect(r.assignment).toEqual({ a: 0, b: 1 });
    expect(r.count).toBe(2);
    expect(r.modularity).toBeNaN();
  });
});
