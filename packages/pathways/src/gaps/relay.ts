/**
 * Relay paths: when the two ends of a handoff have no direct channel, the best way information could
 * still travel from sender to receiver through other actors, in at most k communication steps.
 *
 * A relay path s = v₀ → v₁ → … → v_h = t, with 2 ≤ h ≤ k, follows channels v_{i−1} → v_i and visits no
 * actor twice; v₁ … v_{h−1} are its intermediaries. Its bottleneck is its weakest link,
 * b = min_i q(v_{i−1} → v_i) (normalised qualities), and its quality discounts the bottleneck once per
 * intermediary:
 *
 *   q_relay = b · d^(h − 1),   d = the relay discount (default 0.5).
 *
 * Best path: the highest q_relay; on a tie, fewer steps; then the intermediaries' ids in code-unit
 * order, compared from the sender's side. With the default k = 2 every relay has one intermediary, so
 * this is "highest bottleneck quality, then fewest steps" as stated, the intermediary's id breaking
 * ties; the per-intermediary discount only matters for k ≥ 3, where it stops a long chain of good links
 * from looking as good as a short one.
 *
 * Complexity: per sender s, O(P · min(T, Δ)), where P is the number of paths of at most k − 1 steps
 * from s that visit no actor twice, T the number of s's receivers being searched and Δ the largest
 * out-degree; for k = 2, P is s's out-degree.
 */

import type { Scale } from "@tvaers/model";
import { type ChannelStep, type Channels, normaliseQuality } from "./channels.js";

/** The best relay path to one receiver. */
export interface Relay {
  /** The path's steps, sender first. */
  steps: ChannelStep[];
  /** Its weakest link's normalised quality. */
  bottleneck: number;
  /** `bottleneck · discount^(steps − 1)`. */
  quality: number;
}

/** How {@link bestRelays} searches. */
export interface RelaySettings {
  /** k: the most communication steps a relay may take (≥ 2 to find any relay). */
  maxSteps: number;
  /** d: the factor each intermediary multiplies the quality by. */
  discount: number;
  scale: Scale;
}

function compareIds(a: readonly ChannelStep[], b: readonly ChannelStep[]): number {
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!.from;
    const y = b[i]!.from;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function better(a: Relay, b: Relay | undefined): boolean {
  if (b === undefined || a.quality > b.quality) return true;
  if (a.quality < b.quality) return false;
  if (a.steps.length !== b.steps.length) return a.steps.length < b.steps.length;
  return compareIds(a.steps, b.steps) < 0;
}

/**
 * The best relay path from `source` to each of `targets` that has one (see the file comment).
 * Direct channels are not relays: look them up in `channels` first.
 */
export function bestRelays(
  channels: Channels,
  source: string,
  targets: ReadonlySet<string>,
  settings: RelaySettings,
): Map<string, Relay> {
  const best = new Map<string, Relay>();
  const path: ChannelStep[] = [];
  const onPath = new Set([source]);

  const offer = (target: string, last: ChannelStep, bottleneck: number) => {
    if (onPath.has(target)) return;
    const steps = [...path, last];
    const b = Math.min(bottleneck, normaliseQuality(last.quality, settings.scale));
    const relay = { steps, bottleneck: b, quality: b * settings.discount ** (steps.length - 1) };
    if (better(relay, best.get(target))) best.set(target, relay);
  };

  const visit = (at: string, bottleneck: number) => {
    const out = channels.get(at);
    if (out === undefined) return;
    if (path.length > 0) {
      if (targets.size <= out.size) {
        for (const target of targets) {
          const last = out.get(target);
          if (last !== undefined) offer(target, last, bottleneck);
        }
      } else {
        for (const [target, last] of out) if (targets.has(target)) offer(target, last, bottleneck);
      }
    }
    if (path.length + 2 > settings.maxSteps) return;
    for (const step of out.values()) {
      if (onPath.has(step.to)) continue;
      path.push(step);
      onPath.add(step.to);
      visit(step.to, Math.min(bottleneck, normaliseQuality(step.quality, settings.scale)));
      onPath.delete(step.to);
      path.pop();
    }
  };

  visit(source, Number.POSITIVE_INFINITY);
  return best;
}
