// assortativity. Reference values: networkx.attribute_assortativity_coefficient, stored in
// fixtures/mixing.json ("assortativity") by fixtures/scripts/mixing.py, with the seeded attributes
// that script made up (Florentine "faction", sectors-directed "cluster"). Small cases by hand.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { assortativity } from "../src/index.js";
import { loadFixtureGraph } from "./support/load-network.js";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/mixing.json", import.meta.url), "utf8")) as {
  source: string;
  attributes: Record<string, Record<string, Record<string, string>>>;
  assortativity: Record<string, number>;
};

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

/** A fixture network with the made-up attributes of mixing.py set on its nodes. */
function withAttributes(name: string): Graph {
  const graph = loadFixtureGraph(name);
  for (const [attribute, values] of Object.entries(fixture.attributes[name] ?? {})) {
    for (const [node, value] of Object.entries(values)) graph.setNodeAttribute(node, attribute, value);
  }
  return graph;
}

describe("assortativity", () => {
  it("matches networkx on karate (club), Florentine (faction) and sectors-directed", () => {
    const a = fixture.assortativity;
    close(assortativity(loadFixtureGraph("karate"), { attribute: "club" }), a["karate-club"]!);
    close(assortativity(withAttributes("florentine"), { attribute: "faction" }), a["florentine-faction"]!);
    const sectors = withAttributes("sectors-directed");
    close(assortativity(sectors), a["sectors-directed-sector"]!);
    close(assortativity(sectors, { attribute: "cluster" }), a["sectors-directed-cluster"]!);
    close(assortativity(sectors, { directed: false }), a["sectors-undirected-sector"]!);
  });

  it("is 1 for ties only within groups, −1 for two groups tied only across, NaN for one group", () => {
    const g = new Graph({ type: "undirected" });
    for (const [v, s] of [
      ["a", "x"],
      ["b", "x"],
      ["c", "y"],
      ["d", "y"],
    ])
      g.addNode(v, { sector: s });
    g.addEdge("a", "b");
    g.addEdge("c", "d");
    expect(assortativity(g)).toBe(1);
    g.clearEdges();
    g.addEdge("a", "c");
    g.addEdge("b", "d");
    expect(assortativity(g)).toBe(-1);
    expect(assortativity(g, { attribute: () => "same" })).toBeNaN();
    g.clearEdges();
    expect(assortativity(g)).toBeNaN();
  });

  it("weights e_ij by tie strength when asked", () => {
    // a within-group tie of weight 3 and a cross-group tie of weight 1
    const g = new Graph({ type: "undirected" });
    for (const [v, s] of [
      ["a", "x"],
      ["b", "x"],
      ["c", "y"],
    ])
      g.addNode(v, { sector: s });
    g.addEdge("a", "b", { weight: 3 });
    g.addEdge("b", "c", { weight: 1 });
    // e_xx = 3/4, e_xy = e_yx = 1/8; a_x = b_x = 7/8, a_y = b_y = 1/8; Σab = 50/64
    close(assortativity(g, { weight: "weight" }), (3 / 4 - 50 / 64) / (1 - 50 / 64));
    // unweighted: e_xx = 1/2, e_xy = e_yx = 1/4; a_x = 3/4, a_y = 1/4; Σab = 10/16
    close(assortativity(g), (1 / 2 - 10 / 16) / (1 - 10 / 16));
  });
});
