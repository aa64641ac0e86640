/**
 * The numbers of a multi-actor multi-criteria analysis (MAMCA; Macharis 2005, Macharis, de Witte &
 * Ampe 2009) and the score they give. For models m, stakeholder groups g and each group's criteria c:
 *
 *   W_g    the weight of group g (any non-negative numbers, normalised: Ŵ_g = W_g / Σ_h W_h)
 *   w_gc   the weight of criterion c within group g (normalised within g: ŵ_gc = w_gc / Σ_d w_gd)
 *   I_mgc  the impact of model m on criterion c as group g sees it, on −2 … +2
 *   norm   the normalisation: "interval" (default) maps −2 … +2 linearly onto 0 … 1, (I + 2) / 4;
 *          "raw" keeps I
 *
 *   score_m = Σ_g Ŵ_g Σ_c ŵ_gc · norm(I_mgc),
 *
 * and the contribution of (g, c) to model m is Ŵ_g ŵ_gc norm(I_mgc), so a model's contributions add
 * up to its score (a waterfall). The neutral score — every impact 0 — is norm(0) (0.5 with "interval",
 * 0 with "raw"); `delta` = Ŵ_g ŵ_gc (norm(I_mgc) − norm(0)) is what each (g, c) moves a model away
 * from neutral, for a waterfall that starts at the neutral score.
 *
 * Ranks: 1 for the highest score; models whose scores are equal (within 10⁻¹² relative) share the best
 * of their ranks and the next rank is skipped (standard competition ranking: 1, 2, 2, 4).
 *
 * Edge cases: a problem whose group weights are all 0, or a group whose criterion weights are all 0,
 * is a `RangeError`; so are impacts off −2 … +2 and arrays of the wrong shape.
 *
 * Complexity: O(M·K) for M models and K (group, criterion) pairs.
 */

/** A stakeholder group: its weight and its criteria's weights (both before normalisation). */
export interface McdaGroup {
  id: string;
  weight: number;
  criteria: { id: string; weight: number }[];
}

/** The numbers of a MAMCA problem (see the file comment); arrays are indexed [model][group][criterion]. */
export interface McdaProblem {
  models: string[];
  groups: McdaGroup[];
  /** I_mgc on −2 … +2. */
  impacts: number[][][];
  /** Half-widths of each impact's plausible range (≥ 0), for robustness analysis. */
  uncertainty: number[][][];
}

/** How impacts are normalised before weighting. */
export type Normalisation = "interval" | "raw";

/** norm(I): (I + 2) / 4 for "interval", I for "raw". */
export function normalise(impact: number, normalisation: Normalisation): number {
  return normalisation === "interval" ? (impact + 2) / 4 : impact;
}

/** The normalised weights Ŵ_g and ŵ_gc. */
export interface NormalisedWeights {
  groups: number[];
  criteria: number[][];
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Checks a problem's shape and values; throws a `RangeError` naming the first fault. */
export function checkProblem(problem: McdaProblem): void {
  const fail = (message: string) => {
    throw new RangeError(`MAMCA problem: ${message}`);
  };
  const { models, groups, impacts, uncertainty } = problem;
  if (models.length === 0) fail("there are no models");
  if (groups.length === 0) fail("there are no stakeholder groups");
  for (const g of groups) {
    if (!(g.weight >= 0 && Number.isFinite(g.weight))) fail(`the weight of ${g.id} must be a number ≥ 0`);
    if (g.criteria.length === 0) fail(`${g.id} has no criteria`);
    for (const c of g.criteria) {
      if (!(c.weight >= 0 && Number.isFinite(c.weight)))
        fail(`the weight of ${g.id}/${c.id} must be a number ≥ 0`);
    }
    if (sum(g.criteria.map((c) => c.weight)) === 0) fail(`every criterion weight of ${g.id} is 0`);
  }
  if (sum(groups.map((g) => g.weight)) === 0) fail("every stakeholder weight is 0");
  for (const [name, values] of [
    ["impacts", impacts],
    ["uncertainty", uncertainty],
  ] as const) {
    if (values.length !== models.length) fail(`${name} must have one entry per model`);
    values.forEach((perGroup, m) => {
      if (perGroup.length !== groups.length) fail(`${name}[${m}] must have one entry per group`);
      perGroup.forEach((perCriterion, g) => {
        if (perCriterion.length !== groups[g]!.criteria.length)
          fail(`${name}[${m}][${g}] must have one value per criterion`);
        for (const v of perCriterion) {
          if (name === "impacts" && !(v >= -2 && v <= 2)) fail(`impacts must be between -2 and 2, not ${v}`);
          if (name === "uncertainty" && !(v >= 0 && Number.isFinite(v)))
            fail(`uncertainties must be numbers ≥ 0, not ${v}`);
        }
      });
    });
  }
}

/** Ŵ_g and ŵ_gc: the weights normalised to sum 1 across groups and within each group. */
export function normalisedWeights(problem: McdaProblem): NormalisedWeights {
  const total = sum(problem.groups.map((g) => g.weight));
  return {
    groups: problem.groups.map((g) => g.weight / total),
    criteria: problem.groups.map((g) => {
      const within = sum(g.criteria.map((c) => c.weight));
      return g.criteria.map((c) => c.weight / within);
    }),
  };
}

/** Scores and contributions of every model (see the file comment). */
export interface ProblemScores {
  scores: number[];
  ranks: number[];
  /** contributions[m][g][c] = Ŵ_g ŵ_gc norm(I_mgc). */
  contributions: number[][][];
  /** The score of a model whose impacts are all 0. */
  neutral: number;
}

/** Standard competition ranks of scores, highest first; equal scores (within 10⁻¹² relative) share a rank. */
export function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((t) => t > s && !nearlyEqual(s, t)).length);
}

/** Whether two scores are equal within 10⁻¹² relative (1 absolute below 1). */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Scores every model of a MAMCA problem: score_m = Σ_g Ŵ_g Σ_c ŵ_gc norm(I_mgc), with contributions and
 * competition ranks. Throws a `RangeError` for a malformed problem.
 *
 * @example
 * scoreProblem(problem).scores; // [0.6875, 0.5625]
 */
export function scoreProblem(problem: McdaProblem, normalisation: Normalisation = "interval"): ProblemScores {
  checkProblem(problem);
  const weights = normalisedWeights(problem);
  const contributions = problem.impacts.map((perGroup) =>
    perGroup.map((perCriterion, g) =>
      perCriterion.map(
        (impact, c) => weights.groups[g]! * weights.criteria[g]![c]! * normalise(impact, normalisation),
      ),
    ),
  );
  const scores = contributions.map((perGroup) => sum(perGroup.map(sum)));
  return { scores, ranks: competitionRanks(scores), contributions, neutral: normalise(0, normalisation) };
}
