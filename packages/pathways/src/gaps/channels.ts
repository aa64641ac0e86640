/**
 * Communication channels between actors: what gap detection reads from a network's communication ties.
 *
 * A channel u → v exists when at least one communication tie can carry information from u to v:
 * an undirected tie between them (either way round), or a directed tie from u to v. With
 * `direction: "either"` a directed tie counts both ways too (for data where an arrow only records who
 * reported the tie). The default, `"along"`, reads an arrow as the way information flows: a discharge
 * letter from a ward to a GP is no channel for the GP to send a referral back.
 *
 * Quality: each tie's quality is read by `quality` (default: the tie's own `quality`; see
 * `relationalCoordinationQuality` for survey answers); a tie without one takes `missingQuality`. The
 * channel u → v has the best (maximum) quality among its ties; the first such tie in document order
 * names the channel. Normalised, q = (quality − scale.min) / (scale.max − scale.min) ∈ [0, 1].
 *
 * A communication tie's weight (how many messages) is not used: a channel is judged by its quality.
 *
 * Edge cases: a quality that is not a finite number on the document's scale is a
 * {@link TvaersInputError}; problems from the quality reader are reported with the tie's path.
 *
 * Complexity: O(m) time and memory for m ties.
 */
import type { NetworkDocument, Problem, Scale, Tie } from "@tvaers/model";
import { isTvaersInputError, TvaersInputError } from "@tvaers/model";

/** Reads a communication tie's quality on the document's scale (`undefined`: not known). */
export type QualityReader = (tie: Tie, scale: Scale) => number | undefined;

/** How directed communication ties count: only from source to target (`"along"`), or both ways. */
export type ChannelDirection = "along" | "either";

/** One step of a channel: information can go `from` → `to` over the named channel at this quality. */
export interface ChannelStep {
  from: string;
  to: string;
  /** The best tie's quality, on the document's quality scale. */
  quality: number;
  /** That tie's `channel` (e.g. a MedCom message type), when it names one. */
  channel?: string;
  /** True when that tie had no quality and `missingQuality` stood in. */
  qualityAssumed: boolean;
}

/** Channels by sender, then receiver. */
export type Channels = Map<string, Map<string, ChannelStep>>;

/** What {@link readChannels} needs to know. */
export interface ChannelSettings {
  direction: ChannelDirection;
  missingQuality: number;
  quality: QualityReader;
}

/** The default quality reader: a tie's own `quality`. */
export const tieQuality: QualityReader = (tie) => tie.quality;

/** Normalises a quality on `scale` to [0, 1]. */
export function normaliseQuality(quality: number, scale: Scale): number {
  return (quality - scale.min) / (scale.max - scale.min);
}

/** Reads the channels of a validated network document (see the file comment). */
export function readChannels(doc: NetworkDocument, settings: ChannelSettings): Channels {
  const scale = doc.qualityScale;
  const channels: Channels = new Map();
  const problems: Problem[] = [];
  const offer = (step: ChannelStep) => {
    let row = channels.get(step.from);
    if (row === undefined) {
      row = new Map();
      channels.set(step.from, row);
    }
    const known = row.get(step.to);
    if (known === undefined || step.quality > known.quality) row.set(step.to, step);
  };
  doc.ties.forEach((tie, i) => {
    if (tie.kind !== "communication") return;
    let read: number | undefined;
    try {
      read = settings.quality(tie, scale);
    } catch (error) {
      if (!isTvaersInputError(error)) throw error;
      for (const p of error.problems) problems.push({ ...p, path: `ties[${i}].${p.path ?? "quality"}` });
      return;
    }
    const quality = read ?? settings.missingQuality;
    if (!(Number.isFinite(quality) && quality >= scale.min && quality <= scale.max)) {
      problems.push({
        path: `ties[${i}]`,
        field: "quality",
        message: `the channel quality ${quality} is not on the quality scale ${scale.min}–${scale.max}`,
      });
      return;
    }
    const qualityAssumed = read === undefined;
    const { source, target, channel } = tie;
    const step = (from: string, to: string): ChannelStep =>
      channel === undefined
        ? { from, to, quality, qualityAssumed }
        : { from, to, quality, channel, qualityAssumed };
    offer(step(source, target));
    if (!tie.directed || settings.direction === "either") offer(step(target, source));
  });
  if (problems.length > 0) throw new TvaersInputError(problems);
  return channels;
}
