/**
 * Relevance scores of collaboration models that explain themselves: a multi-actor multi-criteria
 * analysis (MAMCA) in the manner of Macharis (2005), in which each stakeholder group judges the models
 * by its own criteria and weights, and the groups are then weighed against each other.
 *
 *   1. Groups: the stakeholders of the criteria document (each must be in the stakeholder document;
 *      stakeholders without criteria are left out, with a warning). Group weights W_g by hand or from
 *      salience (`stakeholder-weights.ts`); criterion weights w_gc from the criteria document.
 *   2. Impacts I_mgc on −2 … +2, entered in the criteria document and/or derived from `evaluateModel`
 *      for criteria with `derive`, with `combine` deciding when both exist, and an uncertainty each
 *      (`impacts.ts`). A stakeholder's linked actors that the network lacks are named in a warning
 *      (its `own-` measures leave them out); an impact neither entered nor derived counts 0, with a
 *      warning.
 *   3. Scores, contributions and ranks: `problem.ts` (score_m = Σ_g Ŵ_g Σ_c ŵ_gc norm(I_mgc), with
 *      norm(I) = (I + 2) / 4 by default).
 *
 * The result lists every model's score, rank and contribution per (stakeholder, criterion), every
 * impact with where it came from, the normalised weights, and the numeric `problem` for robustness.
 *
 * Reference: Macharis, C. (2005). The importance of stakeholder analysis in freight transport.
 * European Transport 25–26, 114–126; Macharis, C., de Witte, A. & Ampe, J. (2009). The multi-actor,
 * multi-criteria analysis methodology (MAMCA) for the evaluation of transport projects. Journal of
 * Advanced Transportation 43(2), 183–202.
 */
import { type Label, type NetworkDocument, TvaersInputError } from "@tvaers/model";
import type { SalienceClass } from "../classify/salience.js";
import {
  type EvaluateModelOptions,
  evaluateModel,
  type ModelEvaluation,
} from "../evaluate/evaluate-model.js";
import type { ModelDocument } from "../models/document.js";
import type { StakeholderDocument } from "../schema/document.js";
import type { Stakeholder } from "../schema/stakeholder.js";
import type { CriteriaDocument, Criterion } from "./criteria-document.js";
import { type ImpactRecord, resolveImpact } from "./impacts.js";
import {
  type McdaProblem,
  type Normalisation,
  normalise,
  normalisedWeights,
  scoreProblem,
} from "./problem.js";
import { type StakeholderWeighting, stakeholderWeight, type WeightSource } from "./stakeholder-weights.js";

/** Options of {@link scoreModels}. */
export interface ScoreModelsOptions {
  /** Stakeholder weights: "salience" (default), "equal", a weight per id, or a function. */
  stakeholderWeights?: StakeholderWeighting;
  /** Weights per salience class, over the defaults (the number of attributes). */
  salienceWeights?: Partial<Record<SalienceClass, number>>;
  /** Which impact counts when one is both entered and derived. Default "entered". */
  combine?: "entered" | "derived" | "mean";
  /** The normalisation of impacts. Default "interval": (I + 2) / 4. */
  normalisation?: Normalisation;
  /** Options of `evaluateModel`, for derived impacts. */
  evaluate?: Omit<EvaluateModelOptions, "stakeholders">;
}

/** Defaults of {@link scoreModels}. */
export const SCORE_MODELS_DEFAULTS = {
  stakeholderWeights: "salience",
  combine: "entered",
  normalisation: "interval",
} as const satisfies ScoreModelsOptions;

/** One (stakeholder, criterion) term of a model's score. */
export interface Contribution {
  stakeholder: string;
  criterion: string;
  /** Ŵ_g · ŵ_gc. */
  weight: number;
  impact: number;
  /** norm(impact). */
  normalised: number;
  /** weight · normalised; the contributions of a model add up to its score. */
  contribution: number;
  /** weight · (normalised − norm(0)): the move away from the neutral score. */
  delta: number;
}

/** A model's score, rank and contributions. */
export interface ModelScore {
  model: string;
  label: Label;
  score: number;
  rank: number;
  contributions: Contribution[];
}

/** A stakeholder group as scored: its normalised weight and its criteria's. */
export interface ScoredGroup {
  stakeholder: string;
  label?: Label;
  /** Ŵ_g. */
  weight: number;
  source: WeightSource;
  salience: SalienceClass | null;
  criteria: { criterion: string; weight: number }[];
}

/** The result of {@link scoreModels}. */
export interface ModelScores {
  /** Models by rank (ties in the order given). */
  models: ModelScore[];
  stakeholders: ScoredGroup[];
  criteria: Criterion[];
  impacts: ImpactRecord[];
  /** The score of a model with every impact 0. */
  neutral: number;
  normalisation: Normalisation;
  /** The numbers, for `rankAcceptability` and `tornado`. */
  problem: McdaProblem;
  warnings: string[];
}

const stakeholderList = (input: StakeholderDocument | readonly Stakeholder[]) =>
  "stakeholders" in input ? input.stakeholders : input;

/**
 * Scores collaboration models for a network by stakeholder groups' criteria (MAMCA; see the file
 * comment), with every model's contributions per stakeholder and criterion.
 *
 * @example
 * const result = scoreModels(network, models, stakeholderDoc, criteriaDoc);
 * result.models[0]; // { model: "hospital-on-nfs", score: 0.61, rank: 1, contributions: [...] }
 */
export function scoreModels(
  network: NetworkDocument,
  models: readonly ModelDocument[],
  stakeholders: StakeholderDocument | readonly Stakeholder[],
  criteria: CriteriaDocument,
  options: ScoreModelsOptions = {},
): ModelScores {
  const combine = options.combine ?? SCORE_MODELS_DEFAULTS.combine;
  const normalisation = options.normalisation ?? SCORE_MODELS_DEFAULTS.normalisation;
  const list = stakeholderList(stakeholders);
  const byId = new Map(list.map((s) => [s.id, s]));
  const unknown = criteria.stakeholders.flatMap((g, i) =>
    byId.has(g.stakeholder)
      ? []
      : [
          {
            path: `stakeholders[${i}].stakeholder`,
            field: "stakeholder",
            message: `"${g.stakeholder}" is not in the stakeholder document`,
          },
        ],
  );
  if (unknown.length > 0) throw new TvaersInputError(unknown);
  if (models.length === 0) throw new RangeError("scoreModels: give at least one model");

  const warnings: string[] = [];
  const grouped = new Set(criteria.stakeholders.map((g) => g.stakeholder));
  for (const s of list)
    if (!grouped.has(s.id)) warnings.push(`stakeholder "${s.id}" has no criteria and is left out`);
  const actors = new Set(network.actors.map((a) => a.id));
  for (const g of criteria.stakeholders) {
    const absent = (byId.get(g.stakeholder)?.actors ?? []).filter((id) => !actors.has(id));
    if (absent.length > 0) {
      warnings.push(
        `stakeholder "${g.stakeholder}" links actors the network does not have: ${absent.join(", ")}`,
      );
    }
  }
  const criterionOf = new Map(criteria.criteria.map((c) => [c.id, c]));
  const derives = criteria.criteria.some((c) => c.derive !== undefined);
  const evaluations: (ModelEvaluation | undefined)[] = models.map((model) =>
    derives ? evaluateModel(network, model, { ...options.evaluate, stakeholders: list }) : undefined,
  );

  const scales = "scales" in stakeholders ? stakeholders.scales : undefined;
  const groups = criteria.stakeholders.map((g) => {
    const weight = stakeholderWeight(byId.get(g.stakeholder)!, {
      ...(options.stakeholderWeights !== undefined && { weighting: options.stakeholderWeights }),
      ...(options.salienceWeights !== undefined && { salienceWeights: options.salienceWeights }),
      ...(scales !== undefined && { scales }),
      ...(g.weight !== undefined && { documentWeight: g.weight }),
    });
    if (weight.warning !== undefined) warnings.push(weight.warning);
    return { g, weight, criteria: Object.entries(g.criteria).map(([id, w]) => ({ id, weight: w })) };
  });

  const impacts: ImpactRecord[] = [];
  let missing = 0;
  const values = models.map((model, m) =>
    groups.map(({ g, criteria: list }) =>
      list.map(({ id }) => {
        const record = resolveImpact(
          criteria,
          criterionOf.get(id)!,
          model.id,
          g.stakeholder,
          evaluations[m],
          combine,
        );
        if (record.source === "missing") missing += 1;
        impacts.push(record);
        return record;
      }),
    ),
  );
  if (missing > 0)
    warnings.push(
      `${missing} impact${missing === 1 ? " is" : "s are"} neither entered nor derived and count as 0`,
    );

  const problem: McdaProblem = {
    models: models.map((m) => m.id),
    groups: groups.map(({ g, weight, criteria: list }) => ({
      id: g.stakeholder,
      weight: weight.weight,
      criteria: list,
    })),
    impacts: values.map((perGroup) => perGroup.map((perCriterion) => perCriterion.map((r) => r.value))),
    uncertainty: values.map((perGroup) =>
      perGroup.map((perCriterion) => perCriterion.map((r) => r.uncertainty)),
    ),
  };
  const scored = scoreProblem(problem, normalisation);
  const weights = normalisedWeights(problem);
  const neutral = scored.neutral;
  const modelScores = models.map(
    (model, m): ModelScore => ({
      model: model.id,
      label: model.label,
      score: scored.scores[m]!,
      rank: scored.ranks[m]!,
      contributions: problem.groups.flatMap((group, g) =>
        group.criteria.map((c, k) => {
          const weight = weights.groups[g]! * weights.criteria[g]![k]!;
          const impact = problem.impacts[m]![g]![k]!;
          const normalised = normalise(impact, normalisation);
          return {
            stakeholder: group.id,
            criterion: c.id,
            weight,
            impact,
            normalised,
            contribution: scored.contributions[m]![g]![k]!,
            delta: weight * (normalised - neutral),
          };
        }),
      ),
    }),
  );
  return {
    models: modelScores
      .map((s, i) => ({ s, i }))
      .sort((a, b) => a.s.rank - b.s.rank || a.i - b.i)
      .map(({ s }) => s),
    stakeholders: groups.map(({ g, weight, criteria: list }, i) => ({
      stakeholder: g.stakeholder,
      ...(byId.get(g.stakeholder)?.label !== undefined && { label: byId.get(g.stakeholder)!.label! }),
      weight: weights.groups[i]!,
      source: weight.source,
      salience: weight.salience,
      criteria: list.map((c, k) => ({ criterion: c.id, weight: weights.criteria[i]![k]! })),
    })),
    criteria: criteria.criteria,
    impacts,
    neutral,
    normalisation,
    problem,
    warnings,
  };
}
