/**
 * The handoff ties of a network as compact arrays for walking generated pathways: per actor, the handoff
 * ties out of it (cumulative weights for drawing one ∝ weight, target, median wait), and the entry
 * actors where cases begin.
 *
 * Entry actors are where more patients leave than arrive: an actor's entry weight is its handoff weight
 * out minus its handoff weight in, when positive (a GP sends many and receives none; an acute ward
 * receives from GPs but discharges more, the rest arriving by ambulance). When no actor has more out
 * than in (every actor sits on a cycle), every actor with a handoff out is an entry, weighted by its
 * weight out. Ties of weight 0 are never walked.
 */

import { type NetworkDocument, TvaersInputError } from "@tvaers/model";
import { medianWaitHours } from "./waits.js";

/** A network's handoff ties prepared for walking. Actor indices follow `network.actors`. */
export interface WalkPlan {
  /** The network's actors, by index. */
  actors: NetworkDocument["actors"];
  /** Ties out of actor `a` are `offsets[a]` up to (not including) `offsets[a + 1]`. */
  offsets: Int32Array;
  /** Per tie: the running sum of weights out of its source actor, ending at that actor's total. */
  cumulative: Float64Array;
  /** Per tie: the target actor's index. */
  targets: Int32Array;
  /** Per tie: the median wait in hours. */
  medianHours: Float64Array;
  /** Entry actors' indices and the running sum of their entry weights. */
  entries: Int32Array;
  entryCumulative: Float64Array;
}

/** Builds the walk plan of a parsed network; throws a {@link TvaersInputError} when it has no handoff to walk. */
export function buildWalkPlan(network: NetworkDocument): WalkPlan {
  const index = new Map(network.actors.map((a, i) => [a.id, i]));
  const n = network.actors.length;
  const handoffs = network.ties.filter(
    (t) => t.kind === "handoff" && t.weight > 0 && index.has(t.source) && index.has(t.target),
  );
  if (handoffs.length === 0)
    throw new TvaersInputError(
      [{ field: "ties", message: "the network has no handoff tie with a positive weight to walk" }],
      "cannot generate a log",
    );
  const out = new Float64Array(n);
  const into = new Float64Array(n);
  const offsets = new Int32Array(n + 1);
  for (const t of handoffs) {
    const s = index.get(t.source)!;
    out[s]! += t.weight;
    into[index.get(t.target)!]! += t.weight;
    offsets[s + 1]! += 1;
  }
  for (let a = 0; a < n; a++) offsets[a + 1]! += offsets[a]!;
  const next = offsets.slice(0, n);
  const cumulative = new Float64Array(handoffs.length);
  const targets = new Int32Array(handoffs.length);
  const medianHours = new Float64Array(handoffs.length);
  for (const t of handoffs) {
    const s = index.get(t.source)!;
    const target = index.get(t.target)!;
    const k = next[s]!;
    next[s] = k + 1;
    cumulative[k] = (k > offsets[s]! ? cumulative[k - 1]! : 0) + t.weight;
    targets[k] = target;
    medianHours[k] = medianWaitHours(t, network.actors[s]!.sector, network.actors[target]!.sector);
  }
  const net = Array.from(out, (w, a) => w - into[a]!);
  const weights = net.some((w) => w > 0) ? net : Array.from(out);
  const entries: number[] = [];
  const entryCumulative: number[] = [];
  let total = 0;
  weights.forEach((w, a) => {
    if (w <= 0) return;
    total += w;
    entries.push(a);
    entryCumulative.push(total);
  });
  return {
    actors: network.actors,
    offsets,
    cumulative,
    targets,
    medianHours,
    entries: Int32Array.from(entries),
    entryCumulative: Float64Array.from(entryCumulative),
  };
}

/** The first index in `cumulative[from..to)` whose running sum exceeds `x` (binary search). */
export function pick(cumulative: Float64Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
