/**
 * Arc lengths for shortest paths. A tvaers weight is a strength (more patients, more messages = a
 * closer tie), but shortest paths need distances, so path-based measures state which one a weight is:
 *
 * - `weightMeans: "strength"` (the default): length = 1 / weight, after parallel ties (and, in an
 *   undirected view, both directions of a pair) have been added up into one strength. A weight of 0
 *   is no tie at all (infinite length).
 * - `weightMeans: "distance"`: length = weight, as networkx's `weight=` and graphology's betweenness
 *   read it; parallel ties give the shortest of their lengths, as a shortest path would take it. A
 *   length of 0 throws: it makes shortest paths ambiguous.
 *
 * Unweighted (`weight` unset): every arc has length 1 (hops). Results name the choice made in a
 * `pathLength` field (`"hops"`, `"1/weight"` or `"weight"`), so it is never silent.
 *
 * Complexity: O(m) for strengths; O(m log d) for distances (a binary search per tie in rows of
 * degree d).
 */
import type { AbstractGraph } from "graphology-types";
import { type Adjacency, isUndirectedTie, weightGetter } from "../graph/adjacency.js";
import type { TieOptions } from "../graph/options.js";

/** What an edge weight means on a shortest path: a strength (length 1/weight) or a distance (length = weight). */
export type WeightMeans = "strength" | "distance";

/** The path length used: hops (unweighted), 1/weight (weights are strengths) or weight (distances). */
export type PathLength = "hops" | "1/weight" | "weight";

/** Arc lengths aligned with an adjacency's out-arcs and in-arcs; `null` for hops. */
export interface ArcLengths {
  pathLength: PathLength;
  outLengths: Float64Array | null;
  inLengths: Float64Array | null;
}

/** The path length that `weight` and `weightMeans` give. */
export function pathLengthOf(options: Pick<TieOptions, "weight">, weightMeans: WeightMeans): PathLength {
  if (options.weight === undefined || options.weight === null) return "hops";
  if (weightMeans !== "strength" && weightMeans !== "distance") {
    throw new RangeError(`weightMeans must be "strength" or "distance", got ${String(weightMeans)}`);
  }
  return weightMeans === "strength" ? "1/weight" : "weight";
}

/** Position of `key` in the ascending run `array[start … end−1]` (it is known to be there). */
function find(array: Int32Array, start: number, end: number, key: number): number {
  let lo = start;
  let hi = end - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (array[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Computes the arc lengths of `adjacency` (built from `graph` with the same tie options) for the
 * chosen path length.
 */
export function arcLengths(
  graph: AbstractGraph,
  adjacency: Adjacency,
  options: TieOptions,
  pathLength: PathLength,
): ArcLengths {
  if (pathLength === "hops") return { pathLength, outLengths: null, inLengths: null };
  if (pathLength === "1/weight") {
    const invert = (weights: Float64Array) => weights.map((w) => (w > 0 ? 1 / w : Number.POSITIVE_INFINITY));
    return { pathLength, outLengths: invert(adjacency.outWeights), inLengths: invert(adjacency.inWeights) };
  }
  const { index, outOffsets, outTargets, inOffsets, inSources } = adjacency;
  const outLengths = new Float64Array(outTargets.length).fill(Number.POSITIVE_INFINITY);
  const inLengths = new Float64Array(inSources.length).fill(Number.POSITIVE_INFINITY);
  const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
  const weightOf = weightGetter(graph, options.weight);
  const setArc = (s: number, t: number, length: number) => {
    const o = find(outTargets, outOffsets[s]!, outOffsets[s + 1]!, t);
    const i = find(inSources, inOffsets[t]!, inOffsets[t + 1]!, s);
    outLengths[o] = Math.min(outLengths[o]!, length);
    inLengths[i] = Math.min(inLengths[i]!, length);
  };
  graph.forEachEdge((edge, attributes, source, target) => {
    if (source === target) return;
    if (kinds !== undefined && !kinds.has(attributes.kind as string)) return;
    const length = weightOf(edge);
    if (length === 0) {
      throw new RangeError(
        `edge ${edge}: a distance of 0 makes shortest paths ambiguous (weightMeans: "distance")`,
      );
    }
    const s = index.get(source)!;
    const t = index.get(target)!;
    setArc(s, t, length);
    if (!adjacency.directed || isUndirectedTie(graph, edge)) setArc(t, s, length);
  });
  return { pathLength, outLengths, inLengths };
}
