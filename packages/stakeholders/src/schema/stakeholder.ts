/**
 * A stakeholder (interessent): a party with power, interest, legitimacy, urgency or an attitude
 * toward a change, such as a collaboration model. It may be an actor of a network, a group of actors
 * (the GPs of a municipality) or a party outside it (KL, Danish Regions); `actors` links it to the
 * actors of a network that act for it, so that its position in the network can inform its power.
 *
 * Every rating is optional: a planner may not have assessed every attribute. A classification that
 * needs a missing value is left out for that stakeholder, with a warning (see `classify`).
 */
import { AttributesSchema, IdSchema, LabelSchema } from "@tvaers/model";
import { z } from "zod";
import { type Provenance, ProvenanceSchema } from "./provenance.js";
import { STAKEHOLDER_ATTRIBUTES, type StakeholderAttribute } from "./scales.js";

/** A rating on the attribute's scale, or `null` (the same as leaving it out) when it was not assessed. */
const RatingSchema = z.number().nullable().optional();

const ratings = Object.fromEntries(STAKEHOLDER_ATTRIBUTES.map((a) => [a, RatingSchema])) as Record<
  StakeholderAttribute,
  typeof RatingSchema
>;

/** The provenance of some of a stakeholder's values, keyed by attribute. */
export const ValueProvenanceSchema = z.strictObject(
  Object.fromEntries(STAKEHOLDER_ATTRIBUTES.map((a) => [a, ProvenanceSchema.optional()])) as Record<
    StakeholderAttribute,
    z.ZodOptional<typeof ProvenanceSchema>
  >,
);

/** Schema of one stakeholder. */
export const StakeholderSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema.optional(),
  /** The kind of party, e.g. `municipality`, `national-body`, `patients`. */
  group: IdSchema.optional(),
  description: z.string().optional(),
  /** Ids of the network actors that act for this stakeholder. */
  actors: z.array(IdSchema).optional(),
  ...ratings,
  /** One provenance for every value, or one per value. */
  provenance: z.union([ProvenanceSchema, ValueProvenanceSchema]).optional(),
  attributes: AttributesSchema.optional(),
});

/** A validated stakeholder. */
export type Stakeholder = z.output<typeof StakeholderSchema>;

/** A stakeholder as it may be written in a file. */
export type StakeholderInput = z.input<typeof StakeholderSchema>;

/** A stakeholder's value of an attribute, or `undefined` when it was not assessed (left out or `null`). */
export function ratingOf(stakeholder: Stakeholder, attribute: StakeholderAttribute): number | undefined {
  return stakeholder[attribute] ?? undefined;
}

/**
 * Where a stakeholder's value came from: its own provenance for that value, else the one it gives
 * for all its values, else `fallback` (the document's `provenance`). `undefined` when no value.
 */
export function provenanceOf(
  stakeholder: Stakeholder,
  attribute: StakeholderAttribute,
  fallback?: Provenance,
): Provenance | undefined {
  if (ratingOf(stakeholder, attribute) === undefined) return undefined;
  const given = stakeholder.provenance;
  return (typeof given === "string" ? given : given?.[attribute]) ?? fallback;
}
