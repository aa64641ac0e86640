/**
 * Natural communities against formal structure: finds the communities the ties themselves form, with
 * the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat. Mech. P10008; directed
 * variant Dugué & Perez 2015), and compares them with the formal partitions — health cluster,
 * organisation — that the care system is organised by.
 *
 * Louvain greedily moves nodes between communities while modularity Q (see `modularity`) rises,
 * then merges each community into one node and repeats. It runs here through
 * graphology-communities-louvain on a simple graph built from the `buildAdjacency` view (parallel
 * ties merged, self-loops dropped), with a seeded Mulberry32 generator for its random node order, so
 * the same graph, options and seed give the same partition. Communities are numbered 0, 1, … in the
 * order of their first node in the graph.
 *
 * For every formal attribute in `compare` the result gives, over the nodes that have the attribute:
 * - `nmi`: normalised mutual information of the Louvain and formal partitions (arithmetic-mean
 *   normalisation, as igraph's `compare_communities(method = "nmi")`), 1 = the same partition;
 * - `ari`: adjusted Rand index (Hubert & Arabie 1985), 1 = the same, ≈ 0 = unrelated;
 * - `formalModularity`: the modularity of the formal partition itself in the same view (nodes
 *   without the attribute count as communities of their own), to set beside `modularity`;
 * - `groups`: the number of formal groups, and `nodes`: how many nodes have the attribute.
 *
 * Edge cases: a graph without ties gives every node its own community and `modularity` `NaN`; an
 * attribute that no node has gives `NaN` for its figures and 0 groups.
 *
 * Complexity: Louvain is about O(m) per pass and typically needs few passes (O(m log n) is the usual
 * estimate); the comparisons are O(n + m) per attribute.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import { readGroups } from "../graph/groups.js";
import { keyed } from "../graph/keyed.js";
import type { TieOptions } from "../graph/options.js";
import { forEachTie } from "../mixing/group-index.js";
import { mulberry32 } from "../random/mulberry32.js";
import { communityIds, modularityOf } from "./modularity.js";
import { normalizedMutualInformation } from "./mutual-information.js";
import { adjustedRandIndex } from "./rand-index.js";

/** Options of {@link communities}. */
export interface CommunitiesOptions extends TieOptions {
  /** Seed of Louvain's random node order. Default 1. */
  seed?: number;
  /** Modularity resolution γ (above 1: smaller communities). Default 1. */
  resolution?: number;
  /** Node attributes holding formal partitions to compare with. Default `["cluster", "organisation"]`. */
  compare?: readonly string[];
}

/** How the Louvain partition relates to one formal partition. */
export interface PartitionComparison {
  /** Normalised mutual information (arithmetic mean), over the nodes that have the attribute. */
  nmi: number;
  /** Adjusted Rand index, over the nodes that have the attribute. */
  ari: number;
  /** Modularity of the formal partition in the same view as the Louvain run. */
  formalModularity: number;
  /** Number of formal groups. */
  groups: number;
  /** Number of nodes that have the attribute. */
  nodes: number;
}

/** The result of {@link communities}. */
export interface Communities {
  /** Community index (0…count−1) of every node. */
  assignment: Record<string, number>;
  /** Number of communities. */
  count: number;
  /** Modularity of the Louvain partition. */
  modularity: number;
  /** Comparison with each formal partition named in `compare`. */
  comparisons: Record<string, PartitionComparison>;
}

/**
 * Defaults of {@link communities}: seed 1, γ = 1, unweighted, undirected (Louvain's classic setting:
 * who works with whom, whichever way), compared with cluster and organisation; all tie kinds.
 */
export const COMMUNITIES_DEFAULTS = {
  seed: 1,
  resolution: 1,
  weight: null,
  directed: false,
  compare: ["cluster", "organisation"],
} as const satisfies CommunitiesOptions;

/**
 * Louvain communities of a graph, with their modularity and their agreement with formal partitions.
 * See the file comment for the method and the figures.
 *
 * @example
 * const { assignment, count, comparisons } = communities(graph, { weight: "weight" });
 * comparisons.cluster.nmi; // near 1: collaboration follows the health clusters
 */
export function communities(graph: AbstractGraph, options: CommunitiesOptions = {}): Communities {
  const {
    seed = COMMUNITIES_DEFAULTS.seed,
    resolution = COMMUNITIES_DEFAULTS.resolution,
    weight = COMMUNITIES_DEFAULTS.weight,
    directed = COMMUNITIES_DEFAULTS.directed,
    compare = COMMUNITIES_DEFAULTS.compare,
  } = options;
  const weighted = weight !== null;
  const adjacency = buildAdjacency(graph, { weight, directed, kinds: options.kinds });
  const { nodes } = adjacency;

  const simple = new Graph({ type: directed ? "directed" : "undirected" });
  for (const node of nodes) simple.addNode(node);
  forEachTie(adjacency, (s, t, w) => {
    simple.addEdge(nodes[s]!, nodes[t]!, { weight: weighted ? w : 1 });
  });
  const found = louvain(simple, { getEdgeWeight: "weight", resolution, rng: mulberry32(seed) });
  const community = communityIds(nodes, new Map(nodes.map((node) => [node, String(found[node])])));
  let count = 0;
  for (const c of community) count = Math.max(count, c + 1);

  const comparisons = compare.map((attribute) => {
    const formal = readGroups(graph, attribute);
    const covered = nodes.flatMap((node, v) => {
      const label = formal.get(node);
      return label === undefined ? [] : [[community[v]!, label] as const];
    });
    const groups = new Set(covered.map(([, label]) => label)).size;
    const comparison: PartitionComparison =
      covered.length === 0
        ? { nmi: Number.NaN, ari: Number.NaN, formalModularity: Number.NaN, groups, nodes: 0 }
        : {
            nmi: normalizedMutualInformation(
              covered.map(([c]) => c),
              covered.map(([, label]) => label),
            ),
            ari: adjustedRandIndex(
              covered.map(([c]) => c),
              covered.map(([, label]) => label),
            ),
            formalModularity: modularityOf(adjacency, weighted, communityIds(nodes, formal), resolution),
            groups,
            nodes: covered.length,
          };
    return [attribute, comparison] as const;
  });

  return {
    assignment: keyed(nodes.map((node, v) => [node, community[v]!] as const)),
    count,
    modularity: modularityOf(adjacency, weighted, community, resolution),
    comparisons: keyed(comparisons),
  };
}
