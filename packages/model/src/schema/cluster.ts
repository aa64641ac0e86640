import { z } from "zod";
import { IdSchema } from "./id.ts";
import { LabelSchema } from "./label.ts";

/** A health cluster (sundhedsklynge): an acute hospital with the municipalities it serves. */
export const ClusterSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  region: z.string().optional(),
  description: z.string().optional(),
});

/** A health cluster. */
export type Cluster = z.infer<typeof ClusterSchema>;
