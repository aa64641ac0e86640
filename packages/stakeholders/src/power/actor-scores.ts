/**
 * How central each actor of a network is, as one score from 0 to 1 that can stand for power in the
 * network (Prell, Hubacek & Reed 2009, who read stakeholders' influence from their degree and
 * betweenness in the stakeholder network). Three components:
 *
 * - `degree`: the number of actors an actor has ties with (degree centrality, Freeman 1979);
 * - `betweenness`: how often it lies on the shortest paths between others (Freeman 1977);
 * - `brokerage`: how many pairs from other groups (sectors, by default) only it connects: the
 *   Gould–Fernandez brokered two-paths in every role but coordinator (Gould & Fernandez 1989).
 *
 * Each component c is put on 0–1 across the network's n actors, by default as a rank:
 *
 *   rank:  ĉ(a) = #{x : c(x) < c(a)} / (n − 1)   the share of the other actors a is more central than
 *   max:   ĉ(a) = c(a) / max_x c(x)               relative to the most central actor (0 when all are 0)
 *
 * and the score is their weighted mean, score(a) = Σ_c w_c · ĉ(a) / Σ_c w_c. Ranks are the default
 * because centralities are skewed (a few actors hold most of the betweenness), so dividing by the
 * largest leaves almost every actor near 0, while stated power is an ordinal rating; a rank reads as
 * "more central than 75 % of the other actors". Tied actors share the lower rank, so actors without
 * any brokerage all score 0 on it; a network of one actor ranks it 0.
 *
 * By default the three weigh alike, and ties count whatever their direction and weight (who is
 * connected to whom), over every tie kind. With `brokerage: 0` the score is Prell et al.'s pair.
 * Centrality comes from `@tvaers/analysis` (`centrality`, `brokerage`).
 *
 * References: Prell, C., Hubacek, K., & Reed, M. (2009). Stakeholder analysis and social network
 * analysis in natural resource management. Society & Natural Resources 22(6), 501–518. Freeman, L. C.
 * (1977, 1979), see `@tvaers/analysis`. Gould, R. V., & Fernandez, R. M. (1989). Structures of
 * mediation. Sociological Methodology 19, 89–126.
 *
 * Complexity: O(n·m) for betweenness; brokerage about n·k² for mean degree k; O(n log n) for ranks.
 */
import { brokerage, centrality, type GroupOption } from "@tvaers/analysis";
import type { AbstractGraph } from "graphology-types";

/** Relative weights of the components of an actor's score (non-negative, not all zero). */
export interface ComponentWeights {
  degree: number;
  betweenness: number;
  brokerage: number;
}

/** Options of {@link actorScores}. */
export interface ActorScoreOptions {
  /** Relative weights of degree, betweenness and brokerage. Default 1, 1, 1. */
  components?: ComponentWeights;
  /** Follow tie direction (`true`) or read every tie both ways (`false`, the default). */
  directed?: boolean;
  /** Only ties of these kinds (e.g. `["communication", "collaboration"]`). Default: every kind. */
  kinds?: readonly string[];
  /** The node attribute (or getter) naming the groups brokerage runs between. Default `"sector"`. */
  group?: GroupOption;
  /** How each component is put on 0–1: `"rank"` (default) or `"max"` (see the file comment). */
  normalise?: "rank" | "max";
}

/** Defaults of {@link actorScores}. */
export const ACTOR_SCORE_DEFAULTS = {
  components: { degree: 1, betweenness: 1, brokerage: 1 },
  directed: false,
  group: "sector",
  normalise: "rank",
} as const satisfies ActorScoreOptions;

/** An actor's components, each on 0–1, and their weighted mean. */
export interface ActorScore {
  degree: number;
  betweenness: number;
  brokerage: number;
  score: number;
}

/** Each value divided by the largest (NaN counts as 0); all 0 when the largest is 0. */
function byMax(values: ReadonlyMap<string, number>): Map<string, number> {
  const max = Math.max(0, ...values.values());
  return new Map([...values].map(([k, v]) => [k, max > 0 ? v / max : 0]));
}

/** Each value's rank: the share of the other values strictly below it. */
function byRank(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const below = (v: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const others = Math.max(1, sorted.length - 1);
  return new Map([...values].map(([k, v]) => [k, below(v) / others]));
}

/** A component's values with NaN (an actor brokerage leaves out) as 0. */
const clean = (entries: Iterable<readonly [string, number]>) =>
  new Map([...entries].map(([k, v]) => [k, Number.isNaN(v) ? 0 : v]));

/**
 * The score of every actor of a network (see the file comment), keyed by actor id. Throws a
 * `RangeError` for component weights that are negative, not finite or all zero.
 *
 * @example
 * // data/networks/klynge-vest.json: Morsø's GPs are more central than about three quarters of the actors
 * actorScores(toGraph(network)).get("gp-morso"); // { degree: 0.775, betweenness: 0.725, brokerage: 0.775, score: 0.758… }
 */
export function actorScores(graph: AbstractGraph, options: ActorScoreOptions = {}): Map<string, ActorScore> {
  const w = options.components ?? ACTOR_SCORE_DEFAULTS.components;
  const total = w.degree + w.betweenness + w.brokerage;
  if ([w.degree, w.betweenness, w.brokerage].some((x) => !(x >= 0) || !Number.isFinite(x)) || !(total > 0)) {
    throw new RangeError("component weights must be finite, non-negative numbers, not all zero");
  }
  const ties = {
    directed: options.directed ?? ACTOR_SCORE_DEFAULTS.directed,
    ...(options.kinds !== undefined && { kinds: options.kinds }),
  };
  const measured = centrality(graph, { ...ties, measures: ["degree", "betweenness"] });
  const brokered = brokerage(graph, { ...ties, group: options.group ?? ACTOR_SCORE_DEFAULTS.group });
  const normalise = (options.normalise ?? ACTOR_SCORE_DEFAULTS.normalise) === "max" ? byMax : byRank;
  const degree = normalise(clean(Object.entries(measured.degree ?? {})));
  const betweenness = normalise(clean(Object.entries(measured.betweenness ?? {})));
  const broker = normalise(
    clean(
      Object.entries(brokered.nodes).map(([actor, { raw }]) => [actor, raw.total - raw.coordinator] as const),
    ),
  );
  const scores = new Map<string, ActorScore>();
  graph.forEachNode((actor) => {
    const parts = {
      degree: degree.get(actor) ?? 0,
      betweenness: betweenness.get(actor) ?? 0,
      brokerage: broker.get(actor) ?? 0,
    };
    const score =
      (w.degree * parts.degree + w.betweenness * parts.betweenness + w.brokerage * parts.brokerage) / total;
    scores.set(actor, { ...parts, score });
  });
  return scores;
}
