import { z } from "zod";
import { AttributesSchema } from "./attributes.js";
import { IdSchema } from "./id.js";
import { LabelSchema } from "./label.js";

/**
 * The kinds of forum in which cross-sector collaboration happens, as in the Klynge Vest minutes
 * (12th steering-group meeting, 8 June 2022): the cluster's political and administrative levels, the
 * steering group (klyngestyregruppe), the operations forum (driftsforum), a reference group (the MS
 * project's), a project group, and a programme (the national leadership programme).
 */
export const FORUM_KINDS = [
  "political-level",
  "administrative-level",
  "steering-group",
  "operations-forum",
  "reference-group",
  "project",
  "programme",
] as const;

/** A kind of forum. */
export type ForumKind = (typeof FORUM_KINDS)[number];

/**
 * A forum: a body that meets and has members from several sectors. `actor` names the actor that stands
 * for the forum in the network (its node), when there is one; `targetGroups` names whom a project or
 * programme is for (used to find synergy between projects).
 */
export const ForumSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  kind: z.enum(FORUM_KINDS, { error: () => `must be one of ${FORUM_KINDS.join(", ")}` }),
  cluster: IdSchema.optional(),
  actor: IdSchema.optional(),
  targetGroups: z.array(z.string().min(1, "must not be empty")).optional(),
  description: z.string().optional(),
  attributes: AttributesSchema.optional(),
});

/** A forum. */
export type Forum = z.infer<typeof ForumSchema>;
