/**
 * Cross-sector share per cluster: of the ties inside each health cluster, how many (and how much
 * weight) connect actors of different sectors,
 *
 *   share_c = #{ties u–v : cluster(u) = cluster(v) = c, sector(u) ≠ sector(v)} / #{ties u–v : cluster(u) = cluster(v) = c},
 *
 * and likewise `weightShare_c` with summed weights (strengths). A tie belongs to cluster c when both
 * ends are in c; ties whose ends are in two different clusters are reported together under
 * `between`, and ties with an end that has no cluster under `unassigned`. `overall` covers every
 * counted tie. This is the descriptive figure that planners compare across clusters (the share of
 * collaboration that crosses a sector boundary; see `summarizeNetwork` in @tvaers/model for the
 * network-wide version over raw ties); for a test against chance use `eiIndex`.
 *
 * Counting: ties are the pairs of the view built by `buildAdjacency` (parallel ties merge; an arc of a
 * directed view or an unordered pair of an undirected view counts once; self-loops are dropped).
 * With no weight option every underlying tie weighs 1, so `weight` then counts parallel ties.
 *
 * Edge cases: ties with an end that has no sector (no `group` value) are left out and counted in
 * `excluded`; a share whose denominator is 0 is `NaN`.
 *
 * Complexity: O(n log n + m log m) for the view, then O(m + c log c) for c clusters.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import { readGroups } from "../graph/groups.js";
import { keyed } from "../graph/keyed.js";
import type { GroupOption, TieOptions } from "../graph/options.js";
import { forEachTie, groupIndex } from "./group-index.js";

/** Options of {@link crossSectorShare}. */
export interface CrossSectorShareOptions extends TieOptions {
  /** What a tie must cross to count as cross-sector: a node attribute or getter. Default `"sector"`. */
  group?: GroupOption;
  /** What the ties are reported by: a node attribute or getter. Default `"cluster"`. */
  by?: GroupOption;
}

/** Cross-sector ties and weight of one set of ties. */
export interface CrossSectorPart {
  /** Number of ties. */
  ties: number;
  /** Number of those whose ends are in different sectors. */
  crossTies: number;
  /** `crossTies / ties` (`NaN` when there are no ties). */
  share: number;
  /** Summed weight of the ties. */
  weight: number;
  /** Summed weight of the cross-sector ties. */
  crossWeight: number;
  /** `crossWeight / weight` (`NaN` when the weight is 0). */
  weightShare: number;
}

/** The result of {@link crossSectorShare}. */
export interface CrossSectorShare {
  /** Per cluster, the ties with both ends in it (clusters sorted by code unit). */
  clusters: Record<string, CrossSectorPart>;
  /** Ties whose ends are in two different clusters. */
  between: CrossSectorPart;
  /** Ties with an end that has no cluster. */
  unassigned: CrossSectorPart;
  /** All counted ties. */
  overall: CrossSectorPart;
  /** Ties left out because an end has no sector. */
  excluded: number;
}

/** Defaults of {@link crossSectorShare}: sectors within clusters, unweighted; `directed`, `kinds` as the graph has them. */
export const CROSS_SECTOR_SHARE_DEFAULTS = {
  group: "sector",
  by: "cluster",
  weight: null,
} as const satisfies CrossSectorShareOptions;

/**
 * The share of ties (and of weight) that cross a sector boundary, per cluster, between clusters and
 * overall. See the file comment for the counting rules.
 *
 * @example
 * const { clusters } = crossSectorShare(graph, { weight: "weight" });
 * clusters.vest.share; // 0.39: 39 % of the ties inside Klynge Vest connect two sectors
 */
export function crossSectorShare(
  graph: AbstractGraph,
  options: CrossSectorShareOptions = {},
): CrossSectorShare {
  const {
    group = CROSS_SECTOR_SHARE_DEFAULTS.group,
    by = CROSS_SECTOR_SHARE_DEFAULTS.by,
    weight = CROSS_SECTOR_SHARE_DEFAULTS.weight,
  } = options;
  const adjacency = buildAdjacency(graph, { weight, directed: options.directed, kinds: options.kinds });
  const sector = groupIndex(graph, adjacency, group).of;
  const clusterOf = readGroups(graph, by);
  const cluster = adjacency.nodes.map((node) => clusterOf.get(node));

  const clusters = new Map<string, number[]>();
  const between = [0, 0, 0, 0];
  const unassigned = [0, 0, 0, 0];
  const overall = [0, 0, 0, 0];
  let excluded = 0;
  forEachTie(adjacency, (s, t, w) => {
    if (sector[s]! < 0 || sector[t]! < 0) {
      excluded += 1;
      return;
    }
    const cs = cluster[s];
    const ct = cluster[t];
    let part = between;
    if (cs === undefined || ct === undefined) part = unassigned;
    else if (cs === ct) {
      part = clusters.get(cs) ?? [0, 0, 0, 0];
      clusters.set(cs, part);
    }
    const cross = sector[s] !== sector[t];
    for (const counts of [part, overall]) {
      counts[0]! += 1;
      counts[2]! += w;
      if (cross) {
        counts[1]! += 1;
        counts[3]! += w;
      }
    }
  });
  const names = [...clusters.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    clusters: keyed(names.map((name) => [name, toPart(clusters.get(name)!)] as const)),
    between: toPart(between),
    unassigned: toPart(unassigned),
    overall: toPart(overall),
    excluded,
  };
}

/** Turns [ties, crossTies, weight, crossWeight] into a {@link CrossSectorPart}. */
function toPart([ties = 0, crossTies = 0, weight = 0, crossWeight = 0]: number[]): CrossSectorPart {
  return {
    ties,
    crossTies,
    share: ties === 0 ? Number.NaN : crossTies / ties,
    weight,
    crossWeight,
    weightShare: weight === 0 ? Number.NaN : crossWeight / weight,
  };
}
