import type { AbstractGraph } from "graphology-types";
import type { Adjacency } from "../graph/adjacency.js";
import { readGroups } from "../graph/groups.js";
import type { GroupOption } from "../graph/options.js";

/**
 * Nodes' groups as small integers, for the mixing measures: `groups` sorted by code unit (so results
 * list groups in the same order on every run), `of[v]` the index of node v's group in `groups` or −1
 * when v has no group, `sizes[g]` the number of nodes in group g. O(n log n).
 */
export interface GroupIndex {
  groups: string[];
  of: Int32Array;
  sizes: Int32Array;
  /** Number of nodes without a group (`of[v] === −1`). */
  ungrouped: number;
}

/** Reads every node's group per `group` and numbers the groups (see {@link GroupIndex}). */
export function groupIndex(graph: AbstractGraph, adjacency: Adjacency, group: GroupOption): GroupIndex {
  const byNode = readGroups(graph, group);
  const groups = [...new Set([...byNode.values()].filter((g) => g !== undefined))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const number = new Map(groups.map((g, i) => [g, i] as const));
  const of = new Int32Array(adjacency.nodes.length);
  const sizes = new Int32Array(groups.length);
  let ungrouped = 0;
  adjacency.nodes.forEach((node, v) => {
    const g = byNode.get(node);
    const i = g === undefined ? -1 : number.get(g)!;
    of[v] = i;
    if (i < 0) ungrouped += 1;
    else sizes[i]! += 1;
  });
  return { groups, of, sizes, ungrouped };
}

/**
 * Calls `visit(s, t, w)` once per tie of the view: every arc of a directed view, every unordered
 * pair (s < t) of an undirected one. `w` is the merged weight (the number of underlying ties when
 * the view is unweighted). O(m).
 */
export function forEachTie(adjacency: Adjacency, visit: (s: number, t: number, w: number) => void): void {
  const { outOffsets, outTargets, outWeights, directed } = adjacency;
  for (let s = 0; s < adjacency.nodes.length; s++) {
    for (let k = outOffsets[s]!; k < outOffsets[s + 1]!; k++) {
      const t = outTargets[k]!;
      if (directed || s < t) visit(s, t, outWeights[k]!);
    }
  }
}
