/**
 * Articulation points and bridges (Hopcroft & Tarjan 1973): the actors and the links whose loss alone
 * splits the network into pieces that no longer reach each other by any route.
 *
 *   v is an articulation point ⇔ removing v increases the number of connected components;
 *   {u, v} is a bridge ⇔ removing the link between u and v increases it.
 *
 * Both are found in one depth-first search with discovery times disc(v) and low-points
 * low(v) = min(disc(v), disc of any node reached by a back edge from v's subtree): a non-root v with a
 * DFS child c such that low(c) ≥ disc(v) is an articulation point, a root with two or more DFS children
 * is one, and a tree edge (v, c) with low(c) > disc(v) is a bridge.
 *
 * Computed on the undirected view, whatever the graph's direction, as networkx's
 * `articulation_points` and `bridges` are defined only for undirected graphs: a tie in either
 * direction connects. Ties between the same pair of actors merge into one link, so two parallel ties
 * (a handoff and a communication tie between the same pair, say) form a bridge when that pair's link is
 * the only route — unlike networkx on a multigraph, which never counts a doubled pair as a bridge.
 *
 * Reference: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
 * manipulation. Communications of the ACM 16(6), 372–378. Tarjan, R. (1974). A note on finding the
 * bridges of a graph. Information Processing Letters 2(6), 160–161.
 *
 * Edge cases: isolates and leaves are never articulation points; a graph without ties has none and no
 * bridges.
 *
 * Complexity: O(n + m) time and memory (iterative, so deep graphs do not overflow the stack).
 */
import type { Adjacency } from "../graph/adjacency.js";

/** Articulation points (node indices, ascending) and bridges (index pairs [u, v] with u < v, sorted). */
export interface CutPoints {
  articulationPoints: number[];
  bridges: [number, number][];
}

/** Articulation points and bridges of an undirected adjacency view. */
export function cutPoints(adjacency: Adjacency): CutPoints {
  const { outOffsets, outTargets } = adjacency;
  const n = adjacency.nodes.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // next arc of each node to explore
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    next[root] = outOffsets[root]!;
    while (top >= 0) {
      const v = stack[top]!;
      if (next[v]! < outOffsets[v + 1]!) {
        const w = outTargets[next[v]!]!;
        next[v]! += 1;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          next[w] = outOffsets[w]!;
          stack[++top] = w;
          if (v === root) rootChildren += 1;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
        continue;
      }
      // v is finished: report to its DFS parent.
      top -= 1;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      if (p !== root && low[v]! >= disc[p]!) isCut[p] = 1;
      if (low[v]! > disc[p]!) bridges.push(p < v ? [p, v] : [v, p]);
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const articulationPoints: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) articulationPoints.push(v);
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints, bridges };
}
