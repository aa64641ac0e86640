/**
 * The rules of a collaboration model (`tvaers.model/v1`). A rule says what changes in terms of actor
 * kinds, never actor ids (except `remove-actor`, which may name ids), so one model applies to any
 * cluster's network:
 *
 *   add-actor        a new actor of a kind (a liaison consultant, an annual-wheel forum), placed once per
 *                    network, cluster or organisation, tied to the actors of given kinds in its place;
 *   add-channel      a communication channel between actors of two sets of kinds (hospital wards on the
 *                    platform GPs use with jobcentres), by default only where patients are handed over;
 *   upgrade-channel  better quality on existing channels between two sets of kinds;
 *   form-team        a team of the actors of given kinds in each organisation or cluster: collaboration
 *                    ties among the members and a recurring meeting channel (FACT's weekly meeting);
 *   scale-waits      handoff waits between two sets of kinds multiplied by a factor;
 *   remove-actor     actors removed by id or kind, with their ties.
 *
 * Qualities in a model are on the 1–5 scale of a Relational Coordination item and are mapped linearly
 * onto the network's own `qualityScale` when applied (see `place.ts` and `apply-model.ts`).
 *
 * Every rule may cite where it comes from: `source` (a source file, as in `data/networks`),
 * `valueProvenance` (`"illustrative"` when its numbers are not from the source, the default) and a
 * free `note`. Elements a rule adds carry the same provenance in their attributes.
 */
import { IdSchema, LabelSchema } from "@tvaers/model";
import { z } from "zod";

/** The quality scale model documents are written on: 1 (poor) to 5 (excellent). */
export const MODEL_QUALITY_SCALE = { min: 1, max: 5 } as const;

/** How many of a rule's new actors or teams a network gets: one, one per cluster, one per organisation. */
export const PER = ["network", "cluster", "organisation"] as const;

/** Where a rule places its new actors or teams. */
export type Per = (typeof PER)[number];

const Kinds = z.array(IdSchema).min(1, "must name at least one actor kind");
const Quality = z
  .number({ error: "must be a number" })
  .min(MODEL_QUALITY_SCALE.min, "must be at least 1 (the model quality scale is 1–5)")
  .max(MODEL_QUALITY_SCALE.max, "must be at most 5 (the model quality scale is 1–5)");
const QualityDelta = z
  .number({ error: "must be a number" })
  .refine((d) => Number.isFinite(d) && Math.abs(d) <= 4, "must be between -4 and 4 (on the 1–5 scale)");
const Weight = z.number({ error: "must be a number" }).min(0, "must not be negative");
const Pairs = z.enum(["handoffs", "all"], { error: 'must be "handoffs" or "all"' });
const PerSchema = z.enum(PER, { error: `must be one of ${PER.join(", ")}` });

/** Fields every rule may carry: a short id for the ids of what it adds, and where it comes from. */
const common = {
  /** A short name used in the ids of new actors (default: the kind). */
  id: IdSchema.optional(),
  /** The source file that describes this change (e.g. `001_06baf60a3b72d700.txt`). */
  source: z.string().min(1, "must not be empty").optional(),
  /** Whether the rule's numbers come from the source or are illustrative (default `"illustrative"`). */
  valueProvenance: z
    .enum(["source", "illustrative"], { error: 'must be "source" or "illustrative"' })
    .optional(),
  /** How the source was read, in plain words. */
  note: z.string().optional(),
};

/** `add-actor`: a new actor of `kind` in `sector`, once per `per`, tied to the actors of `linkTo.kinds` in its place. */
export const AddActorRuleSchema = z
  .strictObject({
    type: z.literal("add-actor"),
    ...common,
    kind: IdSchema,
    sector: IdSchema,
    label: LabelSchema,
    per: PerSchema.default("organisation"),
    linkTo: z.strictObject({ kinds: Kinds }),
    ties: z
      .array(
        z.enum(["communication", "collaboration"], { error: 'must be "communication" or "collaboration"' }),
      )
      .min(1, "must name at least one tie kind")
      .default(["communication"]),
    channel: z.string().min(1, "must not be empty").optional(),
    quality: Quality.optional(),
    weight: Weight.optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.ties.includes("communication") && rule.channel === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["channel"],
        message: "is needed when the actor gets communication ties",
      });
    }
  });

/** `add-channel`: a communication channel between actors of `fromKinds` and `toKinds`. */
export const AddChannelRuleSchema = z.strictObject({
  type: z.literal("add-channel"),
  ...common,
  fromKinds: Kinds,
  toKinds: Kinds,
  channel: z.string().min(1, "must not be empty"),
  quality: Quality,
  weight: Weight.optional(),
  directed: z.boolean({ error: "must be true or false" }).optional(),
  pairs: Pairs.default("handoffs"),
});

/** `upgrade-channel`: a higher quality on existing channels between actors of `fromKinds` and `toKinds`. */
export const UpgradeChannelRuleSchema = z
  .strictObject({
    type: z.literal("upgrade-channel"),
    ...common,
    fromKinds: Kinds,
    toKinds: Kinds,
    channels: z
      .array(z.string().min(1, "must not be empty"))
      .min(1, "must name at least one channel")
      .optional(),
    quality: Quality.optional(),
    qualityDelta: QualityDelta.optional(),
    pairs: Pairs.default("handoffs"),
  })
  .superRefine((rule, ctx) => {
    if ((rule.quality === undefined) === (rule.qualityDelta === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["quality"],
        message: "or qualityDelta must be given (one of them, not both)",
      });
    }
  });

/** `form-team`: the actors of `memberKinds` in each organisation or cluster become a team. */
export const FormTeamRuleSchema = z.strictObject({
  type: z.literal("form-team"),
  ...common,
  memberKinds: Kinds,
  per: z
    .enum(["cluster", "organisation"], { error: 'must be "cluster" or "organisation"' })
    .default("organisation"),
  sector: IdSchema,
  team: z.strictObject({ kind: IdSchema.default("team"), label: LabelSchema }).optional(),
  collaboration: z.boolean({ error: "must be true or false" }).default(true),
  meeting: z
    .strictObject({
      channel: z.string().min(1, "must not be empty").default("weekly-meeting"),
      quality: Quality.default(4),
      perYear: Weight.default(52),
    })
    .prefault({}),
  minMembers: z.number().int("must be a whole number").min(2, "must be at least 2").default(2),
});

/** `scale-waits`: the waits of handoffs from `fromKinds` to `toKinds` multiplied by `factor`. */
export const ScaleWaitsRuleSchema = z.strictObject({
  type: z.literal("scale-waits"),
  ...common,
  fromKinds: Kinds,
  toKinds: Kinds,
  factor: z
    .number({ error: "must be a number" })
    .refine((f) => Number.isFinite(f) && f >= 0, "must be a finite number, 0 or more"),
  attributes: z
    .array(z.string().min(1))
    .min(1, "must name at least one attribute")
    .default(["waitDays", "waitHours"]),
});

/** `remove-actor`: actors removed by id or by kind, with every tie they have. */
export const RemoveActorRuleSchema = z
  .strictObject({
    type: z.literal("remove-actor"),
    ...common,
    ids: z.array(IdSchema).optional(),
    kinds: z.array(IdSchema).optional(),
  })
  .superRefine((rule, ctx) => {
    if ((rule.ids?.length ?? 0) + (rule.kinds?.length ?? 0) === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["ids"],
        message: "or kinds must name the actors to remove",
      });
    }
  });

/** The rule types, in the order they are documented. */
export const RULE_TYPES = [
  "add-actor",
  "add-channel",
  "upgrade-channel",
  "form-team",
  "scale-waits",
  "remove-actor",
] as const;

/** One rule of a collaboration model, told apart by `type`. */
export const RuleSchema = z.discriminatedUnion("type", [
  AddActorRuleSchema,
  AddChannelRuleSchema,
  UpgradeChannelRuleSchema,
  FormTeamRuleSchema,
  ScaleWaitsRuleSchema,
  RemoveActorRuleSchema,
]);

/** A rule after parsing (defaults filled in). */
export type Rule = z.output<typeof RuleSchema>;
/** An `add-actor` rule. */
export type AddActorRule = z.output<typeof AddActorRuleSchema>;
/** An `add-channel` rule. */
export type AddChannelRule = z.output<typeof AddChannelRuleSchema>;
/** An `upgrade-channel` rule. */
export type UpgradeChannelRule = z.output<typeof UpgradeChannelRuleSchema>;
/** A `form-team` rule. */
export type FormTeamRule = z.output<typeof FormTeamRuleSchema>;
/** A `scale-waits` rule. */
export type ScaleWaitsRule = z.output<typeof ScaleWaitsRuleSchema>;
/** A `remove-actor` rule. */
export type RemoveActorRule = z.output<typeof RemoveActorRuleSchema>;
