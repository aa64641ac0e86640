/**
 * E-I index (Krackhardt & Stern 1988): how much a network's ties run between groups (External)
 * rather than within them (Internal),
 *
 *   E-I = (E − I) / (E + I),
 *
 * from −1 (every tie inside a group) to +1 (every tie across groups). E and I count ties (each tie
 * once: an arc of a directed view, an unordered pair of an undirected one; parallel ties merge), or
 * sum their weights (strengths) when `weight` is set, as UCINET's Homophily routine does for valued
 * data. Computed at three levels, as UCINET's Network › Cohesion › E-I Index does (Borgatti, Everett &
 * Freeman 2002; Hanneman & Riddle 2005, §8.6; Everett & Borgatti 2012 for the actor level):
 *
 * - whole network: all ties;
 * - group g: the ties with at least one end in g (I: both ends in g; E: one end in g, either
 *   direction);
 * - actor v: v's own ties, in and out (I: to its own group; E: to other groups).
 *
 * Expected value. If the ties were spread at random over all possible pairs, the share that is
 * external would be PE / (PE + PI), with PE = Σ_{g≠h} n_g n_h and PI = Σ_g n_g(n_g − 1) ordered pairs
 * (halved in an undirected view, which leaves the ratio unchanged). UCINET prints PE and PI as the
 * "maximum possible" external and internal ties and reports
 *
 *   expected = (PE − PI) / (PE + PI).
 *
 * It is also the exact mean of the permutation distribution below, because a label shuffle puts any
 * given pair in different groups with probability PE / (PE + PI).
 *
 * Permutation test. Group labels are shuffled among the grouped nodes (Fisher–Yates with a seeded
 * Mulberry32, so group sizes are kept and the same seed gives the same p-values), the whole-network
 * E-I is recomputed for each of `permutations` shuffles, and with P permutations
 *
 *   pValue   = (1 + #{|perm − expected| ≥ |obs − expected|}) / (P + 1)   (two-sided)
 *   pGreater = (1 + #{perm ≥ obs}) / (P + 1),   pLess = (1 + #{perm ≤ obs}) / (P + 1),
 *
 * counting the observed labelling as one of the permutations so that no p-value is 0 (Phipson &
 * Smyth 2010). Comparisons allow a relative tolerance of 1e-12 so that equal values count as ties.
 * UCINET prints the plain fractions #{perm ≥ obs}/P and #{perm ≤ obs}/P instead.
 *
 * Edge cases: nodes without a group are left out, with their ties; an actor or group with no ties,
 * and a network with no ties, gets `NaN`; with `permutations: 0` the p-values and the permutation
 * mean and standard deviation are `NaN`.
 *
 * Complexity: O(n log n + m log m) for the view, O(n + m) for the indices, O(P(n + m)) for the test.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import { keyed } from "../graph/keyed.js";
import type { GroupOption, TieOptions } from "../graph/options.js";
import { mulberry32 } from "../random/mulberry32.js";
import { shuffle } from "../random/shuffle.js";
import { forEachTie, groupIndex } from "./group-index.js";

/** Options of {@link eiIndex}. */
export interface EIIndexOptions extends TieOptions {
  /** The node attribute (or getter) that names a node's group. Default `"sector"`. */
  group?: GroupOption;
  /** Number of label permutations for the test (0 skips it). Default 1000. */
  permutations?: number;
  /** Seed of the permutations' random numbers. Default 1. */
  seed?: number;
}

/** The result of {@link eiIndex}. */
export interface EIIndex {
  /** Whole-network E-I. */
  index: number;
  /** External ties (or weight). */
  external: number;
  /** Internal ties (or weight). */
  internal: number;
  /** Possible external pairs PE (ordered if directed, unordered if not). */
  possibleExternal: number;
  /** Possible internal pairs PI. */
  possibleInternal: number;
  /** E-I if the ties were spread at random over the possible pairs: (PE − PI) / (PE + PI). */
  expected: number;
  /** E-I of each group, over the ties with at least one end in it. */
  groups: Record<string, number>;
  /** E-I of each actor over its own ties (`NaN` for isolates and actors without a group). */
  actors: Record<string, number>;
  /** Number of permutations run. */
  permutations: number;
  /** Mean of the permuted whole-network E-I. */
  permutationMean: number;
  /** Standard deviation (population) of the permuted whole-network E-I. */
  permutationSd: number;
  /** Two-sided p-value: how often a permutation lies as far from `expected` as the observed index. */
  pValue: number;
  /** One-sided p-value for more external ties than by chance (perm ≥ obs). */
  pGreater: number;
  /** One-sided p-value for more internal ties than by chance (perm ≤ obs). */
  pLess: number;
}

/**
 * Defaults of {@link eiIndex}: groups by sector, ties counted (unweighted), 1000 permutations,
 * seed 1. `directed` and `kinds` default to the graph as it is.
 */
export const EI_INDEX_DEFAULTS = {
  group: "sector",
  weight: null,
  permutations: 1000,
  seed: 1,
} as const satisfies EIIndexOptions;

const ratio = (e: number, i: number) => (e + i > 0 ? (e - i) / (e + i) : Number.NaN);

/**
 * Krackhardt & Stern's E-I index of a partition (by default the sector) for the whole network, each
 * group and each actor, with its expected value and a seeded permutation test. See the file comment
 * for the exact counting and p-value rules.
 *
 * @example
 * const { index, expected, pValue, groups } = eiIndex(graph, { group: "sector", permutations: 5000 });
 * // index < expected with a small pValue: ties stay inside sectors more than chance would have it
 */
export function eiIndex(graph: AbstractGraph, options: EIIndexOptions = {}): EIIndex {
  const {
    group = EI_INDEX_DEFAULTS.group,
    weight = EI_INDEX_DEFAULTS.weight,
    permutations = EI_INDEX_DEFAULTS.permutations,
    seed = EI_INDEX_DEFAULTS.seed,
  } = options;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new RangeError(`permutations must be an integer ≥ 0, got ${String(permutations)}`);
  }
  const weighted = weight !== null;
  const adjacency = buildAdjacency(graph, { weight, directed: options.directed, kinds: options.kinds });
  const { groups, of, sizes } = groupIndex(graph, adjacency, group);
  const n = adjacency.nodes.length;

  // The ties between grouped nodes, as flat arrays for the permutation loop.
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  forEachTie(adjacency, (s, t, w) => {
    if (of[s]! < 0 || of[t]! < 0) return;
    sources.push(s);
    targets.push(t);
    weights.push(weighted ? w : 1);
  });

  const groupE = new Float64Array(groups.length);
  const groupI = new Float64Array(groups.length);
  const actorE = new Float64Array(n);
  const actorI = new Float64Array(n);
  let external = 0;
  let total = 0;
  sources.forEach((s, k) => {
    const t = targets[k]!;
    const w = weights[k]!;
    total += w;
    if (of[s] === of[t]) {
      groupI[of[s]!]! += w;
      actorI[s]! += w;
      actorI[t]! += w;
    } else {
      external += w;
      groupE[of[s]!]! += w;
      groupE[of[t]!]! += w;
      actorE[s]! += w;
      actorE[t]! += w;
    }
  });
  const index = ratio(external, total - external);

  let possibleInternal = 0;
  let grouped = 0;
  for (const size of sizes) {
    possibleInternal += size * (size - 1);
    grouped += size;
  }
  let possibleExternal = grouped * (grouped - 1) - possibleInternal;
  if (!adjacency.directed) {
    possibleInternal /= 2;
    possibleExternal /= 2;
  }
  const expected = ratio(possibleExternal, possibleInternal);

  const test = permutationTest(of, sources, targets, weights, total, index, expected, permutations, seed);
  return {
    index,
    external,
    internal: total - external,
    possibleExternal,
    possibleInternal,
    expected,
    groups: keyed(groups.map((name, g) => [name, ratio(groupE[g]!, groupI[g]!)] as const)),
    actors: keyed(adjacency.nodes.map((node, v) => [node, ratio(actorE[v]!, actorI[v]!)] as const)),
    permutations,
    ...test,
  };
}

/** Shuffles the group labels of the grouped nodes `permutations` times and compares the E-I. */
function permutationTest(
  of: Int32Array,
  sources: number[],
  targets: number[],
  weights: number[],
  total: number,
  observed: number,
  expected: number,
  permutations: number,
  seed: number,
): Pick<EIIndex, "permutationMean" | "permutationSd" | "pValue" | "pGreater" | "pLess"> {
  if (permutations === 0 || Number.isNaN(observed)) {
    const nan = Number.NaN;
    return { permutationMean: nan, permutationSd: nan, pValue: nan, pGreater: nan, pLess: nan };
  }
  const random = mulberry32(seed);
  const members = Int32Array.from(of.keys()).filter((v) => of[v]! >= 0);
  const labels = Int32Array.from(members, (v) => of[v]!);
  const permuted = Int32Array.from(of);
  const tolerance = 1e-12 * Math.max(1, Math.abs(observed));
  const distance = Math.abs(observed - expected) - tolerance;
  let farther = 0;
  let greater = 0;
  let less = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let p = 0; p < permutations; p++) {
    shuffle(labels, random);
    members.forEach((v, i) => {
      permuted[v] = labels[i]!;
    });
    let external = 0;
    for (let k = 0; k < sources.length; k++) {
      if (permuted[sources[k]!] !== permuted[targets[k]!]) external += weights[k]!;
    }
    const value = (2 * external - total) / total;
    sum += value;
    sumSquares += value * value;
    if (Math.abs(value - expected) >= distance) farther += 1;
    if (value >= observed - tolerance) greater += 1;
    if (value <= observed + tolerance) less += 1;
  }
  const mean = sum / permutations;
  return {
    permutationMean: mean,
    permutationSd: Math.sqrt(Math.max(0, sumSquares / permutations - mean * mean)),
    pValue: (farther + 1) / (permutations + 1),
    pGreater: (greater + 1) / (permutations + 1),
    pLess: (less + 1) / (permutations + 1),
  };
}
