/**
 * Stakeholder weights W_g for a multi-actor multi-criteria analysis, set by hand or from salience.
 *
 * From salience (the default): Mitchell, Agle & Wood (1997) propose that a stakeholder's salience rises
 * with the number of attributes — power, legitimacy, urgency — it has. So W_g is that number by
 * default: definitive 3; dominant, dangerous and dependent 2; dormant, discretionary and demanding 1;
 * non-stakeholder 0 (`SALIENCE_WEIGHTS`, replaceable per class). A stakeholder whose salience cannot be
 * classified (a rating missing) weighs as a latent one (1), with a warning. "equal" gives every
 * stakeholder 1.
 *
 * Precedence, for each stakeholder: a weight given in the options (a record by id, or a function) over
 * a `weight` in the criteria document, over the method ("salience" or "equal"). Weights are normalised
 * to sum 1 when scoring (`problem.ts`).
 *
 * Reference: Mitchell, R. K., Agle, B. R., & Wood, D. J. (1997). Toward a theory of stakeholder
 * identification and salience. Academy of Management Review 22(4), 853–886.
 */
import { type SalienceClass, salience } from "../classify/salience.js";
import type { ScalesInput } from "../schema/scales.js";
import type { Stakeholder } from "../schema/stakeholder.js";

/** How stakeholder weights are found: a method, a weight per stakeholder id, or a function. */
export type StakeholderWeighting =
  | "salience"
  | "equal"
  | Readonly<Record<string, number>>
  | ((stakeholder: Stakeholder) => number);

/** Where a stakeholder's weight came from. */
export type WeightSource = "options" | "criteria-document" | "salience" | "equal";

/** The default weight of each salience class: the number of attributes it has. */
export const SALIENCE_WEIGHTS: Readonly<Record<SalienceClass, number>> = {
  definitive: 3,
  dominant: 2,
  dangerous: 2,
  dependent: 2,
  dormant: 1,
  discretionary: 1,
  demanding: 1,
  "non-stakeholder": 0,
};

/** A stakeholder's weight before normalisation, where it came from, and its salience class. */
export interface StakeholderWeight {
  weight: number;
  source: WeightSource;
  /** The salience class, or `null` when a rating it needs is missing. */
  salience: SalienceClass | null;
  /** Why the weight may need a look (a missing rating). */
  warning?: string;
}

/** Options of {@link stakeholderWeight}. */
export interface StakeholderWeightOptions {
  weighting?: StakeholderWeighting;
  /** Weights per salience class, over {@link SALIENCE_WEIGHTS}. */
  salienceWeights?: Partial<Record<SalienceClass, number>>;
  /** The stakeholder document's scales, for salience. */
  scales?: ScalesInput;
  /** The weight in the criteria document, when it gives one. */
  documentWeight?: number;
}

/** One stakeholder's weight before normalisation (see the file comment for the precedence). */
export function stakeholderWeight(
  stakeholder: Stakeholder,
  options: StakeholderWeightOptions = {},
): StakeholderWeight {
  const weighting = options.weighting ?? "salience";
  const cls = salience(stakeholder, { ...(options.scales !== undefined && { scales: options.scales }) });
  if (typeof weighting === "function")
    return { weight: weighting(stakeholder), source: "options", salience: cls };
  if (typeof weighting === "object" && Object.hasOwn(weighting, stakeholder.id)) {
    return { weight: weighting[stakeholder.id]!, source: "options", salience: cls };
  }
  if (options.documentWeight !== undefined) {
    return { weight: options.documentWeight, source: "criteria-document", salience: cls };
  }
  if (weighting === "equal") return { weight: 1, source: "equal", salience: cls };
  if (cls === null) {
    return {
      weight: 1,
      source: "salience",
      salience: null,
      warning: `stakeholder "${stakeholder.id}" has no salience class (power, legitimacy or urgency is missing) and weighs as a latent stakeholder (1)`,
    };
  }
  return {
    weight: options.salienceWeights?.[cls] ?? SALIENCE_WEIGHTS[cls],
    source: "salience",
    salience: cls,
  };
}
