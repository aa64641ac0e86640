// brokerage and brokerageVolume. Reference values: fixtures/brokerage.json, written by
// fixtures/scripts/brokerage.R with R sna 2.7-1 (sna::brokerage: raw, expected, sd and z per node and
// for the graph), sna's columns renamed w_I → coordinator, w_O → itinerant, b_IO → representative,
// b_OI → gatekeeper, b_O → liaison, t → total — the mapping of sna's C code, checked in the script on
// a three-node path. The small graphs below are worked by hand.
import { readFileSync } from "node:fs";
import Graph, { DirectedGraph, MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { type BrokerageRoles, type BrokerageScores, brokerage, brokerageVolume } from "../src/index.js";
import { loadFixtureGraph } from "./support/load-network.js";

type Stored = Record<keyof BrokerageRoles, number | string>;
interface StoredScores {
  raw: Stored;
  expected: Stored;
  sd: Stored;
  z: Stored;
}
interface Case {
  name: string;
  nodes: string[];
  groups: string[];
  edges: [string, string][];
  density: number;
  scores: Record<string, StoredScores>;
  graph: StoredScores;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/brokerage.json", import.meta.url), "utf8")) as {
  source: string;
  graphs: Case[];
};

const ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"] as const;
const PARTS = ["raw", "expected", "sd", "z"] as const;

/** R writes non-finite numbers as "NaN", "Inf", "-Inf"; it prints 15 significant digits. */
const number = (x: number | string) => (typeof x === "number" ? x : Number(x.replace("Inf", "Infinity")));
const close = (actual: number, expected: number) =>
  Object.is(actual, expected) ||
  (Number.isNaN(actual) && Number.isNaN(expected)) ||
  Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-12;

function mismatches(label: string, actual: BrokerageScores, expected: StoredScores): string[] {
  const out: string[] = [];
  for (const part of PARTS) {
    for (const role of ROLES) {
      const a = actual[part][role];
      const e = number(expected[part][role]);
      if (!close(a, e)) out.push(`${label} ${part}.${role}: ${a} ≠ ${e}`);
    }
  }
  return out;
}

function graphOf(c: Case): DirectedGraph {
  const g = new DirectedGraph();
  c.nodes.forEach((id, i) => {
    g.addNode(id, { sector: c.groups[i] });
  });
  for (const [u, v] of c.edges) g.addEdge(u, v);
  return g;
}

/** Brokered pairs per role of one node, as a compact array in role order. */
const raw = (s: BrokerageScores) => ROLES.map((r) => s.raw[r]);

describe("brokerage against R sna::brokerage", () => {
  it("names its source", () => {
    expect(fixture.source).toMatch(/^R sna 2\.7\.1/);
    expect(fixture.graphs.map((c) => c.name)).toEqual([
      "sectors-directed",
      "referrals",
      "bernoulli-25",
      "own-groups-14",
      "karate-undirected",
    ]);
  });

  for (const c of fixture.graphs) {
    it(`${c.name}: raw, expected, sd and z per node and for the graph`, () => {
      const result = brokerage(graphOf(c));
      expect(result.density).toBeCloseTo(c.density, 12);
      const bad = c.nodes.flatMap((node) => mismatches(node, result.nodes[node]!, c.scores[node]!));
      bad.push(...mismatches("graph", result.graph, c.graph));
      expect(bad).toEqual([]);
      expect(Object.keys(result.nodes)).toEqual(c.nodes);
    });
  }

  it("treats an undirected graph as ties both ways (karate, groups = club)", () => {
    const c = fixture.graphs.find((x) => x.name === "karate-undirected")!;
    const result = brokerage(loadFixtureGraph("karate"), { group: "club" });
    expect(mismatches("graph", result.graph, c.graph)).toEqual([]);
    expect(c.nodes.flatMap((node) => mismatches(node, result.nodes[node]!, c.scores[node]!))).toEqual([]);
  });
});

describe("brokerage roles, worked by hand", () => {
  /** a → v → b with the given groups; returns v's raw counts. */
  const path = (a: string, v: string, b: string) => {
    const g = new DirectedGraph();
    g.addNode("a", { sector: a });
    g.addNode("v", { sector: v });
    g.addNode("b", { sector: b });
    g.addEdge("a", "v");
    g.addEdge("v", "b");
    return raw(brokerage(g).nodes.v!);
  };

  it("assigns each two-path to exactly one role by the groups of source, broker and target", () => {
    expect(path("H", "H", "H")).toEqual([1, 0, 0, 0, 0, 1]); // coordinator
    expect(path("H", "M", "H")).toEqual([0, 1, 0, 0, 0, 1]); // itinerant
    expect(path("H", "H", "M")).toEqual([0, 0, 1, 0, 0, 1]); // representative: v shares a's group
    expect(path("H", "M", "M")).toEqual([0, 0, 0, 1, 0, 1]); // gatekeeper: v shares b's group
    expect(path("H", "M", "G")).toEqual([0, 0, 0, 0, 1, 1]); // liaison
  });

  it("does not count a pair that has a direct tie, or a return to the source", () => {
    const g = new DirectedGraph();
    for (const n of ["a", "v", "b"]) g.addNode(n, { sector: "H" });
    g.addEdge("a", "v");
    g.addEdge("v", "b");
    g.addEdge("v", "a");
    g.addEdge("a", "b");
    // v: (a, b) is closed by a → b; (a, a) is not a pair. b has no out-ties.
    expect(brokerage(g).nodes.v!.raw.total).toBe(0);
  });

  it("computes the null model of a small graph (d = 2/6, π = d²(1 − d) = 2/27)", () => {
    const g = new DirectedGraph();
    for (const n of ["a", "v", "b"]) g.addNode(n, { sector: "H" });
    g.addEdge("a", "v");
    g.addEdge("v", "b");
    const result = brokerage(g);
    expect(result.density).toBeCloseTo(1 / 3, 15);
    // One group of 3: coordinator E = π(n − 1)(n − 2) = 4/27, Var = E(1 − π) + 0 = (4/27)(25/27).
    expect(result.nodes.v!.expected.coordinator).toBeCloseTo(4 / 27, 15);
    expect(result.nodes.v!.sd.coordinator).toBeCloseTo(Math.sqrt((4 / 27) * (25 / 27)), 15);
    // Whole graph: E = π·3·2·1 = 12/27; Var adds Σ n(n − 1)(n − 2)[(4n − 10)A − 4(n − 3)B + (n − 3)C] = 6·2A.
    const d = 1 / 3;
    const A = d ** 3 * (1 - d) ** 3;
    expect(result.graph.expected.coordinator).toBeCloseTo(12 / 27, 15);
    expect(result.graph.sd.coordinator).toBeCloseTo(Math.sqrt((12 / 27) * (25 / 27) + 12 * A), 15);
    // No other group: itinerant E = 0 and Var = 0, so z = 0/0.
    expect(result.nodes.v!.z.itinerant).toBeNaN();
  });
});

describe("brokerage on any graphology graph", () => {
  const sectors = () => loadFixtureGraph("sectors-directed");
  const reference = brokerage(sectors());

  it("merges parallel ties and reads a tvaers graph (undirected ties count both ways)", () => {
    const g = new MultiDirectedGraph();
    const simple = sectors();
    simple.forEachNode((node, attributes) => {
      g.addNode(node, attributes);
    });
    simple.forEachEdge((_e, attributes, u, v) => {
      if (simple.hasEdge(v, u)) {
        // A reciprocated pair becomes one undirected tie.
        if (u < v) g.addEdge(u, v, { kind: "communication", weight: 1, directed: false });
        return;
      }
      g.addEdge(u, v, { kind: "handoff", weight: attributes.weight, directed: true });
      g.addEdge(u, v, { kind: "handoff", weight: 1, directed: true });
    });
    expect(brokerage(g)).toEqual(reference);
  });

  it("keeps only the tie kinds asked for", () => {
    const g = sectors().copy();
    g.addEdge("a39", "a00", { kind: "governance" });
    g.forEachEdge((edge) => {
      if (g.getEdgeAttribute(edge, "kind") === undefined) g.setEdgeAttribute(edge, "kind", "handoff");
    });
    expect(brokerage(g, { kinds: ["handoff"] })).toEqual(reference);
    expect(brokerage(g).density).not.toBe(reference.density);
  });

  it("reads groups through a getter", () => {
    const result = brokerage(sectors(), { group: (_node, attributes) => `s:${attributes.sector}` });
    expect(result.nodes).toEqual(reference.nodes);
    expect(Object.keys(result.groups).every((name) => name.startsWith("s:"))).toBe(true);
  });

  it("leaves out actors without a group, with their ties", () => {
    const g = sectors();
    g.removeNodeAttribute("a05", "sector");
    const without = sectors();
    without.dropNode("a05");
    const result = brokerage(g);
    expect(Object.values(result.nodes.a05!.raw).every(Number.isNaN)).toBe(true);
    const expected = brokerage(without);
    expect(result.graph).toEqual(expected.graph);
    expect(result.density).toBe(expected.density);
    for (const node of without.nodes()) expect(result.nodes[node]).toEqual(expected.nodes[node]);
  });

  it("returns NaN expectations for a graph with fewer than two actors", () => {
    const g = new Graph();
    g.addNode("only", { sector: "region" });
    const result = brokerage(g);
    expect(result.nodes.only!.raw.total).toBe(0);
    expect(result.graph.expected.total).toBeNaN();
  });
});

describe("brokerageVolume (tvaers extension)", () => {
  it("splits the patients reaching a broker over its onward handoffs (worked by hand)", () => {
    const g = new MultiDirectedGraph();
    g.addNode("a", { sector: "municipality" });
    g.addNode("c", { sector: "municipality" });
    g.addNode("v", { sector: "region" });
    g.addNode("b", { sector: "general-practice" });
    g.addNode("x", {});
    g.addEdge("a", "v", { kind: "handoff", weight: 10 });
    g.addEdge("c", "v", { kind: "handoff", weight: 5 });
    g.addEdge("v", "b", { kind: "handoff", weight: 6 });
    g.addEdge("v", "c", { kind: "handoff", weight: 2 });
    g.addEdge("c", "b", { kind: "handoff", weight: 1 });
    g.addEdge("v", "x", { kind: "handoff", weight: 100 }); // x has no sector: left out
    const { nodes, graph } = brokerageVolume(g);
    // s(v) = 6 + 2 = 8. (a, b): 10·6/8 = 7.5, liaison. (a, c): 10·2/8 = 2.5, itinerant.
    // (c, b) is closed by c → b; (c, c) is no pair.
    expect(nodes.v).toEqual({
      coordinator: 0,
      itinerant: 2.5,
      representative: 0,
      gatekeeper: 0,
      liaison: 7.5,
      total: 10,
    });
    expect(nodes.c!.total).toBe(0);
    expect(nodes.x!.total).toBeNaN();
    expect(graph.total).toBe(10);
  });

  it("with every weight 1, is each actor's brokered pairs over its out-degree", () => {
    const g = loadFixtureGraph("sectors-directed");
    const counts = brokerage(g);
    const volumes = brokerageVolume(g, { weight: null });
    for (const node of g.nodes()) {
      const out = g.outDegree(node);
      for (const role of ROLES) {
        expect(volumes.nodes[node]![role] * out).toBeCloseTo(counts.nodes[node]!.raw[role], 9);
      }
    }
  });

  it("never exceeds what an actor receives", () => {
    const g = loadFixtureGraph("sectors-directed");
    const { nodes } = brokerageVolume(g);
    for (const node of g.nodes()) {
      const inflow = g.reduceInEdges(node, (sum, _e, attributes) => sum + (attributes.weight as number), 0);
      expect(nodes[node]!.total).toBeLessThanOrEqual(inflow + 1e-9);
    }
  });
});
