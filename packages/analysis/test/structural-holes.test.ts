// constraint, localConstraint, effectiveSize, efficiency, hierarchy. Reference values:
// fixtures/structural-holes.json, written by fixtures/scripts/structural_holes.py with networkx 3.6.1
// (constraint, effective_size and local_constraint by Burt's per-node formulas; efficiency = effective
// size / contacts). networkx has no hierarchy: those values come from our own Python implementation of
// Burt's formula on networkx's local constraints, which the script checks against the ego network
// worked by hand below. The other small graphs here are worked by hand too.
import { readFileSync } from "node:fs";
import Graph, { DirectedGraph, MultiDirectedGraph, UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { constraint, effectiveSize, efficiency, hierarchy, localConstraint } from "../src/index.js";
import { loadFixtureGraph } from "./support/load-network.js";

type Values = Record<string, number | "NaN">;
interface Case {
  name: string;
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  edges: [string, string, number][];
  constraint: Values;
  effectiveSize: Values;
  efficiency: Values;
  hierarchy: Values;
  localConstraint: Record<string, Record<string, number>>;
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/structural-holes.json", import.meta.url), "utf8"),
) as { source: string; cases: Case[] };

const close = (actual: number, expected: number) =>
  (Number.isNaN(actual) && Number.isNaN(expected)) ||
  Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-15;

function mismatches(measure: string, actual: Record<string, number>, expected: Values): string[] {
  return Object.entries(expected).flatMap(([node, value]) => {
    const e = value === "NaN" ? Number.NaN : value;
    return close(actual[node]!, e) ? [] : [`${measure}(${node}): ${actual[node]} ≠ ${e}`];
  });
}

function graphOf(c: Case): Graph {
  const g = new Graph({ type: c.directed ? "directed" : "undirected" });
  for (const node of c.nodes) g.addNode(node);
  for (const [u, v, w] of c.edges) g.addEdge(u, v, { weight: w });
  return g;
}

describe("structural holes against networkx", () => {
  it("names its source and its cases", () => {
    expect(fixture.source).toBe("networkx 3.6.1, structural_holes.py");
    expect(fixture.cases.map((c) => c.name)).toEqual([
      "florentine",
      "florentine-weighted",
      "karate",
      "karate-weighted",
      "kite",
      "kite-weighted",
      "sectors-directed",
      "sectors-directed-weighted",
    ]);
  });

  for (const c of fixture.cases) {
    it(`${c.name}: constraint, effective size, efficiency, hierarchy, local constraint`, () => {
      const g = graphOf(c);
      const options = { weight: c.weighted ? "weight" : null };
      const bad = [
        ...mismatches("constraint", constraint(g, options), c.constraint),
        ...mismatches("effectiveSize", effectiveSize(g, options), c.effectiveSize),
        ...mismatches("efficiency", efficiency(g, options), c.efficiency),
        ...mismatches("hierarchy", hierarchy(g, options), c.hierarchy),
      ];
      const local = localConstraint(g, options);
      for (const [node, row] of Object.entries(c.localConstraint)) {
        expect(Object.keys(local[node]!).sort()).toEqual(Object.keys(row).sort());
        bad.push(...mismatches(`localConstraint(${node}, ·)`, local[node]!, row));
      }
      expect(bad).toEqual([]);
    });
  }

  it("reads the standard networks as stored (unweighted by default, also karate's weighted file)", () => {
    for (const name of ["florentine", "karate", "kite", "sectors-directed"]) {
      const c = fixture.cases.find((x) => x.name === name)!;
      const g = loadFixtureGraph(name);
      expect(mismatches("constraint", constraint(g), c.constraint)).toEqual([]);
      expect(mismatches("effectiveSize", effectiveSize(g), c.effectiveSize)).toEqual([]);
    }
  });

  it("gives a node with only incoming ties its contacts (networkx's per-node path says NaN)", () => {
    const c = fixture.cases.find((x) => x.name === "sectors-directed")!;
    expect(c.edges.some(([u]) => u === "a31")).toBe(false);
    expect(constraint(graphOf(c)).a31).toBe(1);
    expect(effectiveSize(graphOf(c)).a31).toBe(1);
  });
});

describe("structural holes worked by hand", () => {
  it("ego e with contacts x, y, z and a tie x–y", () => {
    const g = new UndirectedGraph();
    for (const [u, v] of [
      ["e", "x"],
      ["e", "y"],
      ["e", "z"],
      ["x", "y"],
    ] as const)
      g.mergeEdge(u, v);
    // p = 1/3 from e; ℓ(e, x) = ℓ(e, y) = (1/3 + 1/3 · 1/2)² = 1/4; ℓ(e, z) = (1/3)² = 1/9.
    const local = localConstraint(g).e!;
    expect(local.x).toBeCloseTo(1 / 4, 15);
    expect(local.y).toBeCloseTo(1 / 4, 15);
    expect(local.z).toBeCloseTo(1 / 9, 15);
    expect(constraint(g).e).toBeCloseTo(11 / 18, 15);
    // Borgatti: n − 2t/n = 3 − 2/3; efficiency (7/3)/3.
    expect(effectiveSize(g).e).toBeCloseTo(7 / 3, 15);
    expect(efficiency(g).e).toBeCloseTo(7 / 9, 15);
    // Hierarchy: C/N = 11/54, r = 27/22, 27/22, 6/11; Σ r ln r / (3 ln 3).
    const h = (2 * (27 / 22) * Math.log(27 / 22) + (6 / 11) * Math.log(6 / 11)) / (3 * Math.log(3));
    expect(hierarchy(g).e).toBeCloseTo(h, 15);
    expect(h).toBeCloseTo(0.0522, 4);
  });

  it("3-node star: the centre has no redundancy, a leaf one contact", () => {
    const g = new UndirectedGraph();
    g.mergeEdge("c", "l1");
    g.mergeEdge("c", "l2");
    expect(constraint(g)).toEqual({ c: 0.5, l1: 1, l2: 1 });
    expect(effectiveSize(g)).toEqual({ c: 2, l1: 1, l2: 1 });
    expect(efficiency(g)).toEqual({ c: 1, l1: 1, l2: 1 });
    // Equal constraint from both contacts → 0; one contact → 1 (Burt's STRUCTURE convention).
    expect(hierarchy(g)).toEqual({ c: 0, l1: 1, l2: 1 });
  });

  it("weighted, directed: mutual weights and the strongest relation", () => {
    // i → j (3), j → i (1), i → k (2), k → j (4). z_ij = 4, z_ik = 2, z_jk = 4.
    const g = new DirectedGraph();
    g.mergeEdge("i", "j", { weight: 3 });
    g.mergeEdge("j", "i", { weight: 1 });
    g.mergeEdge("i", "k", { weight: 2 });
    g.mergeEdge("k", "j", { weight: 4 });
    const options = { weight: "weight" };
    // p_ij = 2/3, p_ik = 1/3, p_kj = 4/6 = 2/3, p_jk = 1/2.
    // ℓ(i, j) = (2/3 + 1/3 · 2/3)² = (8/9)²; ℓ(i, k) = (1/3 + 2/3 · 1/2)² = (2/3)².
    expect(constraint(g, options).i).toBeCloseTo(64 / 81 + 4 / 9, 15);
    // m_jk = 4/4 = 1, m_kj = 4/4 = 1: e(i) = (1 − p_ik m_jk) + (1 − p_ij m_kj) = 2/3 + 1/3 = 1.
    expect(effectiveSize(g, options).i).toBeCloseTo(1, 15);
  });

  it("isolates and nodes with only self-loops or weight-0 ties → NaN", () => {
    const g = new MultiDirectedGraph({ allowSelfLoops: true });
    g.addNode("alone");
    g.mergeEdge("loop", "loop");
    g.mergeEdge("zero", "other", { weight: 0 });
    g.mergeEdge("p", "q");
    for (const measure of [constraint, effectiveSize, efficiency, hierarchy]) {
      const result = measure(g, { weight: "weight" });
      expect([result.alone, result.loop, result.zero, result.other]).toEqual([
        Number.NaN,
        Number.NaN,
        Number.NaN,
        Number.NaN,
      ]);
      expect(result.p).toBe(1);
    }
    expect(localConstraint(g).alone).toEqual({});
  });
});

describe("structural holes on any graphology graph", () => {
  const kite = fixture.cases.find((x) => x.name === "kite-weighted")!;
  const options = { weight: "weight" };

  it("an undirected tie in a tvaers graph is a reciprocated pair; parallel ties add up", () => {
    const tvaers = new MultiDirectedGraph();
    const pairs = new DirectedGraph();
    for (const node of kite.nodes) {
      tvaers.addNode(node, { sector: "region" });
      pairs.addNode(node);
    }
    kite.edges.forEach(([u, v, w], i) => {
      if (i % 2 === 0) tvaers.addEdge(u, v, { kind: "communication", weight: w, directed: false });
      else {
        tvaers.addEdge(u, v, { kind: "handoff", weight: w - 0.5, directed: true });
        tvaers.addEdge(u, v, { kind: "handoff", weight: 0.5, directed: true });
        tvaers.addEdge(v, u, { kind: "handoff", weight: w, directed: true });
      }
      pairs.addEdge(u, v, { weight: w });
      pairs.addEdge(v, u, { weight: w });
    });
    const undirected = graphOf(kite);
    for (const measure of [constraint, effectiveSize, efficiency, hierarchy]) {
      const expected = measure(undirected, options);
      expect(mismatches(measure.name, measure(tvaers, options), expected as Values)).toEqual([]);
      expect(mismatches(measure.name, measure(pairs, options), expected as Values)).toEqual([]);
    }
  });

  it("keeps only the tie kinds asked for", () => {
    const g = new MultiDirectedGraph();
    for (const [u, v, w] of kite.edges)
      g.mergeEdge(u, v, { kind: "communication", weight: w, directed: false });
    g.addEdge("0", "9", { kind: "governance", weight: 5, directed: true });
    const only = constraint(g, { ...options, kinds: ["communication"] });
    expect(mismatches("constraint", only, kite.constraint)).toEqual([]);
    expect(constraint(g, options)["9"]).not.toBeCloseTo(only["9"]!, 6);
  });

  it("uses Borgatti's formula whenever every tie has the same mutual weight", () => {
    const c = fixture.cases.find((x) => x.name === "karate")!;
    const g = new DirectedGraph();
    for (const node of c.nodes) g.addNode(node);
    for (const [u, v] of c.edges) {
      g.addEdge(u, v, { weight: 7 });
      g.addEdge(v, u, { weight: 7 });
    }
    expect(mismatches("effectiveSize", effectiveSize(g, options), c.effectiveSize)).toEqual([]);
  });
});
