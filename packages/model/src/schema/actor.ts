import { z } from "zod";
import { AttributesSchema } from "./attributes.js";
import { IdSchema } from "./id.js";
import { LabelSchema } from "./label.js";

/**
 * A unit, role or person who acts: the network's node. Actors are units and roles
 * (the acute ward in Thisted, a GP, the patient), never named private persons.
 */
export const ActorSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  sector: IdSchema,
  organisation: IdSchema.optional(),
  cluster: IdSchema.optional(),
  kind: IdSchema.optional(),
  attributes: AttributesSchema.optional(),
});

/** An actor. */
export type Actor = z.infer<typeof ActorSchema>;
