import { z } from "zod";
import { IdSchema } from "./id.js";
import { LabelSchema } from "./label.js";

/** A legal body inside one sector (a hospital, a municipality, a GP organisation). */
export const OrganisationSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  sector: IdSchema,
  cluster: IdSchema.optional(),
  description: z.string().optional(),
});

/** An organisation. */
export type Organisation = z.infer<typeof OrganisationSchema>;
