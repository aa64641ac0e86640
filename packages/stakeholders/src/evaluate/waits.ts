/**
 * Handoff waits of a network: the volume-weighted mean wait, in hours, over the handoff ties that record
 * one (`waitHours`, or `waitDays` × 24 — the example data's attributes),
 *
 *   mean wait = Σ weight · wait / Σ weight,
 *
 * so a wait that many patients share counts for more. Handoffs without a wait are left out; with none
 * the mean is `NaN`. `restrictTo` keeps the handoffs with an end among given actors.
 *
 * Complexity: O(m).
 */
import type { NetworkDocument } from "@tvaers/model";

/** A handoff tie's wait in hours, or `undefined` when it records none. */
export function waitHours(attributes: Record<string, unknown> | undefined): number | undefined {
  const hours = attributes?.waitHours;
  if (typeof hours === "number") return hours;
  const days = attributes?.waitDays;
  return typeof days === "number" ? days * 24 : undefined;
}

/** The volume-weighted mean handoff wait in hours (see the file comment). */
export function meanWaitHours(doc: NetworkDocument, restrictTo?: ReadonlySet<string>): number {
  let weighted = 0;
  let volume = 0;
  for (const tie of doc.ties) {
    if (tie.kind !== "handoff") continue;
    if (restrictTo !== undefined && !restrictTo.has(tie.source) && !restrictTo.has(tie.target)) continue;
    const wait = waitHours(tie.attributes);
    if (wait === undefined) continue;
    weighted += tie.weight * wait;
    volume += tie.weight;
  }
  return volume > 0 ? weighted / volume : Number.NaN;
}
