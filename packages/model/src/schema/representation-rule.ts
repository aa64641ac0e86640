import { z } from "zod";
import { IdSchema } from "./id.js";

const Count = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(0, "must not be negative");

/**
 * A representation rule for a forum's composition. `minimum` maps a sector id or an actor/participant
 * kind to the least number of seats it must hold (the political level: at least two regional
 * councillors, one mayor per municipality; Klynge Vest minutes, 12th meeting, item 1). `shares` maps
 * sector ids to relative shares the seats should follow (the national leadership programme's
 * 100 / 75 / 25 places for regions, municipalities and general practice, item 2); the expected seats
 * are apportioned by largest remainder, over `seats` when the rule fixes the number of seats (Klynge
 * Vest's 5 programme places a year), else over the seats counted. A key that is a sector id counts by sector, any other key by kind.
 */
export const RepresentationRuleSchema = z.strictObject({
  forum: IdSchema,
  label: z.string().min(1, "must not be empty").optional(),
  source: z.string().optional(),
  minimum: z.record(IdSchema, Count).optional(),
  seats: z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .positive("must be above 0")
    .optional(),
  shares: z.record(IdSchema, z.number({ error: "must be a number" }).positive("must be above 0")).optional(),
});

/** A representation rule. */
export type RepresentationRule = z.infer<typeof RepresentationRuleSchema>;
