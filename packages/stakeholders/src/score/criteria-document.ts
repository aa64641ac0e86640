/**
 * A criteria document (`tvaers.criteria/v1`): what each stakeholder group judges collaboration models
 * by, how much each criterion weighs for it, and the impacts entered by hand — the inputs of a
 * multi-actor multi-criteria analysis (MAMCA, Macharis 2005; see `score-models.ts`).
 *
 *   criteria      the criteria: id, label, and optionally how to derive the impact from the network
 *                 (`derive: { measure, step }`, see `derive.ts`)
 *   stakeholders  per stakeholder (by id in the stakeholder document): its criteria with weights
 *                 (any non-negative numbers; normalised to sum 1 within the stakeholder), and
 *                 optionally the stakeholder's own weight (else from salience or the options)
 *   impacts       entered impacts on −2 (much worse) … +2 (much better): per model, criterion and
 *                 stakeholder (leave `stakeholder` out for every stakeholder with that criterion), with
 *                 an optional `uncertainty` (half-width of the plausible range, for robustness)
 *   uncertainty   default half-widths of entered and derived impacts (1 and 0.5 unless set)
 *
 * Ids are checked against each other here (`parseCriteria`) and against the stakeholders and models
 * when scoring.
 */
import { IdSchema, LabelSchema, SourceSchema } from "@tvaers/model";
import { z } from "zod";
import { ProvenanceSchema } from "../schema/provenance.js";
import { DERIVED_MEASURES } from "./derive.js";

/** The format tag of a criteria document. */
export const CRITERIA_FORMAT = "tvaers.criteria/v1";

const Impact = z
  .number({ error: "must be a number" })
  .min(-2, "must be at least -2 (the impact scale is -2 to +2)")
  .max(2, "must be at most 2 (the impact scale is -2 to +2)");
const Uncertainty = z
  .number({ error: "must be a number" })
  .min(0, "must not be negative")
  .max(4, "must be at most 4 (the width of the impact scale)");
const Weight = z
  .number({ error: "must be a number" })
  .refine((w) => Number.isFinite(w) && w >= 0, "must be a finite number, 0 or more");

/** One criterion, and optionally how its impact is derived from the network. */
export const CriterionSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  description: z.string().optional(),
  derive: z
    .strictObject({
      measure: z.enum(DERIVED_MEASURES, { error: `must be one of ${DERIVED_MEASURES.join(", ")}` }),
      step: z
        .number({ error: "must be a number" })
        .refine((s) => Number.isFinite(s) && s !== 0, "must be a number other than 0"),
    })
    .optional(),
});

/** A criterion. */
export type Criterion = z.output<typeof CriterionSchema>;

/** One stakeholder group's criteria weights (and optionally its own weight). */
export const GroupWeightsSchema = z.strictObject({
  stakeholder: IdSchema,
  weight: Weight.optional(),
  criteria: z.record(IdSchema, Weight),
});

/** An impact entered by hand. */
export const EnteredImpactSchema = z.strictObject({
  model: IdSchema,
  criterion: IdSchema,
  stakeholder: IdSchema.optional(),
  value: Impact,
  uncertainty: Uncertainty.optional(),
  note: z.string().optional(),
});

/** An entered impact. */
export type EnteredImpact = z.output<typeof EnteredImpactSchema>;

/** Schema of a `tvaers.criteria/v1` document. */
export const CriteriaDocumentSchema = z.strictObject({
  format: z.literal(CRITERIA_FORMAT, { error: `must be "${CRITERIA_FORMAT}"` }),
  name: z.string().min(1, "must not be empty").optional(),
  description: z.string().optional(),
  sources: z.array(SourceSchema).optional(),
  provenance: ProvenanceSchema.optional(),
  criteria: z.array(CriterionSchema).min(1, "must hold at least one criterion"),
  stakeholders: z.array(GroupWeightsSchema).min(1, "must hold at least one stakeholder"),
  impacts: z.array(EnteredImpactSchema).default([]),
  uncertainty: z
    .strictObject({ entered: Uncertainty.default(1), derived: Uncertainty.default(0.5) })
    .prefault({}),
});

/** A validated criteria document (defaults filled in). */
export type CriteriaDocument = z.output<typeof CriteriaDocumentSchema>;

/** A criteria document as it may be written in a file. */
export type CriteriaDocumentInput = z.input<typeof CriteriaDocumentSchema>;
