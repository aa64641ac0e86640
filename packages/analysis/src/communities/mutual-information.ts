/**
 * Normalised mutual information of two partitions (Danon, Díaz-Guilera, Duch & Arenas 2005,
 * J. Stat. Mech. P09008; Strehl & Ghosh 2002 for the family of normalisations):
 *
 *   NMI(A, B) = 2 I(A; B) / (H(A) + H(B)),
 *   I(A; B) = Σ_ij (n_ij / n) log(n · n_ij / (a_i b_j)),   H(A) = −Σ_i (a_i / n) log(a_i / n),
 *
 * with n_ij the number of items in block i of A and block j of B, and a_i, b_j the block sizes. The
 * normalisation is the arithmetic mean of the two entropies, as in igraph's
 * `compare_communities(method = "nmi")` and scikit-learn's `normalized_mutual_info_score` default;
 * the logarithm's base cancels out. NMI is 1 for identical partitions (up to renaming the blocks) and
 * 0 for independent ones; unlike the adjusted Rand index it is not corrected for chance.
 *
 * Edge cases: when both partitions put every item in one block (H(A) + H(B) = 0) the NMI is 1, as in
 * igraph and scikit-learn; no items gives `NaN`.
 *
 * Complexity: O(n) time and O(min(n, k_a k_b)) space.
 */
import { contingency, type Partition } from "./partition.js";

/** −Σ p log p over block sizes. */
function entropy(sizes: readonly number[], n: number): number {
  let h = 0;
  for (const size of sizes) if (size > 0) h -= (size / n) * Math.log(size / n);
  return h;
}

/**
 * Normalised mutual information (arithmetic-mean normalisation) between two partitions of the same
 * items, given as arrays aligned by position or records keyed by node id.
 *
 * @example
 * normalizedMutualInformation([0, 0, 1, 1], ["a", "a", "b", "b"]); // 1
 */
export function normalizedMutualInformation(a: Partition, b: Partition): number {
  const table = contingency(a, b);
  const { n } = table;
  if (n === 0) return Number.NaN;
  const ha = entropy(table.rows, n);
  const hb = entropy(table.columns, n);
  if (ha + hb === 0) return 1;
  // I(A;B) = H(A) + H(B) − H(A,B)
  const joint = entropy(table.cells, n);
  return (2 * (ha + hb - joint)) / (ha + hb);
}
