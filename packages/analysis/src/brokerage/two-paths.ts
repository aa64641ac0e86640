/**
 * Brokered two-paths: node v brokers the ordered pair (a, b) when a → v and v → b are ties, a → b is
 * not, and a, v, b are distinct (Gould & Fernandez 1989, p. 93). Only nodes with a group take part:
 * nodes without one are left out together with their ties, as in the E-I index.
 *
 * Complexity: O(Σ_v Σ_{a→v} (outdeg(a) + outdeg(v))) time — for each in-tie a → v, a's out-ties are
 * stamped once and v's out-ties scanned once — and O(n) extra memory.
 */
import type { AbstractGraph } from "graphology-types";
import type { Adjacency } from "../graph/adjacency.js";
import { readGroups } from "../graph/groups.js";
import type { GroupOption } from "../graph/options.js";

/** The groups of an adjacency view's nodes as small integers. */
export interface GroupIds {
  /** Group index per node (in adjacency order), −1 for a node without a group. */
  ids: Int32Array;
  /** Group names, by index, in order of first appearance. */
  names: string[];
  /** Number of nodes per group, by index. */
  sizes: number[];
}

/** Numbers the groups of the nodes of `adjacency` (read from `graph` per the `group` option). */
export function groupIds(graph: AbstractGraph, adjacency: Adjacency, group: GroupOption): GroupIds {
  const byNode = readGroups(graph, group);
  const index = new Map<string, number>();
  const names: string[] = [];
  const sizes: number[] = [];
  const ids = new Int32Array(adjacency.nodes.length);
  adjacency.nodes.forEach((node, v) => {
    const name = byNode.get(node);
    if (name === undefined) {
      ids[v] = -1;
      return;
    }
    let g = index.get(name);
    if (g === undefined) {
      g = names.length;
      index.set(name, g);
      names.push(name);
      sizes.push(0);
    }
    sizes[g]! += 1;
    ids[v] = g;
  });
  return { ids, names, sizes };
}

/** Number of arcs of `adjacency` between two grouped nodes (the m of the density). */
export function groupedArcs(adjacency: Adjacency, ids: Int32Array): number {
  let m = 0;
  for (let v = 0; v < ids.length; v++) {
    if (ids[v]! < 0) continue;
    for (let k = adjacency.outOffsets[v]!; k < adjacency.outOffsets[v + 1]!; k++) {
      if (ids[adjacency.outTargets[k]!]! >= 0) m += 1;
    }
  }
  return m;
}

/**
 * Calls `visit(a, v, b, inArc, outArc)` once for every brokered two-path a → v → b between grouped
 * nodes; `inArc` indexes a → v in `inSources`/`inWeights`, `outArc` indexes v → b in
 * `outTargets`/`outWeights`.
 */
export function forEachBrokeredPath(
  adjacency: Adjacency,
  ids: Int32Array,
  visit: (source: number, broker: number, target: number, inArc: number, outArc: number) => void,
): void {
  const { inOffsets, inSources, outOffsets, outTargets } = adjacency;
  const n = adjacency.nodes.length;
  // stamp[x] = k when x is an out-neighbour of the source of in-arc k (k identifies the pair a → v).
  const stamp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    if (ids[v]! < 0) continue;
    const outStart = outOffsets[v]!;
    const outEnd = outOffsets[v + 1]!;
    if (outStart === outEnd) continue;
    for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) {
      const a = inSources[k]!;
      if (ids[a]! < 0) continue;
      for (let l = outOffsets[a]!; l < outOffsets[a + 1]!; l++) stamp[outTargets[l]!] = k;
      for (let l = outStart; l < outEnd; l++) {
        const b = outTargets[l]!;
        if (b !== a && ids[b]! >= 0 && stamp[b] !== k) visit(a, v, b, k, l);
      }
    }
  }
}
