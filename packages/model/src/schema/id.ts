import { z } from "zod";

/** An identifier of a sector, cluster, organisation, actor or tie: a non-empty string without surrounding spaces. */
export const IdSchema = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s.trim() === s, "must not start or end with spaces");
