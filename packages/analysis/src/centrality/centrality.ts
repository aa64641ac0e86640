/**
 * Centrality: which actors hold the network together — by their ties (degree, strength), by lying on
 * the paths between others (betweenness), by being near everyone (closeness, harmonic), by being tied
 * to the well-tied (eigenvector) or by where a random walk of referrals ends up (PageRank). Each
 * measure's definition, formula, reference, edge cases and complexity are in its own file:
 * `degree.ts`, `betweenness.ts`, `closeness.ts` (closeness and harmonic), `eigenvector.ts`,
 * `pagerank.ts`; the shortest paths in `sweep-kernel.ts` and `sweep.ts`, path lengths in
 * `path-lengths.ts`. Every measure follows networkx's definition and defaults; the tests check them
 * against networkx and igraph.
 *
 * What a weight means. Degree/strength, eigenvector and PageRank read a weight as a strength (more is
 * stronger). Betweenness, closeness and harmonic need lengths: with `weightMeans: "strength"` (the
 * default, because a tvaers weight is a strength) a tie's length is 1 / weight, so strong ties are
 * short; with `weightMeans: "distance"` the length is the weight itself, which is how networkx and
 * graphology read `weight` on paths (the cause of graphology issue #501). The result's `pathLength`
 * says which was used: `"hops"`, `"1/weight"` or `"weight"`.
 *
 * Direction follows the view (`directed` option, see `buildAdjacency`): in a directed view degree
 * splits into in and out, paths follow ties' direction, closeness and harmonic use distances to the
 * node, eigenvector uses in-ties and PageRank follows out-ties.
 *
 * Why not graphology-metrics: its measures read graphology's edges directly, so they cannot see that a
 * tvaers tie with `directed: false` runs both ways, nor share the merged typed-array view every measure
 * here uses; its betweenness reads `weight` as a distance; and at 10,000 nodes its betweenness takes
 * 25–55 s where this sweep takes a fraction of igraph's time (`pnpm bench betweenness`).
 *
 * Complexity: O(n + m) for degrees; one shared shortest-path sweep O(n·m) (O(n·m log n) weighted) for
 * betweenness, closeness and harmonic, on several threads for large graphs; O(iterations · m) for
 * eigenvector and PageRank.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import { keyed } from "../graph/keyed.js";
import type { TieOptions } from "../graph/options.js";
import { betweennessFromDependencies } from "./betweenness.js";
import { closenessFromDistances } from "./closeness.js";
import { type DegreeMeasure, degrees } from "./degree.js";
import { eigenvectorCentrality } from "./eigenvector.js";
import { pagerank } from "./pagerank.js";
import { arcLengths, type PathLength, pathLengthOf, type WeightMeans } from "./path-lengths.js";
import { sweep, type Threads } from "./sweep.js";

/** A measure `centrality` can compute. */
export type CentralityMeasure =
  | DegreeMeasure
  | "betweenness"
  | "closeness"
  | "harmonic"
  | "eigenvector"
  | "pagerank";

const DEGREE_MEASURES: readonly DegreeMeasure[] = [
  "degree",
  "inDegree",
  "outDegree",
  "strength",
  "inStrength",
  "outStrength",
];

/** Every measure, in the order results list them. */
const ALL_MEASURES: readonly CentralityMeasure[] = [
  ...DEGREE_MEASURES,
  "betweenness",
  "closeness",
  "harmonic",
  "eigenvector",
  "pagerank",
];

/** Options of {@link centrality}. */
export interface CentralityOptions extends TieOptions {
  /** Measures to compute. Default: all. */
  measures?: readonly CentralityMeasure[];
  /** For betweenness, closeness and harmonic: whether `weight` is a strength (length 1/weight) or a distance (length = weight). Default `"strength"`. */
  weightMeans?: WeightMeans;
  /** Normalise degrees by n − 1 and betweenness by (n − 1)(n − 2), as networkx does by default. `false` gives raw counts (igraph's betweenness). Default `true`. */
  normalized?: boolean;
  /** Wasserman–Faust closeness for graphs that are not connected (networkx's `wf_improved`). Default `true`. */
  wfImproved?: boolean;
  /** PageRank's damping factor. Default 0.85. */
  alpha?: number;
  /** Stop eigenvector and PageRank iterations when the L1 change is below n · tolerance. Default 1e-6 (networkx). */
  tolerance?: number;
  /** Give up (scores `NaN`) when eigenvector or PageRank has not converged after this many iterations. Default 100 (networkx). */
  maxIterations?: number;
  /** Threads for the shortest-path sweep (Node only): a number, or `"auto"` to use every core on large graphs. Default `"auto"`. */
  threads?: Threads;
}

/** Defaults of {@link centrality}'s options. */
export const CENTRALITY_DEFAULTS = {
  measures: ALL_MEASURES,
  weight: null,
  weightMeans: "strength",
  normalized: true,
  wfImproved: true,
  alpha: 0.85,
  tolerance: 1e-6,
  maxIterations: 100,
  threads: "auto",
} as const satisfies CentralityOptions;

/** The result of {@link centrality}: one object keyed by node id per requested measure. */
export type Centrality = Partial<Record<CentralityMeasure, Record<string, number>>> & {
  /** Whether the view was directed. */
  directed: boolean;
  /** The path length betweenness, closeness and harmonic used: hops, 1/weight (strength) or weight (distance). */
  pathLength: PathLength;
};

/**
 * Centrality measures of every actor, keyed by node id, for the requested `measures`. See the file
 * comment for what a weight means on paths, and each measure's file for its definition.
 *
 * @example
 * const { betweenness, pathLength } = centrality(graph, {
 *   measures: ["betweenness", "pagerank"],
 *   weight: "weight", // patients handed over: a strength, so path length = 1/weight
 * });
 */
export function centrality(graph: AbstractGraph, options: CentralityOptions = {}): Centrality {
  const {
    measures = CENTRALITY_DEFAULTS.measures,
    weight = CENTRALITY_DEFAULTS.weight,
    weightMeans = CENTRALITY_DEFAULTS.weightMeans,
    normalized = CENTRALITY_DEFAULTS.normalized,
    wfImproved = CENTRALITY_DEFAULTS.wfImproved,
    alpha = CENTRALITY_DEFAULTS.alpha,
    tolerance = CENTRALITY_DEFAULTS.tolerance,
    maxIterations = CENTRALITY_DEFAULTS.maxIterations,
    threads = CENTRALITY_DEFAULTS.threads,
  } = options;
  for (const measure of measures) {
    if (!ALL_MEASURES.includes(measure))
      throw new RangeError(`unknown centrality measure: ${String(measure)}`);
  }
  const tieOptions: TieOptions = { weight, directed: options.directed, kinds: options.kinds };
  const adjacency = buildAdjacency(graph, tieOptions);
  const pathLength = pathLengthOf({ weight }, weightMeans);
  const wanted = new Set(measures);
  const weighted = weight !== null;
  const iteration = { tolerance, maxIterations };
  const values = new Map<CentralityMeasure, Float64Array>();

  if (DEGREE_MEASURES.some((m) => wanted.has(m))) {
    for (const [measure, vector] of Object.entries(degrees(adjacency, normalized))) {
      values.set(measure as DegreeMeasure, vector);
    }
  }
  if (wanted.has("betweenness") || wanted.has("closeness") || wanted.has("harmonic")) {
    const sums = sweep(adjacency, arcLengths(graph, adjacency, tieOptions, pathLength), {
      dependency: wanted.has("betweenness"),
      distances: wanted.has("closeness"),
      harmonic: wanted.has("harmonic"),
      groups: null,
      threads,
    });
    if (sums.dependency) {
      values.set("betweenness", betweennessFromDependencies(sums.dependency, adjacency.directed, normalized));
    }
    if (sums.distanceSum && sums.reach) {
      values.set("closeness", closenessFromDistances(sums.distanceSum, sums.reach, wfImproved));
    }
    if (sums.harmonic) values.set("harmonic", sums.harmonic);
  }
  if (wanted.has("eigenvector"))
    values.set("eigenvector", eigenvectorCentrality(adjacency, weighted, iteration));
  if (wanted.has("pagerank")) values.set("pagerank", pagerank(adjacency, weighted, alpha, iteration));

  const result: Centrality = { directed: adjacency.directed, pathLength };
  for (const measure of ALL_MEASURES) {
    const vector = values.get(measure);
    if (wanted.has(measure) && vector !== undefined) {
      result[measure] = keyed(adjacency.nodes.map((node, i) => [node, vector[i]!] as const));
    }
  }
  return result;
}
