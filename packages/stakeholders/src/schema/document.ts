/**
 * The stakeholder document, `"format": "tvaers.stakeholders/v1"`: the stakeholders of one change
 * (a collaboration model, a project), each rated on the attributes in `scales.ts`, with the scales
 * used and where the values came from. It is the input of `classify` and `networkPower`.
 *
 * @example
 * {
 *   "format": "tvaers.stakeholders/v1",
 *   "name": "MS collaboration: reference group",
 *   "scales": { "power": { "min": 1, "max": 5 } },
 *   "provenance": "illustrative",
 *   "stakeholders": [{ "id": "kl", "label": "KL", "power": 4, "interest": 3, "affected": 2 }]
 * }
 */
import { SourceSchema } from "@tvaers/model";
import { z } from "zod";
import { ProvenanceSchema } from "./provenance.js";
import { ScalesSchema } from "./scales.js";
import { StakeholderSchema } from "./stakeholder.js";

/** The format tag of a stakeholder document. */
export const STAKEHOLDERS_FORMAT = "tvaers.stakeholders/v1";

/** Schema of a `tvaers.stakeholders/v1` document. Ranges, ids and links are checked by `parseStakeholders`. */
export const StakeholderDocumentSchema = z.strictObject({
  format: z.literal(STAKEHOLDERS_FORMAT, { error: `must be "${STAKEHOLDERS_FORMAT}"` }),
  name: z.string().min(1, "must not be empty").optional(),
  description: z.string().optional(),
  sources: z.array(SourceSchema).optional(),
  /** Scales of some attributes; the others run 1–5 (attitude −2…+2). */
  scales: ScalesSchema.optional(),
  /** The provenance of every value that names none of its own. */
  provenance: ProvenanceSchema.optional(),
  stakeholders: z.array(StakeholderSchema),
});

/** A validated stakeholder document. */
export type StakeholderDocument = z.output<typeof StakeholderDocumentSchema>;

/** A stakeholder document as it may be written in a file. */
export type StakeholderDocumentInput = z.input<typeof StakeholderDocumentSchema>;
