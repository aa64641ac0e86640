import Graph, { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildAdjacency } from "../src/index.js";

const row = (a: ReturnType<typeof buildAdjacency>, v: string) => {
  const i = a.index.get(v)!;
  const out: [string, number][] = [];
  for (let k = a.outOffsets[i]!; k < a.outOffsets[i + 1]!; k++)
    out.push([a.nodes[a.outTargets[k]!]!, a.outWeights[k]!]);
  return out;
};

describe("buildAdjacency", () => {
  it("merges parallel ties, counts undirected ties both ways, drops self-loops, filters kinds", () => {
    const g = new MultiDirectedGraph({ allowSelfLoops: true });
    for (const n of ["a", "b", "c"]) g.addNode(n);
    g.addEdge("a", "b", { kind: "handoff", weight: 2, directed: true });
    g.addEdge("a", "b", { kind: "handoff", weight: 3, directed: true });
    g.addEdge("b", "c", { kind: "communication", weight: 1, directed: false });
    g.addEdge("c", "c", { kind: "handoff", weight: 9, directed: true });
    const a = buildAdjacency(g, { weight: "weight" });
    expect(a.directed).toBe(true);
    expect(row(a, "a")).toEqual([["b", 5]]);
    expect(row(a, "b")).toEqual([["c", 1]]);
    expect(row(a, "c")).toEqual([["b", 1]]);
    const handoffs = buildAdjacency(g, { weight: "weight", kinds: ["handoff"] });
    expect(row(handoffs, "b")).toEqual([]);
    const comm = buildAdjacency(g, { kinds: ["communication"] });
    expect(comm.directed).toBe(false);
  });

  it("symmetrises an undirected graph and fills in-arcs", () => {
    const g = new Graph({ type: "undirected" });
    g.mergeEdge("x", "y");
    g.mergeEdge("y", "z");
    const a = buildAdjacency(g);
    expect(a.directed).toBe(false);
    expect(row(a, "y")).toEqual([
      ["x", 1],
      ["z", 1],
    ]);
    const y = a.index.get("y")!;
    expect([...a.inSources.subarray(a.inOffsets[y]!, a.inOffsets[y + 1]!)].map((i) => a.nodes[i])).toEqual([
      "x",
      "z",
    ]);
  });

  it("rejects negative weights with the edge named", () => {
    const g = new Graph();
    g.mergeEdgeWithKey("e1", "a", "b", { weight: -1 });
    expect(() => buildAdjacency(g, { weight: "weight" })).toThrow(/edge e1: weight must be/);
  });
});
