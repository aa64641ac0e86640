/**
 * The impact of a collaboration model on each stakeholder, traced to the changes that touch the
 * network actors the stakeholder is linked to (its `actors`; a stakeholder outside the network, such as
 * KL, has none and so no network impact):
 *
 *   gaps           the gap comparison (`gap-changes.ts`) over the handoff pairs with an end among its
 *                  actors: severity before and after, gaps closed and opened
 *   meanWaitHours  the volume-weighted mean wait of the handoffs with an end among its actors
 *   tiesAdded      new ties with an end among its actors (a new consultant's tie to its jobcentre counts)
 *   tiesRemoved    ties removed with an end among its actors
 *   upgraded       channels upgraded with an end among its actors
 *   changes        the indices in the change log of every change touching its actors
 *
 * A linked actor the network does not have is listed in `missing`, so a stakeholder document written
 * for one cluster can be used on another and say where it does not fit.
 *
 * Complexity: O(S·(g + m + c)) for S stakeholders, g gaps, m ties and c changes.
 */
import type { Label, NetworkDocument } from "@tvaers/model";
import type { Gap } from "@tvaers/pathways";
import type { Change } from "../models/change.js";
import type { Stakeholder } from "../schema/stakeholder.js";
import { type Comparison, compare } from "./compare.js";
import { compareGaps, type GapComparison } from "./gap-changes.js";
import { meanWaitHours } from "./waits.js";

/** A model's impact on one stakeholder (see the file comment). */
export interface StakeholderImpact {
  stakeholder: string;
  label?: Label;
  /** The linked actors found in the network, before or after the model. */
  actors: string[];
  /** The linked actors the network does not have. */
  missing: string[];
  gaps: GapComparison;
  meanWaitHours: Comparison;
  tiesAdded: number;
  tiesRemoved: number;
  upgraded: number;
  /** Indices in the change log of the changes that touch the stakeholder's actors. */
  changes: number[];
}

/** What {@link stakeholderImpacts} compares. */
export interface ImpactInput {
  before: NetworkDocument;
  after: NetworkDocument;
  gapsBefore: readonly Gap[];
  gapsAfter: readonly Gap[];
  changes: readonly Change[];
}

/** The impact of a model on each stakeholder (see the file comment), in the stakeholders' order. */
export function stakeholderImpacts(
  stakeholders: readonly Stakeholder[],
  input: ImpactInput,
): StakeholderImpact[] {
  const known = new Set([...input.before.actors, ...input.after.actors].map((a) => a.id));
  return stakeholders.map((stakeholder) => {
    const linked = stakeholder.actors ?? [];
    const actors = new Set(linked.filter((id) => known.has(id)));
    const touching = input.changes
      .map((change, index) => ({ change, index }))
      .filter(({ change }) => change.actors.some((id) => actors.has(id)));
    const count = (action: Change["action"]) =>
      touching.filter(({ change }) => change.action === action).length;
    return {
      stakeholder: stakeholder.id,
      ...(stakeholder.label !== undefined && { label: stakeholder.label }),
      actors: [...actors],
      missing: linked.filter((id) => !known.has(id)),
      gaps: compareGaps(input.gapsBefore, input.gapsAfter, actors),
      meanWaitHours: compare(meanWaitHours(input.before, actors), meanWaitHours(input.after, actors)),
      tiesAdded: count("add-tie"),
      tiesRemoved: count("remove-tie"),
      upgraded: count("upgrade-tie"),
      changes: touching.map(({ index }) => index),
    };
  });
}
