/**
 * Bottlenecks: where collaboration across sectors depends on a single actor or a single link.
 *
 * - articulation points and bridges (`cut-points.ts`): actors and links whose loss splits the network,
 *   on the undirected view; `betweenGroupBridges` are the bridges whose two ends are in different
 *   groups — the one link between, say, the hospital side and the municipal side of a cluster;
 * - between-group path share (`between-group-share.ts`): per actor, the share of shortest paths
 *   between actors of different groups that run through it;
 * - removal loss (`removal-loss.ts`): per actor, the between-group pairs of other actors that could
 *   reach each other before it left and cannot after — the what-if "our MS consultant leaves".
 *
 * Groups come from the `group` option (default the `sector` attribute). Paths and reachability follow
 * the view's direction (`directed` option, see `buildAdjacency`); only articulation points and bridges
 * always use the undirected view. Path lengths for the share: hops, or 1/weight or weight per
 * `weight` and `weightMeans` (see `centrality/path-lengths.ts`); the result's `pathLength` says which.
 *
 * Complexity: O(n + m) for cut points; O(n·m) (O(n·m log n) weighted) for the share; O(n·m·k) with
 * small k for removal loss.
 */
import type { AbstractGraph } from "graphology-types";
import { arcLengths, type PathLength, pathLengthOf, type WeightMeans } from "../centrality/path-lengths.js";
import { sweep, type Threads } from "../centrality/sweep.js";
import { buildAdjacency } from "../graph/adjacency.js";
import { readGroups } from "../graph/groups.js";
import { keyed } from "../graph/keyed.js";
import type { GroupOption, TieOptions } from "../graph/options.js";
import { betweenGroupShareFromSweep } from "./between-group-share.js";
import { cutPoints } from "./cut-points.js";
import { removalLoss } from "./removal-loss.js";

/** Options of {@link bottlenecks}. */
export interface BottlenecksOptions extends TieOptions {
  /** The node attribute (or getter) that names an actor's group. Default `"sector"`. */
  group?: GroupOption;
  /** For the path share: whether `weight` is a strength (length 1/weight) or a distance. Default `"strength"`. */
  weightMeans?: WeightMeans;
  /** Threads for the path share's shortest-path sweep (Node only). Default `"auto"`. */
  threads?: Threads;
}

/** Defaults of {@link bottlenecks}'s options. */
export const BOTTLENECKS_DEFAULTS = {
  group: "sector",
  weight: null,
  weightMeans: "strength",
  threads: "auto",
} as const satisfies BottlenecksOptions;

/** The result of {@link bottlenecks}. Actor lists and pairs follow the graph's node order. */
export interface Bottlenecks {
  /** Whether paths and reachability followed ties' direction. */
  directed: boolean;
  /** The path length of the path share: hops, 1/weight (strength) or weight (distance). */
  pathLength: PathLength;
  /** Actors whose removal disconnects the undirected view. */
  articulationPoints: string[];
  /** Links (pairs of actors) whose removal disconnects the undirected view. */
  bridges: [string, string][];
  /** The bridges whose two actors are in different groups. */
  betweenGroupBridges: [string, string][];
  /** Share of the shortest paths between actors of different groups that run through each actor. */
  betweenGroupShare: Record<string, number>;
  /** Between-group pairs of other actors that can no longer reach each other once the actor is removed. */
  removalLoss: Record<string, number>;
  /** `removalLoss` as a share of the between-group pairs of other actors connected before. */
  removalLossShare: Record<string, number>;
}

/**
 * Articulation points, bridges (all and between groups), between-group path share and removal loss of
 * every actor. See the file comment and each measure's file for definitions.
 *
 * @example
 * const { removalLoss, betweenGroupBridges } = bottlenecks(graph, { group: "sector" });
 * removalLoss["ms-consultant"]; // between-sector pairs cut off if the MS consultant leaves
 */
export function bottlenecks(graph: AbstractGraph, options: BottlenecksOptions = {}): Bottlenecks {
  const {
    group = BOTTLENECKS_DEFAULTS.group,
    weight = BOTTLENECKS_DEFAULTS.weight,
    weightMeans = BOTTLENECKS_DEFAULTS.weightMeans,
    threads = BOTTLENECKS_DEFAULTS.threads,
  } = options;
  const tieOptions: TieOptions = { weight, directed: options.directed, kinds: options.kinds };
  const adjacency = buildAdjacency(graph, tieOptions);
  const { nodes } = adjacency;
  const pathLength = pathLengthOf({ weight }, weightMeans);

  const names = readGroups(graph, group);
  const ids = new Map<string, number>();
  const groups = Int32Array.from(nodes, (node) => {
    const name = names.get(node);
    if (name === undefined) return -1;
    if (!ids.has(name)) ids.set(name, ids.size);
    return ids.get(name)!;
  });

  const undirected = adjacency.directed
    ? buildAdjacency(graph, { ...tieOptions, directed: false })
    : adjacency;
  const cut = cutPoints(undirected);
  const pair = ([u, v]: [number, number]): [string, string] => [nodes[u]!, nodes[v]!];
  const crosses = ([u, v]: [number, number]) => groups[u]! >= 0 && groups[v]! >= 0 && groups[u] !== groups[v];

  const sums = sweep(adjacency, arcLengths(graph, adjacency, tieOptions, pathLength), {
    dependency: true,
    distances: false,
    harmonic: false,
    groups,
    threads,
  });
  const share = betweenGroupShareFromSweep(sums);
  const loss = removalLoss(adjacency, groups);
  const perNode = (values: ArrayLike<number>) => keyed(nodes.map((node, i) => [node, values[i]!] as const));

  return {
    directed: adjacency.directed,
    pathLength,
    articulationPoints: cut.articulationPoints.map((v) => nodes[v]!),
    bridges: cut.bridges.map(pair),
    betweenGroupBridges: cut.bridges.filter(crosses).map(pair),
    betweenGroupShare: perNode(share),
    removalLoss: perNode(loss.lost),
    removalLossShare: perNode(
      loss.lost.map((lost, v) => (loss.connected[v]! > 0 ? lost / loss.connected[v]! : Number.NaN)),
    ),
  };
}
