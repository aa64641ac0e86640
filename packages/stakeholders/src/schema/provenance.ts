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
 * A stakeholder names a provenance per value (`provenance: { "power": "workshop" }`) or one for all
 * its values (`provenance: "workshop"`), and the document's `provenance` is the default for every
 * value without one. Kinds may be written in any case, with spaces or underscores for the hyphen
 * (`Expert judgement` is `expert-judgement`).
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

/** `Expert judgement` → `expert-judgement`: a kind as people type it. */
const canonical = (value: unknown) =>
  typeof value === "string"
    ? value
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, "-")
    : value;

/** Schema of one provenance (read in any case, spaces or underscores for hyphens). */
export const ProvenanceSchema = z.preprocess(
  canonical,
  z.enum(PROVENANCE_KINDS, { error: `must be one of ${PROVENANCE_KINDS.join(", ")}` }),
);
