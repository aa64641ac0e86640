/**
 * Bourne's Stakeholder Circle index: a priority from a stakeholder's power, proximity (how closely
 * it works with the change day to day) and urgency, higher for those who need more attention. Each
 * rating is first put on 0–1 by its scale, (value − min) / (max − min); the index is their weighted
 * mean,
 *
 *   index = (w_P · P̂ + w_X · X̂ + w_U · Û) / (w_P + w_X + w_U),
 *
 * so it runs from 0 (lowest on all three) to 1 (highest on all three), and scaling all weights alike
 * changes nothing. The default weights are the Stakeholder Circle tool's default setting 4 – 2 – 5
 * (power 4, proximity 2, urgency 5), which its documentation says de-emphasises proximity and puts
 * slightly more weight on urgency than on power. The tool's exact arithmetic is not published; the
 * weighted mean of normalised ratings is our choice, so indices compare across documents with
 * different scales. A stakeholder missing any of the three ratings gets no index (`null`).
 *
 * References: Bourne, L., & Walker, D. H. T. (2005). Visualising and mapping stakeholder influence.
 * Management Decision 43(5), 649–660. Bourne, L. (2009). Stakeholder Relationship Management: A
 * Maturity Model for Organisational Implementation. Gower. The Stakeholder Circle help pages
 * ("Adjust Index Weightings") for the default weights.
 */
import { resolveScales, type ScalesInput } from "../schema/scales.js";
import { ratingOf, type Stakeholder } from "../schema/stakeholder.js";

/** The attributes of the Stakeholder Circle index. */
export const BOURNE_ATTRIBUTES = ["power", "proximity", "urgency"] as const;

/** Relative weights of power, proximity and urgency (non-negative, not all zero). */
export type BourneWeights = Readonly<Record<(typeof BOURNE_ATTRIBUTES)[number], number>>;

/** Options of {@link bourne}. */
export interface BourneOptions {
  /** Scales of some attributes; the others run 1–5. */
  scales?: ScalesInput;
  /** Relative weights; default {@link BOURNE_DEFAULTS}' 4 – 2 – 5. */
  weights?: BourneWeights;
}

/** Defaults of {@link bourne}: the Stakeholder Circle's default weights power 4, proximity 2, urgency 5. */
export const BOURNE_DEFAULTS = {
  weights: { power: 4, proximity: 2, urgency: 5 },
} as const satisfies BourneOptions;

/**
 * The Stakeholder Circle index of a stakeholder, from 0 to 1, or `null` when its power, proximity
 * or urgency is missing. Throws a `RangeError` for weights that are negative, not finite or all zero.
 *
 * @example
 * bourne({ id: "kl", power: 5, proximity: 1, urgency: 5 }); // (4·1 + 2·0 + 5·1) / 11 ≈ 0.818
 */
export function bourne(stakeholder: Stakeholder, options: BourneOptions = {}): number | null {
  const weights = options.weights ?? BOURNE_DEFAULTS.weights;
  const total = BOURNE_ATTRIBUTES.reduce((sum, a) => sum + weights[a], 0);
  if (BOURNE_ATTRIBUTES.some((a) => !(weights[a] >= 0) || !Number.isFinite(weights[a])) || !(total > 0)) {
    throw new RangeError("Bourne weights must be finite, non-negative numbers, not all zero");
  }
  const scales = resolveScales(options.scales);
  let sum = 0;
  for (const attribute of BOURNE_ATTRIBUTES) {
    const value = ratingOf(stakeholder, attribute);
    if (value === undefined) return null;
    const { min, max } = scales[attribute];
    sum += weights[attribute] * ((value - min) / (max - min));
  }
  return sum / total;
}
