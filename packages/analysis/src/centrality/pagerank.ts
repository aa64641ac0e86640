/**
 * PageRank (Brin & Page 1998): the share of time a random walker spends at an actor when it follows
 * ties (in proportion to their strength) with probability α and jumps to a random actor otherwise —
 * where referrals, patients or messages tend to end up.
 *
 *   x_v = α (Σ_u x_u · w_uv / W_u + D / n) + (1 − α) / n,
 *
 * with W_u = Σ_w w_uw the out-strength of u, D = Σ_{u : W_u = 0} x_u the walkers at dangling nodes (no
 * out-ties), who jump uniformly, as networkx does by default. w_uv is the tie's strength when `weight`
 * is set (parallel ties added up), 1 otherwise; an undirected tie is followed either way.
 *
 * Computed as networkx's `pagerank` (alpha 0.85): power iteration from x = 1/n, stopping when
 * Σ_v |x_v − x_v'| < n · tolerance (default 1e-6), for at most `maxIterations` (default 100) steps.
 * Scores sum to 1. Note that networkx reads the `"weight"` attribute by default; here the default is
 * unweighted, as for every measure.
 *
 * Reference: Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual web search engine.
 * Computer Networks and ISDN Systems 30, 107–117. Page, L., Brin, S., Motwani, R. & Winograd, T.
 * (1999). The PageRank citation ranking: bringing order to the web. Stanford InfoLab.
 *
 * Edge cases: an isolate gets (1 − α)/n plus its share of the dangling walkers (it is dangling itself);
 * an empty graph gives no scores. With α < 1 the error shrinks by a factor α per step, so the defaults
 * always converge; if `maxIterations` is too small for that, every score is `NaN` (networkx raises
 * `PowerIterationFailedConvergence`).
 *
 * Complexity: O(n + m) per iteration, O(maxIterations · (n + m)) at most; O(n) memory.
 */
import type { Adjacency } from "../graph/adjacency.js";
import type { PowerIteration } from "./eigenvector.js";

/** PageRank of every node with damping `alpha` (`NaN` if it does not converge); `weighted` uses arc weights as strengths. */
export function pagerank(
  adjacency: Adjacency,
  weighted: boolean,
  alpha: number,
  { tolerance, maxIterations }: PowerIteration,
): Float64Array {
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`alpha must be in [0, 1], got ${alpha}`);
  const { outOffsets, outTargets, outWeights } = adjacency;
  const n = adjacency.nodes.length;
  if (n === 0) return new Float64Array(0);
  const outStrength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++)
      outStrength[v]! += weighted ? outWeights[k]! : 1;
  }
  let x = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const strength = outStrength[v]!;
      if (strength === 0) {
        dangling += x[v]!;
        continue;
      }
      const share = x[v]! / strength;
      for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) {
        next[outTargets[k]!]! += share * (weighted ? outWeights[k]! : 1);
      }
    }
    const jump = (alpha * dangling) / n + (1 - alpha) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = alpha * next[v]! + jump;
      change += Math.abs(next[v]! - x[v]!);
    }
    x = next;
    if (change < n * tolerance) return x;
  }
  return x.fill(Number.NaN);
}
