import { z } from "zod";
import { IdSchema } from "./id.js";
import { LabelSchema } from "./label.js";

/** A health cluster (sundhedsklynge): an acute hospital with the municipalities it serves. */
export const ClusterSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  region: z.string().optional(),
  description: z.string().optional(),
});

/** A health cluster. */
export type Cluster = z.infer<typeof ClusterSchema>;
