/**
 * Between-group path share: the share of the shortest paths between actors of *different* groups
 * (sectors, by default) that run through an actor — betweenness restricted to the pairs that cross a
 * sector boundary, so a hospital's liaison nurse or a municipal coordinator shows up, and a busy
 * broker inside one sector does not.
 *
 *   share(v) = Σ_{(s, t) ∈ X_v} σ_st(v) / σ_st  /  |{(s, t) ∈ X_v : σ_st > 0}|,
 *   X_v = {(s, t) : s ≠ v ≠ t, g(s) and g(t) defined, g(s) ≠ g(t)},
 *
 * over ordered pairs, with σ_st the number of shortest s–t paths and σ_st(v) those through v: the mean,
 * over the connected between-group pairs of other actors, of the fraction of their shortest paths that
 * pass v. 0 means no such path uses v; 1 means every one does. In an undirected view (s, t) and (t, s)
 * both count, which leaves the share unchanged. Paths are on hops or on lengths from `weight` and
 * `weightMeans`, as for betweenness (see `centrality/path-lengths.ts`).
 *
 * This is the source/target-restricted betweenness of Brandes (2008) — networkx's
 * `betweenness_centrality_subset` — with the allowed (s, t) pairs being those in different groups,
 * computed with the sweep of `centrality/sweep-kernel.ts` that counts a target only when its group
 * differs from the source's. Boundary spanners between sectors are what the health-care network
 * literature looks for (Long, Cunningham & Braithwaite 2013). The tests check the share against a
 * Python reference of our own that enumerates every shortest path with networkx.
 *
 * Reference: Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
 * computation. Social Networks 30(2), 136–145. Long, J. C., Cunningham, F. C. & Braithwaite, J. (2013).
 * Bridges, brokers and boundary spanners in collaborative networks: a systematic review. BMC Health
 * Services Research 13, 158.
 *
 * Edge cases: actors without a group are never s or t but can lie on paths; `NaN` when no
 * between-group pair of other actors is connected (one group only, say); 0 for isolates otherwise.
 *
 * Complexity: O(n·m) unweighted, O(n·m log n) weighted (on several threads for large graphs), O(n + m)
 * memory.
 */
import type { SweepResult } from "../centrality/sweep.js";

/** The share from a group-mode sweep (between-group dependencies and cross-group reach counts). */
export function betweenGroupShareFromSweep(sums: SweepResult): Float64Array {
  const dependency = sums.dependency!;
  const crossOut = sums.crossOut!;
  const crossIn = sums.crossIn!;
  let total = 0;
  for (const count of crossOut) total += count;
  return dependency.map((d, v) => {
    const pairs = total - crossOut[v]! - crossIn[v]!;
    return pairs > 0 ? d / pairs : Number.NaN;
  });
}
