import { z } from "zod";
import { AttributesSchema } from "./attributes.js";
import { IdSchema } from "./id.js";

/** The kinds of tie between actors. */
export const TIE_KINDS = ["communication", "handoff", "collaboration", "governance"] as const;

/** A kind of tie. */
export type TieKind = (typeof TIE_KINDS)[number];

/** Whether a tie of each kind is directed when the document does not say. */
export const DIRECTED_BY_DEFAULT: Readonly<Record<TieKind, boolean>> = {
  communication: false,
  handoff: true,
  collaboration: false,
  governance: true,
};

/**
 * A typed relation between two actors. `weight` is a strength (more = stronger: messages, patients handed
 * over, meetings), never a distance; it defaults to 1. `quality` is on the document's quality scale.
 */
export const TieInputSchema = z.strictObject({
  id: IdSchema.optional(),
  source: IdSchema,
  target: IdSchema,
  kind: z.enum(TIE_KINDS, {
    error: () => `must be one of ${TIE_KINDS.join(", ")}`,
  }),
  weight: z.number({ error: "must be a finite number" }).min(0, "must not be negative").optional(),
  directed: z.boolean({ error: "must be true or false" }).optional(),
  channel: z.string().min(1, "must not be empty").optional(),
  quality: z
    .number({ error: "must be a number" })
    .refine(Number.isFinite, "must be a finite number")
    .optional(),
  attributes: AttributesSchema.optional(),
});

/** A tie as written in a file: weight and direction may be left out. */
export type TieInput = z.infer<typeof TieInputSchema>;

/** A tie after parsing: weight and direction are always set. */
export type Tie = Omit<TieInput, "weight" | "directed"> & { weight: number; directed: boolean };

/** Fills in a tie's default weight (1) and direction (by kind). */
export function normaliseTie(tie: TieInput): Tie {
  const out = { ...tie } as Tie;
  out.weight = tie.weight ?? 1;
  out.directed = tie.directed ?? DIRECTED_BY_DEFAULT[tie.kind];
  return out;
}
