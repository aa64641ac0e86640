/**
 * Betweenness centrality (Freeman 1977): how often an actor lies on the shortest paths between others,
 * the classic measure of a broker or a bottleneck.
 *
 *   B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st,
 *
 * where σ_st is the number of shortest paths from s to t and σ_st(v) the number of those through v.
 * Computed with Brandes' algorithm (`sweep-kernel.ts`) from every source, on hops or on the path
 * lengths chosen by `weight` and `weightMeans` (see `path-lengths.ts`), over ordered pairs in a
 * directed view and unordered pairs in an undirected one.
 *
 * Scaling, as networkx's `betweenness_centrality` (endpoints excluded):
 * - `normalized: true` (networkx's default): divided by (n − 1)(n − 2), the number of ordered pairs
 *   not involving v — in an undirected view this is 2 / ((n − 1)(n − 2)) times the unordered count.
 *   Nothing is scaled when n < 3.
 * - `normalized: false`: the raw count B(v) (unordered pairs when undirected), as networkx with
 *   `normalized=False` and igraph's `betweenness` give it.
 *
 * Path lengths that differ by less than a relative 1e-10 are equal (igraph's rule; networkx compares
 * exactly), see `sweep-kernel.ts`.
 *
 * Reference: Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry
 * 40(1), 35–41. Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
 * Mathematical Sociology 25(2), 163–177. Brandes, U. (2008). On variants of shortest-path betweenness
 * centrality and their generic computation. Social Networks 30(2), 136–145.
 *
 * Edge cases: isolates, leaves and nodes no shortest path runs through → 0 (as networkx and igraph).
 *
 * Complexity: O(n·m) time unweighted, O(n·m log n) weighted, divided over the threads; O(n + m) memory.
 */

/** Betweenness from the summed dependencies Σ_s δ_s(v) of a sweep, scaled as networkx scales it. */
export function betweennessFromDependencies(
  dependency: Float64Array,
  directed: boolean,
  normalized: boolean,
): Float64Array {
  const n = dependency.length;
  let scale = 1;
  if (n >= 3) {
    if (normalized) scale = 1 / ((n - 1) * (n - 2));
    else if (!directed) scale = 0.5;
  }
  return dependency.map((d) => d * scale);
}
