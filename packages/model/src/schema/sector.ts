import { z } from "zod";
import { IdSchema } from "./id.js";
import { LabelSchema } from "./label.js";

/** A part of the system with its own law, budget and culture (region, municipality, general practice, citizen, …). */
export const SectorSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  description: z.string().optional(),
});

/** A sector. */
export type Sector = z.infer<typeof SectorSchema>;
