/**
 * Adjusted Rand index of two partitions (Hubert & Arabie 1985, "Comparing partitions", J. Classif. 2,
 * 193–218): the share of item pairs on which the partitions agree, corrected for the agreement
 * expected by chance with the same block sizes,
 *
 *   ARI = (Σ_ij C(n_ij, 2) − E) / (½(Σ_i C(a_i, 2) + Σ_j C(b_j, 2)) − E),
 *   E = Σ_i C(a_i, 2) · Σ_j C(b_j, 2) / C(n, 2),
 *
 * with n_ij the number of items in block i of A and block j of B, a_i and b_j the block sizes and
 * C(x, 2) = x(x − 1)/2. ARI is 1 for identical partitions, about 0 for unrelated ones and can be
 * negative. It is igraph's `compare_communities(method = "adjusted.rand")` and scikit-learn's
 * `adjusted_rand_score`.
 *
 * Edge cases: the denominator is 0 only when both partitions are all-in-one-block or both are all
 * singletons, i.e. identical, and the ARI is then 1 (as in scikit-learn); fewer than two items give
 * `NaN` (there are no pairs).
 *
 * Complexity: O(n) time and O(min(n, k_a k_b)) space.
 */
import { contingency, type Partition } from "./partition.js";

const pairs = (x: number) => (x * (x - 1)) / 2;
const sumPairs = (sizes: readonly number[]) => sizes.reduce((sum, size) => sum + pairs(size), 0);

/**
 * Adjusted Rand index between two partitions of the same items, given as arrays aligned by position
 * or records keyed by node id.
 *
 * @example
 * adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]); // 0.571…
 */
export function adjustedRandIndex(a: Partition, b: Partition): number {
  const table = contingency(a, b);
  if (table.n < 2) return Number.NaN;
  const index = sumPairs(table.cells);
  const rows = sumPairs(table.rows);
  const columns = sumPairs(table.columns);
  const expected = (rows * columns) / pairs(table.n);
  const maximum = (rows + columns) / 2;
  return maximum === expected ? 1 : (index - expected) / (maximum - expected);
}
