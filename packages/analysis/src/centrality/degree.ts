/**
 * Degree and strength centrality (Freeman 1978/79): how many ties an actor has, and how strong they are.
 *
 *   outDegree(v) = |{w : v → w}|,   inDegree(v) = |{u : u → v}|,   degree(v) = inDegree(v) + outDegree(v)
 *   outStrength(v) = Σ_w w(v → w),   inStrength(v) = Σ_u w(u → v),   strength(v) = in + out
 *
 * in a directed view; in an undirected view degree(v) is the number of neighbours and strength(v) the
 * sum of the weights of v's ties, and in/out equal the total. Degrees count distinct neighbours (ties
 * between the same pair merge); strengths add up every tie, so without a weight a node's strength is
 * its number of ties, parallel ones included (networkx's multigraph degree).
 *
 * Normalised (the default, networkx's `degree_centrality`, `in_degree_centrality` and
 * `out_degree_centrality`), degrees are divided by n − 1, so a directed degree can reach 2; a graph of
 * a single node gets 1, as in networkx. Strengths are never normalised.
 *
 * Reference: Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social
 * Networks 1(3), 215–239. Barrat, A. et al. (2004). The architecture of complex weighted networks.
 * PNAS 101(11), 3747–3752 (strength).
 *
 * Edge cases: isolates → 0.
 *
 * Complexity: O(n) on the adjacency view.
 */
import type { Adjacency } from "../graph/adjacency.js";

/** The degree-family measures. */
export type DegreeMeasure = "degree" | "inDegree" | "outDegree" | "strength" | "inStrength" | "outStrength";

/** Every degree-family measure of every node (node order of the adjacency view). */
export function degrees(adjacency: Adjacency, normalized: boolean): Record<DegreeMeasure, Float64Array> {
  const { outOffsets, inOffsets, outWeights, inWeights, directed } = adjacency;
  const n = adjacency.nodes.length;
  // A graph of one node: networkx gives it degree centrality 1.
  const normalize = (d: number) => (!normalized ? d : n > 1 ? d / (n - 1) : 1);
  const result: Record<DegreeMeasure, Float64Array> = {
    degree: new Float64Array(n),
    inDegree: new Float64Array(n),
    outDegree: new Float64Array(n),
    strength: new Float64Array(n),
    inStrength: new Float64Array(n),
    outStrength: new Float64Array(n),
  };
  const sum = (weights: Float64Array, start: number, end: number) => {
    let total = 0;
    for (let k = start; k < end; k++) total += weights[k]!;
    return total;
  };
  for (let v = 0; v < n; v++) {
    const outDegree = outOffsets[v + 1]! - outOffsets[v]!;
    const inDegree = inOffsets[v + 1]! - inOffsets[v]!;
    const outStrength = sum(outWeights, outOffsets[v]!, outOffsets[v + 1]!);
    const inStrength = sum(inWeights, inOffsets[v]!, inOffsets[v + 1]!);
    const degree = directed ? inDegree + outDegree : outDegree;
    result.degree[v] = normalize(degree);
    result.inDegree[v] = normalize(directed ? inDegree : degree);
    result.outDegree[v] = normalize(directed ? outDegree : degree);
    result.strength[v] = directed ? inStrength + outStrength : outStrength;
    result.inStrength[v] = directed ? inStrength : outStrength;
    result.outStrength[v] = outStrength;
  }
  return result;
}
