/**
 * One-at-a-time sensitivity of MAMCA scores, as data for a tornado diagram: each stakeholder weight,
 * each criterion weight and each of a model's impacts is moved down and up on its own, every other
 * input held at its stated value, and the model's score (and rank) at both ends is recorded.
 *
 *   stakeholder weight Ŵ_g   to Ŵ_g·(1 ∓ weightSwing) (default ±50 %, capped at 1), the other groups'
 *                            weights scaled so all still sum to 1 (with a single group, or one holding
 *                            all the weight, nothing can move);
 *   criterion weight ŵ_gc    the same within its group;
 *   impact I_mgc             to I ∓ its uncertainty, or ∓ `impactSwing` (default 1) when it has none,
 *                            clamped to −2 … +2; it moves only model m's score.
 *
 * Each bar's `range` is |score(high) − score(low)|; bars are sorted by range, widest first (ties in
 * parameter order), and `min` / `max` give the model's score range over all bars and its base score.
 *
 * Complexity: O((G + K)·M·K) for the weight bars and O(M·K) for the impact bars.
 */
import {
  checkProblem,
  competitionRanks,
  type McdaProblem,
  type Normalisation,
  type NormalisedWeights,
  normalise,
  normalisedWeights,
} from "../score/problem.js";

/** Options of {@link tornado}. */
export interface TornadoOptions {
  /** Relative swing of each weight. Default 0.5 (±50 %). */
  weightSwing?: number;
  /** Swing of an impact without an uncertainty. Default 1. */
  impactSwing?: number;
  /** The normalisation of impacts. Default "interval". */
  normalisation?: Normalisation;
}

/** Defaults of {@link tornado}. */
export const TORNADO_DEFAULTS = { weightSwing: 0.5, impactSwing: 1, normalisation: "interval" } as const;

/** One end of a bar: the moved input's value, and the model's score and rank there. */
export interface TornadoEnd {
  value: number;
  score: number;
  rank: number;
}

/** One input moved down and up. */
export interface TornadoBar {
  parameter: "stakeholder-weight" | "criterion-weight" | "impact";
  stakeholder: string;
  /** For criterion weights and impacts. */
  criterion?: string;
  low: TornadoEnd;
  high: TornadoEnd;
  /** |high.score − low.score|. */
  range: number;
}

/** A model's tornado. */
export interface ModelTornado {
  model: string;
  score: number;
  rank: number;
  /** The lowest and highest score over all bars (and the base score). */
  min: number;
  max: number;
  bars: TornadoBar[];
}

/** Moves weight `i` of `weights` to `value`, scaling the others so the sum stays 1. */
function moved(weights: readonly number[], i: number, value: number): number[] {
  const rest = 1 - weights[i]!;
  if (rest <= 0) return [...weights];
  const target = Math.min(1, Math.max(0, value));
  return weights.map((w, j) => (j === i ? target : (w * (1 - target)) / rest));
}

/** Every model's score under given weights and impacts. */
function scores(weights: NormalisedWeights, impacts: number[][][], normalisation: Normalisation): number[] {
  return impacts.map((perGroup) =>
    perGroup.reduce(
      (sum, perCriterion, g) =>
        sum +
        weights.groups[g]! *
          perCriterion.reduce(
            (s, impact, c) => s + weights.criteria[g]![c]! * normalise(impact, normalisation),
            0,
          ),
      0,
    ),
  );
}

/**
 * Tornado data for every model of a MAMCA problem: each weight and impact moved one at a time (see the
 * file comment).
 *
 * @example
 * tornado(scores.problem).models[0].bars[0]; // the input the first model's score depends on most
 */
export function tornado(problem: McdaProblem, options: TornadoOptions = {}): { models: ModelTornado[] } {
  checkProblem(problem);
  const swing = options.weightSwing ?? TORNADO_DEFAULTS.weightSwing;
  const impactSwing = options.impactSwing ?? TORNADO_DEFAULTS.impactSwing;
  const normalisation = options.normalisation ?? TORNADO_DEFAULTS.normalisation;
  if (!(swing >= 0 && Number.isFinite(swing))) throw new RangeError("weightSwing must be a number ≥ 0");
  if (!(impactSwing >= 0 && Number.isFinite(impactSwing)))
    throw new RangeError("impactSwing must be a number ≥ 0");
  const weights = normalisedWeights(problem);
  const base = scores(weights, problem.impacts, normalisation);
  const baseRanks = competitionRanks(base);
  const bars: TornadoBar[][] = problem.models.map(() => []);

  const weightBar = (
    parameter: TornadoBar["parameter"],
    stakeholder: string,
    criterion: string | undefined,
    at: (value: number) => NormalisedWeights,
    value: number,
  ) => {
    const lowValue = Math.max(0, value * (1 - swing));
    const highValue = Math.min(1, value * (1 + swing));
    const lowScores = scores(at(lowValue), problem.impacts, normalisation);
    const highScores = scores(at(highValue), problem.impacts, normalisation);
    const lowRanks = competitionRanks(lowScores);
    const highRanks = competitionRanks(highScores);
    problem.models.forEach((_, m) => {
      const low = { value: lowValue, score: lowScores[m]!, rank: lowRanks[m]! };
      const high = { value: highValue, score: highScores[m]!, rank: highRanks[m]! };
      bars[m]!.push({
        parameter,
        stakeholder,
        ...(criterion !== undefined && { criterion }),
        low,
        high,
        range: Math.abs(high.score - low.score),
      });
    });
  };

  problem.groups.forEach((group, g) => {
    weightBar(
      "stakeholder-weight",
      group.id,
      undefined,
      (v) => ({ ...weights, groups: moved(weights.groups, g, v) }),
      weights.groups[g]!,
    );
    group.criteria.forEach((criterion, c) => {
      const at = (v: number) => ({
        ...weights,
        criteria: weights.criteria.map((list, h) => (h === g ? moved(list, c, v) : list)),
      });
      weightBar("criterion-weight", group.id, criterion.id, at, weights.criteria[g]![c]!);
    });
  });

  problem.models.forEach((_, m) => {
    problem.groups.forEach((group, g) => {
      group.criteria.forEach((criterion, c) => {
        const impact = problem.impacts[m]![g]![c]!;
        const u = problem.uncertainty[m]![g]![c]! > 0 ? problem.uncertainty[m]![g]![c]! : impactSwing;
        const end = (value: number): TornadoEnd => {
          const term = weights.groups[g]! * weights.criteria[g]![c]!;
          const score =
            base[m]! + term * (normalise(value, normalisation) - normalise(impact, normalisation));
          const others = base.map((s, j) => (j === m ? score : s));
          return { value, score, rank: competitionRanks(others)[m]! };
        };
        const low = end(Math.max(-2, impact - u));
        const high = end(Math.min(2, impact + u));
        bars[m]!.push({
          parameter: "impact",
          stakeholder: group.id,
          criterion: criterion.id,
          low,
          high,
          range: Math.abs(high.score - low.score),
        });
      });
    });
  });

  return {
    models: problem.models.map((model, m) => {
      const list = bars[m]!.map((bar, i) => ({ bar, i })).sort(
        (a, b) => b.bar.range - a.bar.range || a.i - b.i,
      );
      const ends = list.flatMap(({ bar }) => [bar.low.score, bar.high.score]);
      return {
        model,
        score: base[m]!,
        rank: baseRanks[m]!,
        min: Math.min(base[m]!, ...ends),
        max: Math.max(base[m]!, ...ends),
        bars: list.map(({ bar }) => bar),
      };
    }),
  };
}
