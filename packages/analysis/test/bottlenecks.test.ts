import { readFileSync } from "node:fs";
import Graph, { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { bottlenecks, mulberry32 } from "../src/index.js";

// Expected values: test/fixtures/bottlenecks.json (networkx 3.6.1, scripts/bottlenecks.py):
// articulation points and bridges from networkx on the undirected view; the between-group path share
// and the removal loss from our own brute-force Python reference (all shortest paths enumerated with
// networkx; each node removed in turn and reachability searched again), as the script says.

type Values = Record<string, number | "NaN">;
interface Case {
  name: string;
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  groups: Record<string, string | null>;
  edges: [string, string, number][];
  articulationPoints: string[];
  bridges: [string, string][];
  betweenGroupShare: Values;
  removalLoss: Values;
  removalLossShare: Values;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/bottlenecks.json", import.meta.url), "utf8")) as {
  source: string;
  cases: Case[];
};

function expectValues(actual: Record<string, number>, expected: Values, tolerance: number) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, want] of Object.entries(expected)) {
    const got = actual[node]!;
    if (want === "NaN") {
      if (!Number.isNaN(got)) expect.fail(`${node}: got ${got}, expected NaN`);
    } else if (!(Math.abs(got - want) <= tolerance)) {
      expect.fail(`${node}: got ${got}, expected ${want}`);
    }
  }
}

describe("bottlenecks against networkx and a brute-force reference", () => {
  expect(fixture.source).toMatch(/^networkx /);
  for (const c of fixture.cases) {
    it(c.name, () => {
      const graph = new Graph({ type: c.directed ? "directed" : "undirected" });
      for (const node of c.nodes) graph.addNode(node, { team: c.groups[node] ?? undefined });
      for (const [u, v, weight] of c.edges) graph.addEdge(u, v, { weight });
      const result = bottlenecks(graph, {
        group: "team",
        ...(c.weighted && { weight: "weight", weightMeans: "distance" as const }),
      });
      expect(result.directed).toBe(c.directed);
      expect(result.pathLength).toBe(c.weighted ? "weight" : "hops");
      expect(result.articulationPoints).toEqual(c.articulationPoints);
      expect(result.bridges).toEqual(c.bridges);
      const crossing = c.bridges.filter(([u, v]) => c.groups[u] !== c.groups[v]);
      expect(result.betweenGroupBridges).toEqual(crossing);
      expectValues(result.betweenGroupShare, c.betweenGroupShare, 1e-12);
      expectValues(result.removalLoss, c.removalLoss, 0);
      expectValues(result.removalLossShare, c.removalLossShare, 1e-12);
    });
  }
});

describe("bottlenecks by hand", () => {
  const line = (sectors: string[]) => {
    const g = new Graph({ type: "undirected" });
    ["a", "b", "c"].forEach((id, i) => {
      g.addNode(id, { sector: sectors[i] });
    });
    g.addEdge("a", "b");
    g.addEdge("b", "c");
    return g;
  };

  it("a path a–b–c in three sectors: b carries every between-sector path", () => {
    const r = bottlenecks(line(["region", "municipality", "general-practice"]));
    expect(r.articulationPoints).toEqual(["b"]);
    expect(r.bridges).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
    expect(r.betweenGroupBridges).toEqual(r.bridges);
    // Pairs of others: for b, (a, c) and (c, a), both through b and both lost without it.
    expect(r.betweenGroupShare).toEqual({ a: 0, b: 1, c: 0 });
    expect(r.removalLoss).toEqual({ a: 0, b: 2, c: 0 });
    expect(r.removalLossShare).toEqual({ a: 0, b: 1, c: 0 });
  });

  it("a path whose ends share a sector: nothing between sectors runs through b", () => {
    const r = bottlenecks(line(["region", "municipality", "region"]));
    expect(r.articulationPoints).toEqual(["b"]);
    expect(r.betweenGroupBridges).toEqual(r.bridges);
    expect(r.betweenGroupShare.b).toBeNaN();
    expect(r.removalLoss.b).toBe(0);
    expect(r.removalLossShare.b).toBeNaN();
    // For a: the pairs of others in different sectors are (b, c) and (c, b), neither through a.
    expect(r.betweenGroupShare.a).toBe(0);
  });

  it("an actor without a sector can carry paths but is no end of one", () => {
    const r = bottlenecks(line(["region", "", "municipality"]), {
      group: (_node, attributes) => (attributes.sector === "" ? undefined : attributes.sector),
    });
    expect(r.betweenGroupShare).toEqual({ a: Number.NaN, b: 1, c: Number.NaN });
    expect(r.removalLoss).toEqual({ a: 0, b: 2, c: 0 });
    expect(r.betweenGroupBridges).toEqual([]);
  });

  it("a tvaers network: the consultant leaves", () => {
    // ward → consultant → job centre (handoffs), GP → job centre (handoff), ward – consultant twice.
    const g = new MultiDirectedGraph();
    g.addNode("ward", { sector: "region" });
    g.addNode("consultant", { sector: "region" });
    g.addNode("job", { sector: "municipality" });
    g.addNode("gp", { sector: "general-practice" });
    g.addEdge("ward", "consultant", { kind: "handoff", weight: 3, directed: true });
    g.addEdge("ward", "consultant", { kind: "communication", weight: 1, directed: false });
    g.addEdge("consultant", "job", { kind: "handoff", weight: 2, directed: true });
    g.addEdge("gp", "job", { kind: "handoff", weight: 1, directed: true });
    const r = bottlenecks(g, { kinds: ["handoff"] });
    expect(r.directed).toBe(true);
    // Between-sector pairs reachable: (ward, job), (consultant, job), (gp, job). Without the
    // consultant, (ward, job) is lost: 1 of the 2 pairs of others. Every pair involves the job centre,
    // so for it there is no pair of others to share or lose (NaN).
    expect(r.removalLoss).toEqual({ ward: 0, consultant: 1, job: 0, gp: 0 });
    expect(r.removalLossShare).toEqual({ ward: 0, consultant: 0.5, job: Number.NaN, gp: 0 });
    expect(r.betweenGroupShare).toEqual({ ward: 0, consultant: 0.5, job: Number.NaN, gp: 0 });
    expect(r.articulationPoints).toEqual(["consultant", "job"]);
    expect(r.bridges).toEqual([
      ["ward", "consultant"],
      ["consultant", "job"],
      ["job", "gp"],
    ]);
    expect(r.betweenGroupBridges).toEqual([
      ["consultant", "job"],
      ["job", "gp"],
    ]);
    // With the communication tie the consultant's link to the ward is two ties, still one bridge.
    expect(bottlenecks(g).bridges).toContainEqual(["ward", "consultant"]);
  });

  it("removal loss equals removing each node and searching again (seeded random directed graphs)", () => {
    const random = mulberry32(7);
    for (let round = 0; round < 3; round++) {
      const g = new Graph({ type: "directed" });
      const n = 45;
      for (let i = 0; i < n; i++) g.addNode(`v${i}`, { sector: i % 4 === 3 ? undefined : `s${i % 3}` });
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) if (i !== j && random() < 0.05) g.mergeEdge(`v${i}`, `v${j}`);
      }
      const reach = (without: string) => {
        const pairs = new Set<string>();
        g.forEachNode((s, { sector }) => {
          if (s === without || sector === undefined) return;
          const seen = new Set([s]);
          const queue = [s];
          while (queue.length > 0) {
            for (const w of g.outNeighbors(queue.shift()!)) {
              if (w === without || seen.has(w)) continue;
              seen.add(w);
              queue.push(w);
              const other = g.getNodeAttribute(w, "sector");
              if (other !== undefined && other !== sector) pairs.add(`${s} ${w}`);
            }
          }
        });
        return pairs;
      };
      const all = reach("");
      const r = bottlenecks(g);
      g.forEachNode((v) => {
        const before = [...all].filter((p) => !p.split(" ").includes(v));
        const after = reach(v);
        expect(r.removalLoss[v], v).toBe(before.filter((p) => !after.has(p)).length);
      });
    }
  });
});
