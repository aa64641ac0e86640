import { z } from "zod";
import { ActorSchema } from "./actor.js";
import { ClusterSchema } from "./cluster.js";
import { ForumSchema } from "./forum.js";
import { MembershipSchema } from "./membership.js";
import { OrganisationSchema } from "./organisation.js";
import { RepresentationRuleSchema } from "./representation-rule.js";
import { SectorSchema } from "./sector.js";
import { normaliseTie, TieInputSchema } from "./tie.js";

/** The format tag of a network document. */
export const NETWORK_FORMAT = "tvaers.network/v1";

/** A numeric scale such as the channel-quality scale; `min` < `max`. */
export const ScaleSchema = z
  .strictObject({ min: z.number(), max: z.number(), label: z.string().optional() })
  .refine((s) => Number.isFinite(s.min) && Number.isFinite(s.max) && s.min < s.max, "min must be below max");

/** A numeric scale. */
export type Scale = z.infer<typeof ScaleSchema>;

/** The default channel-quality scale: 1 (poor) to 5 (excellent), as a Relational Coordination item. */
export const DEFAULT_QUALITY_SCALE: Scale = { min: 1, max: 5 };

/** A source a document was written from. */
export const SourceSchema = z.union([
  z.string().min(1),
  z.strictObject({ title: z.string().min(1), url: z.string().optional(), note: z.string().optional() }),
]);

/**
 * Schema of a `tvaers.network/v1` document: sectors, clusters, organisations, actors and ties, and
 * optionally the forums they meet in, memberships and attendance, and representation rules.
 * Parsing fills defaults (tie weight 1, direction by kind, quality scale 1–5). The forum fields stay absent when a
 * document has none, so every earlier document and writer is unchanged. Cross-references are
 * checked separately by {@link parseNetwork}.
 */
export const NetworkDocumentSchema = z.strictObject({
  format: z.literal(NETWORK_FORMAT, { error: `must be "${NETWORK_FORMAT}"` }),
  name: z.string().min(1, "must not be empty"),
  description: z.string().optional(),
  sources: z.array(SourceSchema).optional(),
  qualityScale: ScaleSchema.default(DEFAULT_QUALITY_SCALE),
  sectors: z.array(SectorSchema),
  clusters: z.array(ClusterSchema).default([]),
  organisations: z.array(OrganisationSchema).default([]),
  actors: z.array(ActorSchema),
  ties: z
    .array(TieInputSchema)
    .default([])
    .transform((ties) => ties.map(normaliseTie)),
  forums: z.array(ForumSchema).optional(),
  memberships: z.array(MembershipSchema).optional(),
  rules: z.array(RepresentationRuleSchema).optional(),
});

/** A validated network document (defaults filled in). */
export type NetworkDocument = z.output<typeof NetworkDocumentSchema>;

/** A network document as it may be written in a file (defaults may be left out). */
export type NetworkDocumentInput = z.input<typeof NetworkDocumentSchema>;
