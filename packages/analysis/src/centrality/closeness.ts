/**
 * Closeness (Bavelas 1950; Sabidussi 1966) and harmonic closeness (Marchiori & Latora 2000): how
 * near an actor is to the others — how quickly what others know reaches it.
 *
 * Distances run *to* v (d(u, v), u → … → v), as networkx computes them on a directed graph; in an
 * undirected view direction does not matter. With r(v) the number of other nodes that reach v,
 *
 *   closeness(v) = (r(v) / Σ_u d(u, v)) · (r(v) / (n − 1))      (wfImproved: true, the default)
 *   closeness(v) =  r(v) / Σ_u d(u, v)                          (wfImproved: false)
 *   harmonic(v)  = Σ_{u ≠ v} 1 / d(u, v)                       (1/∞ = 0; not normalised)
 *
 * The first is the Wasserman–Faust correction for graphs that are not (strongly) connected: closeness
 * within v's reach, scaled by the share of the graph that reaches v (networkx's `closeness_centrality`
 * with `wf_improved=True`). Harmonic closeness is networkx's `harmonic_centrality`; it needs no
 * correction because unreachable nodes add 0. `wfImproved: false` gives igraph's
 * `closeness(mode = "in", normalized = TRUE)`, which averages over the reaching nodes only (igraph
 * gives `NaN` where no node reaches v, networkx and this function 0).
 *
 * Reference: Bavelas, A. (1950). Communication patterns in task-oriented groups. Journal of the
 * Acoustical Society of America 22(6), 725–730. Sabidussi, G. (1966). The centrality index of a
 * graph. Psychometrika 31(4), 581–603. Freeman, L. C. (1979). Centrality in social networks:
 * conceptual clarification. Social Networks 1(3), 215–239. Wasserman, S. & Faust, K. (1994). Social
 * Network Analysis. Cambridge University Press, p. 201. Marchiori, M. & Latora, V. (2000). Harmony in
 * the small-world. Physica A 285, 539–546. Boldi, P. & Vigna, S. (2014). Axioms for centrality.
 * Internet Mathematics 10, 222–262.
 *
 * Edge cases: a node no other node reaches (isolates included) → 0 for both, as networkx; a graph of
 * one node → 0.
 *
 * Complexity: one shortest-path sweep from every node, shared with betweenness: O(n·m) unweighted,
 * O(n·m log n) weighted.
 */

/** Closeness from the summed distances to each node and the number of nodes that reach it. */
export function closenessFromDistances(
  distanceSum: Float64Array,
  reach: Float64Array,
  wfImproved: boolean,
): Float64Array {
  const n = distanceSum.length;
  return distanceSum.map((total, v) => {
    if (!(total > 0) || n < 2) return 0;
    const r = reach[v]!;
    return wfImproved ? (r / total) * (r / (n - 1)) : r / total;
  });
}
