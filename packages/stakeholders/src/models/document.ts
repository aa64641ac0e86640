/**
 * A collaboration model document (`tvaers.model/v1`): a proposed change to cross-sector collaboration,
 * written as rules on actor kinds so that it applies to any cluster's network (the rules are in
 * `rules/schema.ts`; applying them in `apply-model.ts`).
 *
 *   format       "tvaers.model/v1"
 *   id           a short id, used in the ids of the actors and ties the model adds
 *   label        { en, da }, or one text
 *   description  what the model is, in plain words
 *   sources      where it comes from (file names of the sources, or { title, url, note })
 *   rules        the changes, applied in order
 *
 * The models the project's sources describe are in `data/models/`; each cites its source file and
 * marks the values that are illustrative.
 */
import { IdSchema, LabelSchema, SourceSchema } from "@tvaers/model";
import { z } from "zod";
import { RuleSchema } from "./rules/schema.js";

/** The format tag of a collaboration model document. */
export const MODEL_FORMAT = "tvaers.model/v1";

/** Schema of a `tvaers.model/v1` document. Parsing fills the rules' defaults. */
export const ModelDocumentSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT, { error: `must be "${MODEL_FORMAT}"` }),
  id: IdSchema,
  label: LabelSchema,
  description: z.string().optional(),
  sources: z.array(SourceSchema).optional(),
  rules: z.array(RuleSchema).min(1, "must hold at least one rule"),
});

/** A validated collaboration model (defaults filled in). */
export type ModelDocument = z.output<typeof ModelDocumentSchema>;

/** A collaboration model as it may be written in a file (defaults may be left out). */
export type ModelDocumentInput = z.input<typeof ModelDocumentSchema>;
