/**
 * Where a stakeholder's value came from. A stakeholder analysis mixes values of very different
 * standing, and a planner reading the result should see which is which:
 *
 * - `survey`: answers to a questionnaire;
 * - `workshop`: agreed in a workshop or meeting with the parties;
 * - `expert-judgement`: set by the analyst or an expert panel;
 * - `derived`: computed, e.g. power informed by the network (see `networkPower`);
 * - `illustrative`: made up for an example; not a finding.
 *
 * A document names a provenance per value (`provenance: { "power": "workshop" }` on a stakeholder)
 * and may give a default for every value without one (the document's `provenance`).
 */
import { z } from "zod";

/** The kinds of provenance a value may have. */
export const PROVENANCE_KINDS = [
  "survey",
  "workshop",
  "expert-judgement",
  "derived",
  "illustrative",
] as const;

/** One of {@link PROVENANCE_KINDS}. */
export type Provenance = (typeof PROVENANCE_KINDS)[number];

/** Schema of one provenance. */
export const ProvenanceSchema = z.enum(PROVENANCE_KINDS, {
  error: `must be one of ${PROVENANCE_KINDS.join(", ")}`,
});
