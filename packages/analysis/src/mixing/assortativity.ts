/**
 * Categorical assortativity coefficient (Newman 2003, "Mixing patterns in networks", Phys. Rev. E 67,
 * 026126, eq. 2): the correlation between the categories at the two ends of a tie,
 *
 *   r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i),
 *
 * where e_ij is the fraction of ties running from category i to category j, a_i = Σ_j e_ij and
 * b_j = Σ_i e_ij. r = 1 when every tie stays inside its category, 0 when ties mix as if at random
 * given the categories' shares of tie ends, and negative (down to −Σa_ib_i / (1 − Σa_ib_i)) when ties
 * prefer other categories. Unlike the E-I index, r accounts for how many tie ends each category holds.
 *
 * Counting. In a directed view each arc adds to e_(source, target), so e need not be symmetric; in an
 * undirected view each tie adds half to e_ij and half to e_ji, as networkx's
 * `attribute_assortativity_coefficient` does. Ties are the pairs of the view built by
 * `buildAdjacency` (parallel ties merge, self-loops are dropped; networkx counts each parallel edge of
 * a multigraph separately and keeps self-loops); with `weight` set, e_ij sums weights instead of
 * counting ties.
 *
 * Edge cases: ties touching a node without a category are left out; a network with no ties, or whose
 * tie ends all share one category (so 1 − Σa_ib_i = 0), gives `NaN`, as networkx does.
 *
 * Complexity: O(n log n + m log m) for the view, then O(m + k) for k categories.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import type { GroupOption, TieOptions } from "../graph/options.js";
import { forEachTie, groupIndex } from "./group-index.js";

/** Options of {@link assortativity}. */
export interface AssortativityOptions extends TieOptions {
  /** The node attribute (or getter) that holds each node's category. Default `"sector"`. */
  attribute?: GroupOption;
}

/** Defaults of {@link assortativity}: sector, unweighted; `directed` and `kinds` as the graph has them. */
export const ASSORTATIVITY_DEFAULTS = {
  attribute: "sector",
  weight: null,
} as const satisfies AssortativityOptions;

/**
 * Newman's categorical assortativity coefficient r of a node attribute (see the file comment).
 *
 * @example
 * assortativity(graph, { attribute: "sector" }); // 0.26: ties lean toward the same sector
 */
export function assortativity(graph: AbstractGraph, options: AssortativityOptions = {}): number {
  const { attribute = ASSORTATIVITY_DEFAULTS.attribute, weight = ASSORTATIVITY_DEFAULTS.weight } = options;
  const weighted = weight !== null;
  const adjacency = buildAdjacency(graph, { weight, directed: options.directed, kinds: options.kinds });
  const { groups, of } = groupIndex(graph, adjacency, attribute);
  const k = groups.length;
  const a = new Float64Array(k);
  const b = new Float64Array(k);
  let diagonal = 0;
  let total = 0;
  forEachTie(adjacency, (s, t, w) => {
    const g = of[s]!;
    const h = of[t]!;
    if (g < 0 || h < 0) return;
    const value = weighted ? w : 1;
    total += value;
    if (g === h) diagonal += value;
    if (adjacency.directed) {
      a[g]! += value;
      b[h]! += value;
    } else {
      a[g]! += value / 2;
      a[h]! += value / 2;
      b[g]! += value / 2;
      b[h]! += value / 2;
    }
  });
  if (total === 0) return Number.NaN;
  let expected = 0;
  for (let g = 0; g < k; g++) expected += (a[g]! / total) * (b[g]! / total);
  const denominator = 1 - expected;
  return denominator === 0 ? Number.NaN : (diagonal / total - expected) / denominator;
}
