/**
 * Modularity of a partition (Newman & Girvan 2004, Phys. Rev. E 69, 026113; weighted: Newman 2004,
 * Phys. Rev. E 70, 056131; resolution γ: Reichardt & Bornholdt 2006): the share of tie weight inside
 * communities minus the share expected if ties were rewired at random keeping every node's strength.
 *
 * Undirected view, with m the total tie weight, k_v the strength of v and L_c, K_c the weight inside
 * community c and the summed strength of its nodes:
 *
 *   Q = (1 / 2m) Σ_uv [A_uv − γ k_u k_v / 2m] δ(c_u, c_v) = Σ_c [L_c / m − γ (K_c / 2m)²].
 *
 * Directed view (Leicht & Newman 2008, Phys. Rev. Lett. 100, 118703), with out- and in-strengths:
 *
 *   Q = (1 / m) Σ_uv [A_uv − γ k_u^out k_v^in / m] δ(c_u, c_v) = Σ_c [L_c / m − γ K_c^out K_c^in / m²].
 *
 * These are igraph's `modularity(membership, weights, resolution, directed)`. Q lies in [−1/2, 1) for
 * γ = 1; larger means more tie weight inside communities than chance would put there.
 *
 * Ties are the pairs of the view built by `buildAdjacency`: parallel ties merge (their weights add up)
 * and self-loops are dropped (igraph keeps self-loops, so the two differ only on graphs that have
 * them). Unweighted, every connected pair counts 1 — a reciprocated pair in an undirected view is one
 * tie. Weights are strengths.
 *
 * Edge cases: a node missing from the partition forms a community of its own; a graph without ties
 * (m = 0) gives `NaN`, as igraph does.
 *
 * Complexity: O(n log n + m log m) for the view, then O(n + m).
 */
import type { AbstractGraph } from "graphology-types";
import { type Adjacency, buildAdjacency } from "../graph/adjacency.js";
import { readGroups } from "../graph/groups.js";
import type { GroupOption, TieOptions } from "../graph/options.js";

/** Options of {@link modularity}. */
export interface ModularityOptions extends TieOptions {
  /** Resolution γ: above 1 favours smaller communities, below 1 larger ones. Default 1. */
  resolution?: number;
}

/**
 * Which community each node is in: a record keyed by node id, or a node attribute name (e.g.
 * `"cluster"`) or getter.
 */
export type NodePartition = Readonly<Record<string, string | number>> | GroupOption;

/** Defaults of {@link modularity}: unweighted, γ = 1; `directed` and `kinds` as the graph has them. */
export const MODULARITY_DEFAULTS = { weight: null, resolution: 1 } as const satisfies ModularityOptions;

/**
 * Modularity Q of a partition of a graph's nodes (see the file comment for the formulas).
 *
 * @example
 * modularity(graph, "cluster"); // how well the formal clusters separate the ties
 * modularity(graph, { a: 0, b: 0, c: 1 }, { weight: "weight", directed: false });
 */
export function modularity(
  graph: AbstractGraph,
  partition: NodePartition,
  options: ModularityOptions = {},
): number {
  const { weight = MODULARITY_DEFAULTS.weight, resolution = MODULARITY_DEFAULTS.resolution } = options;
  const adjacency = buildAdjacency(graph, { weight, directed: options.directed, kinds: options.kinds });
  const labels =
    typeof partition === "string" || typeof partition === "function"
      ? readGroups(graph, partition)
      : new Map(
          adjacency.nodes.map((node) => [
            node,
            Object.hasOwn(partition, node) ? String(partition[node]) : undefined,
          ]),
        );
  return modularityOf(adjacency, weight !== null, communityIds(adjacency.nodes, labels), resolution);
}

/** Numbers the communities of `nodes` 0, 1, … by first appearance; a node without a label gets a community of its own. */
export function communityIds(
  nodes: readonly string[],
  labels: ReadonlyMap<string, string | undefined>,
): Int32Array {
  const ids = new Map<string, number>();
  let next = 0;
  return Int32Array.from(nodes, (node) => {
    const label = labels.get(node);
    if (label === undefined) return next++;
    let id = ids.get(label);
    if (id === undefined) {
      id = next++;
      ids.set(label, id);
    }
    return id;
  });
}

/** Modularity of `community` (ids 0…k−1 per node) on an adjacency view; see {@link modularity}. */
export function modularityOf(
  adjacency: Adjacency,
  weighted: boolean,
  community: Int32Array,
  resolution: number,
): number {
  const { outOffsets, outTargets, outWeights } = adjacency;
  let k = 0;
  for (const c of community) k = Math.max(k, c + 1);
  const inside = new Float64Array(k);
  const outStrength = new Float64Array(k);
  const inStrength = new Float64Array(k);
  let total = 0;
  for (let s = 0; s < community.length; s++) {
    const cs = community[s]!;
    for (let j = outOffsets[s]!; j < outOffsets[s + 1]!; j++) {
      const t = outTargets[j]!;
      const w = weighted ? outWeights[j]! : 1;
      total += w;
      outStrength[cs]! += w;
      inStrength[community[t]!]! += w;
      if (community[t] === cs) inside[cs]! += w;
    }
  }
  // An undirected view stores every tie as two arcs, so `total` is 2m and `inside` 2L_c there; the
  // same sums then give Σ_c [2L_c / 2m − γ K_c K_c / (2m)²], the undirected formula.
  if (total === 0) return Number.NaN;
  let q = 0;
  for (let c = 0; c < k; c++) {
    q += inside[c]! / total - (resolution * outStrength[c]! * inStrength[c]!) / (total * total);
  }
  return q;
}
