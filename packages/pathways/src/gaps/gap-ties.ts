/**
 * Communication gaps as ties, for drawing them on the network: one tie of kind `"gap"` per flagged
 * handoff pair (no channel, only a relay, or a weak direct channel), from sender to receiver, in rank
 * order.
 *
 *   weight      the gap's severity (a strength: a heavier tie is a worse gap)
 *   directed    true
 *   quality     the channel's quality on the document's scale (absent when there is no channel)
 *   channel     the direct channel's name, when it has one
 *   attributes  status, volume, normalised quality, via, rank
 *
 * The document schema's tie kinds are communication, handoff, collaboration and governance; a gap is
 * derived, not observed, so gap ties are typed here and are not valid ties of a network document.
 *
 * Complexity: O(g) for g gaps.
 */
import type { Tie } from "@tvaers/model";
import type { Gap } from "./gap.js";

/** A tie of kind `"gap"`: shaped like a network tie, derived from a {@link Gap}. */
export type GapTie = Omit<Tie, "kind"> & { kind: "gap" };

/** The flagged gaps as {@link GapTie}s, in rank order. */
export function gapTies(gaps: readonly Gap[]): GapTie[] {
  return gaps
    .filter((gap) => gap.flagged)
    .map((gap) => {
      const channel = gap.status === "direct" ? gap.steps[0]?.channel : undefined;
      return {
        source: gap.from,
        target: gap.to,
        kind: "gap",
        weight: gap.severity,
        directed: true,
        ...(gap.channelQuality !== null && { quality: gap.channelQuality }),
        ...(channel !== undefined && { channel }),
        attributes: {
          status: gap.status,
          volume: gap.volume,
          quality: gap.quality,
          via: gap.via,
          rank: gap.rank,
        },
      };
    });
}
