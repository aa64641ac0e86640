/**
 * The attributes a stakeholder is rated on, and the scales they are rated on. A stakeholder
 * analysis rates each party on a few ordinal attributes, usually in a workshop or a survey:
 *
 * - `power`: power or influence over the change (Mendelow's power; the *indflydelse* of the Danish
 *   interessentanalyse; Mitchell, Agle & Wood's power; Bourne's power);
 * - `interest`: how much the party cares about the change (Mendelow's interest);
 * - `affected`: how much the change affects the party (the interessentanalyse's *påvirkning*);
 * - `legitimacy`: how legitimate the party's claim is (Mitchell, Agle & Wood);
 * - `urgency`: how pressing the claim is (Mitchell, Agle & Wood; Bourne);
 * - `attitude`: against (negative) or for (positive) the change;
 * - `proximity`: how close the party works to the change day to day (Bourne).
 *
 * A document may declare a scale per attribute (`scales`); otherwise every attribute runs 1–5 and
 * `attitude` −2…+2. A scale's midpoint is (min + max) / 2: by default an attribute counts as high
 * when its value is strictly above the midpoint, so a value exactly on the midpoint counts as low.
 */
import { type Scale, ScaleSchema } from "@tvaers/model";
import { z } from "zod";

/** The attributes a stakeholder may be rated on, in the order tables show them. */
export const STAKEHOLDER_ATTRIBUTES = [
  "power",
  "interest",
  "affected",
  "legitimacy",
  "urgency",
  "attitude",
  "proximity",
] as const;

/** One of {@link STAKEHOLDER_ATTRIBUTES}. */
export type StakeholderAttribute = (typeof STAKEHOLDER_ATTRIBUTES)[number];

/** A scale for every attribute. */
export type Scales = Readonly<Record<StakeholderAttribute, Scale>>;

/** The default scales: 1 (low) to 5 (high) for every attribute, −2 (against) to +2 (for) for `attitude`. */
export const DEFAULT_SCALES: Scales = {
  power: { min: 1, max: 5 },
  interest: { min: 1, max: 5 },
  affected: { min: 1, max: 5 },
  legitimacy: { min: 1, max: 5 },
  urgency: { min: 1, max: 5 },
  attitude: { min: -2, max: 2 },
  proximity: { min: 1, max: 5 },
};

/** The `scales` of a document: a scale for some attributes; the others keep their default. */
export const ScalesSchema = z.strictObject(
  Object.fromEntries(STAKEHOLDER_ATTRIBUTES.map((a) => [a, ScaleSchema.optional()])) as Record<
    StakeholderAttribute,
    z.ZodOptional<typeof ScaleSchema>
  >,
);

/** Scales for some attributes, as a document declares them. */
export type ScalesInput = Partial<Record<StakeholderAttribute, Scale>>;

/** Every attribute's scale: the declared one, else the default. */
export function resolveScales(declared: ScalesInput = {}): Scales {
  const out = { ...DEFAULT_SCALES };
  for (const attribute of STAKEHOLDER_ATTRIBUTES) {
    const scale = declared[attribute];
    if (scale !== undefined) out[attribute] = scale;
  }
  return out;
}

/** The midpoint (min + max) / 2 of a scale: the default cut-off between low and high. */
export function midpoint(scale: Scale): number {
  return (scale.min + scale.max) / 2;
}

/** A scale as people write it: `1–5`, or `-2 to 2` when a bound is negative. */
export function formatScale(scale: Scale): string {
  return scale.min < 0 || scale.max < 0 ? `${scale.min} to ${scale.max}` : `${scale.min}–${scale.max}`;
}
