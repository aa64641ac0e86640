/**
 * One handoff pair as communication-gap detection sees it: who hands patients to whom, how many, and
 * what channel the two have for the information that should go with the patients.
 *
 *   status    "direct"  a communication channel from sender to receiver exists;
 *             "relayed" none, but information can reach the receiver through intermediaries (`via`)
 *                       in at most k steps;
 *             "none"    neither.
 *   quality   the channel's normalised quality q ∈ [0, 1]: (quality − min) / (max − min) of the best
 *             tie for a direct channel; the weakest link times the relay discount per intermediary for
 *             a relay; 0 for none.
 *   weak      a direct channel with q below the weak threshold.
 *   flagged   a gap in the project's sense: no channel, only a relay, or a weak direct channel.
 *   severity  by default volume · (1 − q): how many patients cross without a good channel.
 *
 * Definitions of channels and relays: `channels.ts`, `relay.ts`; of the whole computation:
 * `communication-gaps.ts`.
 */
import type { ChannelStep } from "./channels.js";

/** How a handoff's sender can reach its receiver. */
export type ChannelStatus = "direct" | "relayed" | "none";

/** A handoff pair and its channel, before severity and rank (what a severity function receives). */
export interface GapChannel {
  /** Sending actor. */
  from: string;
  /** Receiving actor. */
  to: string;
  fromSector: string;
  toSector: string;
  /** The sender's cluster, `null` when it has none. */
  fromCluster: string | null;
  toCluster: string | null;
  /** Patients handed over: the summed weight of the handoff ties from `from` to `to`. */
  volume: number;
  status: ChannelStatus;
  /** Intermediaries of the best relay, in order (empty unless relayed). */
  via: string[];
  /** The channel's steps, sender first: one when direct, `via.length + 1` when relayed, none for none. */
  steps: ChannelStep[];
  /** On the document's quality scale: the best tie (direct), the weakest link (relayed), `null` (none). */
  channelQuality: number | null;
  /** Normalised channel quality q ∈ [0, 1], relay discount included; 0 for none. */
  quality: number;
  /** True when a tie on the channel had no quality and the missing-quality value stood in. */
  qualityAssumed: boolean;
  /** A direct channel whose q is below the weak threshold. */
  weak: boolean;
  /** No channel, only a relay, or a weak direct channel. */
  flagged: boolean;
}

/** A handoff pair with its channel, severity and rank. */
export interface Gap extends GapChannel {
  /** How bad the gap is (default `volume · (1 − quality)`). */
  severity: number;
  /** 1-based position in the ranking (severity descending, then `from`, then `to`). */
  rank: number;
}
