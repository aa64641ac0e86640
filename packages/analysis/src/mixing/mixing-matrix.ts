/**
 * Mixing matrix: how many ties, and how much weight, run between every ordered pair of groups
 * (sectors, clusters, organisations), how many ties were possible and the resulting block density
 * (Wasserman & Faust 1994, §16.1 blockmodel densities; Newman 2003's e_gh is the same count
 * normalised).
 *
 * For groups g and h of n_g and n_h nodes:
 *   ties[g][h]     = number of ties from a node of g to a node of h
 *   possible[g][h] = n_g·n_h (g ≠ h), n_g(n_g − 1) (g = h, directed) or n_g(n_g − 1)/2 (g = h, undirected)
 *   density[g][h]  = ties[g][h] / possible[g][h]
 *
 * Counting. A tie is one connected pair of the view built by `buildAdjacency`: parallel ties merge
 * and self-loops are dropped. In a **directed** view `ties[g][h]` counts the arcs from g to h, so the
 * matrix is asymmetric and its cells add up to the number of arcs. In an **undirected** view each tie
 * is counted once per unordered pair: a tie between g and h (g ≠ h) appears in both cells (g, h) and
 * (h, g), a tie inside g once in (g, g); the matrix is symmetric and the cells on and above the
 * diagonal add up to the number of ties. (networkx's `attribute_mixing_matrix` counts an undirected
 * tie in both directions, so its diagonal is twice ours.) `weights` holds the same sums of merged
 * weights; with no weight option every underlying tie weighs 1, so `weights` then counts parallel
 * ties (and both arcs of a reciprocated pair in an undirected view) where `ties` counts pairs.
 *
 * Edge cases: nodes without a group are left out and counted in `ungrouped.nodes`, and the ties that
 * touch them in `ungrouped.ties`; a block with no possible pairs (a one-node group's diagonal) has
 * density `NaN`. Groups are listed sorted by code unit.
 *
 * Complexity: O(n log n + m log m) to build the view, then O(m + k²) for k groups.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import { keyed } from "../graph/keyed.js";
import type { GroupOption, TieOptions } from "../graph/options.js";
import { forEachTie, groupIndex } from "./group-index.js";

/** Options of {@link mixingMatrix}. */
export interface MixingMatrixOptions extends TieOptions {
  /** The node attribute (or getter) that names a node's group. Default `"sector"`. */
  group?: GroupOption;
}

/** A group-by-group table: `table[g][h]`. */
export type GroupTable = Record<string, Record<string, number>>;

/** The result of {@link mixingMatrix}. */
export interface MixingMatrix {
  /** The groups, sorted by code unit. */
  groups: string[];
  /** Whether ties were read as directed (see the counting rules above). */
  directed: boolean;
  /** Number of nodes per group. */
  sizes: Record<string, number>;
  /** Number of ties from g to h (`ties[g][h]`). */
  ties: GroupTable;
  /** Summed weight (a strength) of those ties. */
  weights: GroupTable;
  /** Number of possible ties from g to h given the group sizes. */
  possible: GroupTable;
  /** `ties / possible`; `NaN` where nothing was possible. */
  density: GroupTable;
  /** Nodes without a group, and the ties touching them; both are left out of the tables. */
  ungrouped: { nodes: number; ties: number };
}

/**
 * Defaults of {@link mixingMatrix}: groups by sector, unweighted. `directed` and `kinds` default to
 * the graph as it is (all tie kinds; directed unless every tie is undirected).
 */
export const MIXING_MATRIX_DEFAULTS = {
  group: "sector",
  weight: null,
} as const satisfies MixingMatrixOptions;

/**
 * Counts ties, summed weights, possible ties and densities between every ordered pair of groups.
 * Works on any graphology graph; see the file comment for how ties are counted.
 *
 * @example
 * const m = mixingMatrix(graph, { group: "sector", weight: "weight" });
 * m.density.region.municipality; // share of possible hospital → municipality ties present
 */
export function mixingMatrix(graph: AbstractGraph, options: MixingMatrixOptions = {}): MixingMatrix {
  const { group = MIXING_MATRIX_DEFAULTS.group, weight = MIXING_MATRIX_DEFAULTS.weight } = options;
  const adjacency = buildAdjacency(graph, { weight, directed: options.directed, kinds: options.kinds });
  const { groups, of, sizes, ungrouped } = groupIndex(graph, adjacency, group);
  const k = groups.length;
  const ties = new Float64Array(k * k);
  const weights = new Float64Array(k * k);
  let ungroupedTies = 0;
  forEachTie(adjacency, (s, t, w) => {
    const g = of[s]!;
    const h = of[t]!;
    if (g < 0 || h < 0) {
      ungroupedTies += 1;
      return;
    }
    ties[g * k + h]! += 1;
    weights[g * k + h]! += w;
    if (!adjacency.directed && g !== h) {
      ties[h * k + g]! += 1;
      weights[h * k + g]! += w;
    }
  });
  const possibleOf = (g: number, h: number) => {
    const ng = sizes[g]!;
    if (g !== h) return ng * sizes[h]!;
    return adjacency.directed ? ng * (ng - 1) : (ng * (ng - 1)) / 2;
  };
  const table = (cell: (g: number, h: number) => number): GroupTable =>
    keyed(
      groups.map((name, g) => [name, keyed(groups.map((other, h) => [other, cell(g, h)] as const))] as const),
    );
  return {
    groups,
    directed: adjacency.directed,
    sizes: keyed(groups.map((name, g) => [name, sizes[g]!] as const)),
    ties: table((g, h) => ties[g * k + h]!),
    weights: table((g, h) => weights[g * k + h]!),
    possible: table(possibleOf),
    density: table((g, h) => {
      const possible = possibleOf(g, h);
      return possible === 0 ? Number.NaN : ties[g * k + h]! / possible;
    }),
    ungrouped: { nodes: ungrouped, ties: ungroupedTies },
  };
}
