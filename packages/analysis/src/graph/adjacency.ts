import type { AbstractGraph } from "graphology-types";
import type { TieOptions, WeightOption } from "./options.js";

/**
 * A compact, read-only view of a graph as typed arrays (compressed sparse rows) for fast measures.
 * Nodes are numbered 0…n−1 in the graph's node order. Arcs are merged: parallel ties between the same
 * ordered pair become one arc whose weight is their sum. Self-loops are dropped. In an undirected view
 * every tie is stored as two arcs, so `out` and `in` hold the same neighbours.
 */
export interface Adjacency {
  nodes: string[];
  index: Map<string, number>;
  directed: boolean;
  /** `outTargets[outOffsets[v] … outOffsets[v+1]−1]` are v's out-neighbours, ascending. */
  outOffsets: Int32Array;
  outTargets: Int32Array;
  outWeights: Float64Array;
  inOffsets: Int32Array;
  inSources: Int32Array;
  inWeights: Float64Array;
}

/** Whether an edge of a graphology graph is an undirected tie (graphology's own, or a tvaers tie with `directed: false`). */
export function isUndirectedTie(graph: AbstractGraph, edge: string): boolean {
  return graph.isUndirected(edge) || graph.getEdgeAttribute(edge, "directed") === false;
}

/** Reads an edge weight per the `weight` option (unweighted → 1). Non-finite or negative weights throw. */
export function weightGetter(
  graph: AbstractGraph,
  weight: WeightOption | undefined,
): (edge: string) => number {
  if (weight === undefined || weight === null) return () => 1;
  const read =
    typeof weight === "function"
      ? (edge: string) => weight(edge, graph.getEdgeAttributes(edge))
      : (edge: string) => graph.getEdgeAttribute(edge, weight) as unknown;
  return (edge) => {
    const value = read(edge);
    const w = value === undefined ? 1 : value;
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RangeError(`edge ${edge}: weight must be a finite number ≥ 0, got ${String(w)}`);
    }
    return w;
  };
}

/**
 * Builds an {@link Adjacency} from any graphology graph (simple or multi, directed, undirected or mixed,
 * including tvaers network graphs). Directed by default unless the graph is undirected or every kept
 * tie is undirected. An undirected tie counts both ways in a directed view; a directed tie is
 * symmetrised in an undirected view. O(n + m log m).
 */
export function buildAdjacency(graph: AbstractGraph, options: TieOptions = {}): Adjacency {
  const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
  const keep = (edge: string) =>
    kinds === undefined || kinds.has(graph.getEdgeAttribute(edge, "kind") as string);
  const directed =
    options.directed ??
    (graph.type !== "undirected" && graph.someEdge((edge) => keep(edge) && !isUndirectedTie(graph, edge)));
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i] as const));
  const weightOf = weightGetter(graph, options.weight);

  const arcs = new Map<number, Map<number, number>>();
  const addArc = (s: number, t: number, w: number) => {
    let row = arcs.get(s);
    if (row === undefined) {
      row = new Map();
      arcs.set(s, row);
    }
    row.set(t, (row.get(t) ?? 0) + w);
  };
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (source === target || !keep(edge)) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    const w = weightOf(edge);
    addArc(s, t, w);
    if (!directed || isUndirectedTie(graph, edge)) addArc(t, s, w);
  });
  const n = nodes.length;
  const outOffsets = new Int32Array(n + 1);
  const inOffsets = new Int32Array(n + 1);
  let m = 0;
  for (const [s, row] of arcs) {
    outOffsets[s + 1] = row.size;
    m += row.size;
    for (const t of row.keys()) inOffsets[t + 1]! += 1;
  }
  for (let v = 0; v < n; v++) {
    outOffsets[v + 1]! += outOffsets[v]!;
    inOffsets[v + 1]! += inOffsets[v]!;
  }
  const outTargets = new Int32Array(m);
  const outWeights = new Float64Array(m);
  const inSources = new Int32Array(m);
  const inWeights = new Float64Array(m);
  const inFill = inOffsets.slice(0, n);
  for (let s = 0; s < n; s++) {
    const row = arcs.get(s);
    if (row === undefined) continue;
    const targets = [...row.keys()].sort((a, b) => a - b);
    let k = outOffsets[s]!;
    for (const t of targets) {
      const w = row.get(t)!;
      outTargets[k] = t;
      outWeights[k] = w;
      k += 1;
      const j = inFill[t]!;
      inSources[j] = s;
      inWeights[j] = w;
      inFill[t] = j + 1;
    }
  }
  return { nodes, index, directed, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights };
}
