import { readFileSync } from "node:fs";
import Graph from "graphology";

/** A standard network stored under `test/fixtures/networks/` (written by `fixtures/scripts/networks.py`). */
export interface FixtureNetwork {
  source: string;
  directed: boolean;
  nodes: ({ id: string } & Record<string, unknown>)[];
  edges: [string, string, number?][];
}

/** Reads `test/fixtures/networks/<name>.json` as stored. */
export function readFixtureNetwork(name: string): FixtureNetwork {
  const url = new URL(`../fixtures/networks/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as FixtureNetwork;
}

/**
 * Loads a standard network as a simple graphology graph (directed or undirected as stored). Node
 * attributes are kept; an edge's third entry becomes its `weight` attribute.
 */
export function loadFixtureGraph(name: string): Graph {
  const network = readFixtureNetwork(name);
  const graph = new Graph({ type: network.directed ? "directed" : "undirected" });
  for (const { id, ...attributes } of network.nodes) graph.addNode(id, attributes);
  for (const [source, target, weight] of network.edges) {
    graph.addEdge(source, target, weight === undefined ? {} : { weight });
  }
  return graph;
}
