/**
 * High or low: the one comparison every grid and the salience model make. A rating counts as high
 * (for salience: the attribute is present) when it is strictly above its cut-off. The default
 * cut-off is the midpoint (min + max) / 2 of the attribute's scale, so on the default 1–5 scale 3
 * is low and 3.01 is high; a value exactly on a cut-off is always low. Cut-offs are options
 * (`thresholds`), one per attribute, on the attribute's own scale.
 */
import { midpoint, resolveScales, type ScalesInput, type StakeholderAttribute } from "../schema/scales.js";
import { ratingOf, type Stakeholder } from "../schema/stakeholder.js";

/** Cut-offs per attribute: a value counts as high when strictly above its cut-off. */
export type Thresholds = Partial<Record<StakeholderAttribute, number>>;

/** Scales and cut-offs: what every classification needs to call a value high or low. */
export interface LevelOptions {
  /** Scales of some attributes; the others run 1–5 (attitude −2…+2). */
  scales?: ScalesInput;
  /** Cut-offs of some attributes; the others cut at their scale's midpoint. */
  thresholds?: Thresholds;
}

/** The cut-off of an attribute: the given threshold, else its scale's midpoint. */
export function cutoff(attribute: StakeholderAttribute, options: LevelOptions = {}): number {
  return options.thresholds?.[attribute] ?? midpoint(resolveScales(options.scales)[attribute]);
}

/** Whether a value counts as high: strictly above the attribute's cut-off. */
export function isHigh(value: number, attribute: StakeholderAttribute, options: LevelOptions = {}): boolean {
  return value > cutoff(attribute, options);
}

/** The attributes among `attributes` a stakeholder has no value for. */
export function missingRatings(
  stakeholder: Stakeholder,
  attributes: readonly StakeholderAttribute[],
): StakeholderAttribute[] {
  return attributes.filter((a) => ratingOf(stakeholder, a) === undefined);
}

/** The four cells of a two-attribute grid: first attribute high or low, then the second. */
export type Quadrant = "high-high" | "high-low" | "low-high" | "low-low";

/** The grid cell of a stakeholder on two attributes, or `null` when either value is missing. */
export function quadrant(
  stakeholder: Stakeholder,
  [first, second]: readonly [StakeholderAttribute, StakeholderAttribute],
  options: LevelOptions = {},
): Quadrant | null {
  const a = ratingOf(stakeholder, first);
  const b = ratingOf(stakeholder, second);
  if (a === undefined || b === undefined) return null;
  return `${isHigh(a, first, options) ? "high" : "low"}-${isHigh(b, second, options) ? "high" : "low"}`;
}
