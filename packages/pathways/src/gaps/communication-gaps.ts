/**
 * Communication gaps: for every pair of actors that hand patients over, whether the information that
 * should go with the patients has a channel, how good it is, and how much that matters.
 *
 * Handoff pairs: the handoff ties of the document, summed per ordered pair (from, to): the volume is
 * their summed weight (patients). A handoff tie marked `directed: false` counts both ways, as
 * everywhere in tvaers (docs/design-choices.md).
 *
 * Channel of a pair (see `channels.ts` for channels, `relay.ts` for relays):
 *   direct   a communication channel from → to exists; q = its best tie's normalised quality,
 *            (quality − min) / (max − min) on the document's `qualityScale`;
 *   relayed  no direct channel, but a relay path of at most `maxRelaySteps` steps (default 2, i.e. one
 *            intermediary); `via` lists the intermediaries of the best one; q = the weakest link's
 *            normalised quality × `relayDiscount` (default 0.5) per intermediary;
 *   none     q = 0.
 * A tie without a quality takes `missingQuality` (default: the scale's midpoint, 3 on 1–5 — unknown is
 * read as middling, neither good nor bad; `qualityAssumed` marks such channels).
 *
 * Weak and flagged: a direct channel with q < `weakThreshold` (default 0.625, which is 3.5 on the 1–5
 * scale: the default weak threshold of Relational Coordination) is `weak`. A pair is `flagged` — a gap
 * in the project's vocabulary — when it has no channel, only a relay, or a weak direct channel.
 *
 * Severity: by default volume × (1 − q), the number of patients crossing, discounted by how good
 * their channel is (0 for a perfect direct channel, the whole volume when there is none). `severity`
 * replaces it with any function of the pair. Ranking: severity descending, then `from`, then `to` in
 * code-unit order.
 *
 * Edge cases: a document without handoff ties gives no gaps. Qualities off the scale are a
 * {@link TvaersInputError}; bad options are a `RangeError`.
 *
 * Complexity: O(m) to read ties, plus the relay search (`relay.ts`) per sender without a direct
 * channel to some receiver, plus O(g log g) to rank g pairs.
 */
import type { NetworkDocument, Scale } from "@tvaers/model";
import { TvaersInputError } from "@tvaers/model";
import {
  type ChannelDirection,
  type ChannelStep,
  normaliseQuality,
  type QualityReader,
  readChannels,
  tieQuality,
} from "./channels.js";
import type { Gap, GapChannel } from "./gap.js";
import { type GapTie, gapTies } from "./gap-ties.js";
import { type ClusterGaps, groupByCluster, groupBySectorPair, type SectorPairGaps } from "./grouping.js";
import { bestRelays, type Relay } from "./relay.js";

/** Options of {@link communicationGaps}. */
export interface CommunicationGapsOptions {
  /** The most communication steps a relay may take: an integer ≥ 1 (1: no relays). Default 2. */
  maxRelaySteps?: number;
  /** Factor in [0, 1] a relay's quality is multiplied by per intermediary. Default 0.5. */
  relayDiscount?: number;
  /** Quality (on the document's scale) of a tie that has none. Default: the scale's midpoint. */
  missingQuality?: number;
  /** Normalised quality in [0, 1] below which a direct channel is weak. Default 0.625. */
  weakThreshold?: number;
  /** Whether a directed communication tie carries information only along its arrow. Default `"along"`. */
  direction?: ChannelDirection;
  /** Reads a communication tie's quality (default: its `quality`; or `relationalCoordinationQuality`). */
  quality?: QualityReader;
  /** A pair's severity, from its record (`severity` and `rank` not yet set). Default {@link volumeSeverity}. */
  severity?: (gap: GapChannel) => number;
}

/** The result of {@link communicationGaps}. */
export interface CommunicationGaps {
  /** Every handoff pair, ranked by severity (descending), then `from`, then `to`. */
  gaps: Gap[];
  /** Summed by (sender's sector, receiver's sector), ranked by severity. */
  bySectorPair: SectorPairGaps[];
  /** Summed per cluster, between clusters and outside clusters, ranked by severity. */
  byCluster: ClusterGaps[];
  /** The flagged gaps as ties of kind `"gap"`, for drawing. */
  ties: GapTie[];
}

/** The default severity: volume × (1 − normalised channel quality). */
export function volumeSeverity(gap: GapChannel): number {
  return gap.volume * (1 - gap.quality);
}

/** Defaults of {@link communicationGaps} (the missing quality defaults to the scale's midpoint). */
export const COMMUNICATION_GAPS_DEFAULTS = {
  maxRelaySteps: 2,
  relayDiscount: 0.5,
  weakThreshold: 0.625,
  direction: "along",
  quality: tieQuality,
  severity: volumeSeverity,
} as const satisfies CommunicationGapsOptions;

type Settings = Required<CommunicationGapsOptions>;

function settingsFor(scale: Scale, options: CommunicationGapsOptions): Settings {
  const d = COMMUNICATION_GAPS_DEFAULTS;
  const s: Settings = {
    maxRelaySteps: options.maxRelaySteps ?? d.maxRelaySteps,
    relayDiscount: options.relayDiscount ?? d.relayDiscount,
    missingQuality: options.missingQuality ?? (scale.min + scale.max) / 2,
    weakThreshold: options.weakThreshold ?? d.weakThreshold,
    direction: options.direction ?? d.direction,
    quality: options.quality ?? d.quality,
    severity: options.severity ?? d.severity,
  };
  const fail = (message: string) => {
    throw new RangeError(`communicationGaps: ${message}`);
  };
  if (!Number.isInteger(s.maxRelaySteps) || s.maxRelaySteps < 1) fail("maxRelaySteps must be an integer ≥ 1");
  if (!(s.relayDiscount >= 0 && s.relayDiscount <= 1)) fail("relayDiscount must be between 0 and 1");
  if (!(s.weakThreshold >= 0 && s.weakThreshold <= 1)) fail("weakThreshold must be between 0 and 1");
  if (!(s.missingQuality >= scale.min && s.missingQuality <= scale.max)) {
    fail(`missingQuality must be on the quality scale ${scale.min}–${scale.max}`);
  }
  if (s.direction !== "along" && s.direction !== "either") fail('direction must be "along" or "either"');
  return s;
}

/** Summed handoff volume per ordered pair, by sender, then receiver. */
function handoffPairs(doc: NetworkDocument): Map<string, Map<string, number>> {
  const pairs = new Map<string, Map<string, number>>();
  const add = (from: string, to: string, weight: number) => {
    let row = pairs.get(from);
    if (row === undefined) {
      row = new Map();
      pairs.set(from, row);
    }
    row.set(to, (row.get(to) ?? 0) + weight);
  };
  for (const tie of doc.ties) {
    if (tie.kind !== "handoff") continue;
    add(tie.source, tie.target, tie.weight);
    if (!tie.directed) add(tie.target, tie.source, tie.weight);
  }
  return pairs;
}

/** The channel part of a pair's record. */
type ChannelPart = Pick<
  GapChannel,
  "status" | "via" | "steps" | "channelQuality" | "quality" | "qualityAssumed" | "weak" | "flagged"
>;

/** The channel of one pair: direct, relayed or none (see the file comment). */
function channelOf(
  direct: ChannelStep | undefined,
  relay: Relay | undefined,
  weakThreshold: number,
  scale: Scale,
): ChannelPart {
  if (direct !== undefined) {
    const quality = normaliseQuality(direct.quality, scale);
    const weak = quality < weakThreshold;
    const { qualityAssumed } = direct;
    return {
      status: "direct",
      via: [],
      steps: [direct],
      channelQuality: direct.quality,
      quality,
      qualityAssumed,
      weak,
      flagged: weak,
    };
  }
  if (relay !== undefined) {
    const { steps, quality } = relay;
    return {
      status: "relayed",
      via: steps.slice(1).map((step) => step.from),
      steps,
      channelQuality: Math.min(...steps.map((step) => step.quality)),
      quality,
      qualityAssumed: steps.some((step) => step.qualityAssumed),
      weak: false,
      flagged: true,
    };
  }
  return {
    status: "none",
    via: [],
    steps: [],
    channelQuality: null,
    quality: 0,
    qualityAssumed: false,
    weak: false,
    flagged: true,
  };
}

/**
 * Every handoff pair of a validated network document with the status and quality of its
 * communication channel, a severity and a rank, summed by sector pair and by cluster, and the flagged
 * ones as ties of kind `"gap"`. See the file comment for the definitions and defaults.
 *
 * @example
 * const { gaps } = communicationGaps(parseNetwork(json));
 * gaps[0]; // { from: "gp-viborg", to: "cardiology-viborg", status: "none", volume: 506, … }
 */
export function communicationGaps(
  doc: NetworkDocument,
  options: CommunicationGapsOptions = {},
): CommunicationGaps {
  const scale = doc.qualityScale;
  const s = settingsFor(scale, options);
  const actors = new Map(doc.actors.map((actor) => [actor.id, actor] as const));
  const channels = readChannels(doc, s);
  const pairs = handoffPairs(doc);

  const unknown = new Set<string>();
  for (const [from, row] of pairs) {
    for (const id of [from, ...row.keys()]) if (!actors.has(id)) unknown.add(id);
  }
  if (unknown.size > 0) {
    throw new TvaersInputError(
      [...unknown].map((id) => ({ field: "actor", message: `handoff actor "${id}" is not in the network` })),
    );
  }

  const gaps: Gap[] = [];
  for (const [from, row] of pairs) {
    const direct = channels.get(from);
    const unreached = new Set([...row.keys()].filter((to) => direct?.get(to) === undefined));
    const relays =
      unreached.size === 0
        ? new Map<string, Relay>()
        : bestRelays(channels, from, unreached, {
            maxSteps: s.maxRelaySteps,
            discount: s.relayDiscount,
            scale,
          });
    const sender = actors.get(from)!;
    for (const [to, volume] of row) {
      const receiver = actors.get(to)!;
      const c = channelOf(direct?.get(to), relays.get(to), s.weakThreshold, scale);
      // One object literal per pair, so every record has the same shape; severity and rank follow.
      gaps.push({
        from,
        to,
        fromSector: sender.sector,
        toSector: receiver.sector,
        fromCluster: sender.cluster ?? null,
        toCluster: receiver.cluster ?? null,
        volume,
        status: c.status,
        via: c.via,
        steps: c.steps,
        channelQuality: c.channelQuality,
        quality: c.quality,
        qualityAssumed: c.qualityAssumed,
        weak: c.weak,
        flagged: c.flagged,
        severity: 0,
        rank: 0,
      });
    }
  }

  for (const gap of gaps) {
    const severity = s.severity(gap);
    if (typeof severity !== "number" || !Number.isFinite(severity)) {
      throw new RangeError(`communicationGaps: severity of ${gap.from} → ${gap.to} is not a finite number`);
    }
    gap.severity = severity;
  }
  gaps.sort((a, b) => b.severity - a.severity || compare(a.from, b.from) || compare(a.to, b.to));
  gaps.forEach((gap, i) => {
    gap.rank = i + 1;
  });
  return {
    gaps,
    bySectorPair: groupBySectorPair(gaps),
    byCluster: groupByCluster(gaps),
    ties: gapTies(gaps),
  };
}

function compare(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
