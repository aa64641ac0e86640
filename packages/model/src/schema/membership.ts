import { z } from "zod";
import { AttributesSchema } from "./attributes.js";
import { IdSchema } from "./id.js";

/**
 * The roles a participant holds in a forum. `observer` is an observer without a vote, as the Klynge Vest
 * minutes (12th meeting, item 1) describe for the chairs of the health committees.
 */
export const MEMBERSHIP_ROLES = ["member", "chair", "secretary", "observer"] as const;

/** A role in a forum. */
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Whether a participant came to a meeting: `present`, or sent `apologies` (afbud). */
export const ATTENDANCE_STATUSES = ["present", "apologies"] as const;

/** An attendance status. */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** A calendar date written `YYYY-MM-DD`. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "is not a calendar date",
  );

/**
 * One seat in a forum: an actor or an organisation holding a role. Without `date` it is a standing
 * membership; with `date` it is one row of a meeting's minutes (one person-role at one meeting) and
 * `status` says whether they were present or sent apologies. Private persons are never named: an
 * organisation and a role are enough. `sector` is needed only when neither actor nor organisation
 * gives it, or to say which sector a representative speaks for; `kind` is what sort of participant
 * (e.g. `mayor`, `director`, `patient-representative`), used by representation rules.
 */
export const MembershipSchema = z.strictObject({
  forum: IdSchema,
  actor: IdSchema.optional(),
  organisation: IdSchema.optional(),
  sector: IdSchema.optional(),
  kind: IdSchema.optional(),
  role: z.enum(MEMBERSHIP_ROLES, { error: () => `must be one of ${MEMBERSHIP_ROLES.join(", ")}` }),
  date: DateSchema.optional(),
  status: z
    .enum(ATTENDANCE_STATUSES, { error: () => `must be one of ${ATTENDANCE_STATUSES.join(", ")}` })
    .optional(),
  attributes: AttributesSchema.optional(),
});

/** A membership or an attendance row. */
export type Membership = z.infer<typeof MembershipSchema>;
